import Foundation
import GRDB

/// The per-content state of the inbox in the state database: outcome, article ids, attempts, first and last seen,
/// and the committed length of each ledger, so that ledger lines are written exactly once across crashes.
///
/// - Important: ``beginAttempt(sha256:file:at:)`` commits before the stages run, so a file that crashes the
///   process is counted even though its run never finished.
public final class FileStateStore: Sendable {
    /// The schema steps of this store (`files.v1`, ...), to pass to ``StateDatabase``.
    public static let migrations: [StateMigration] = [
        StateMigration("files.v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE files (
                        sha256 TEXT PRIMARY KEY NOT NULL,
                        file TEXT NOT NULL,
                        status TEXT NOT NULL,
                        articles TEXT NOT NULL DEFAULT '',
                        reason_code TEXT,
                        reason TEXT,
                        attempts INTEGER NOT NULL DEFAULT 0,
                        disposed INTEGER NOT NULL DEFAULT 1,
                        first_seen TEXT NOT NULL,
                        last_seen TEXT NOT NULL
                    );
                    CREATE INDEX files_undisposed ON files(disposed) WHERE disposed = 0;
                    CREATE TABLE ledger_positions (
                        path TEXT PRIMARY KEY NOT NULL,
                        committed_bytes INTEGER NOT NULL
                    );
                    """)
        }
    ]

    private let database: StateDatabase

    /// - Parameters:
    ///   - database: a database opened with (at least) ``migrations``.
    public init(database: StateDatabase) {
        self.database = database
    }

    /// The record of a content, if it was ever seen.
    public func record(sha256: String) throws(PlatformError) -> FileRecord? {
        try reading { db in
            try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM files WHERE sha256 = ?"), arguments: [sha256]).map(Self.record)
        }
    }

    /// Counts one more attempt at a content (creating its record) and commits, then returns the new count.
    ///
    /// The commit survives a crash of the process (what the count is for: a file that stops the daemon) without
    /// waiting for the disk: it is made with `synchronous = NORMAL`, whose WAL writes reach the OS before the
    /// commit returns. A power loss may forget the count, which costs one more attempt.
    public func beginAttempt(sha256: String, file: String, at date: Date) throws(PlatformError) -> Int {
        let now = RFC3339Time.string(from: date)
        return try accessWithoutDiskSync { db in
            try db.executeCached(
                sql: """
                    INSERT INTO files (sha256, file, status, attempts, disposed, first_seen, last_seen)
                    VALUES (?, ?, 'pending', 1, 1, ?, ?)
                    ON CONFLICT(sha256) DO UPDATE SET attempts = attempts + 1, last_seen = excluded.last_seen
                    """,
                arguments: [sha256, file, now, now])
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT attempts FROM files WHERE sha256 = ?"), arguments: [sha256]) ?? 1
        }
    }

    /// Commits outcomes, the ledger's new committed length and inputs known to be gone from the inbox, in one
    /// transaction. An outcome that awaits disposal leaves its record undisposed until ``markDisposed(_:)``.
    /// - Parameters:
    ///   - ledger: the ledger's path and its length after the outcomes' lines.
    public func commit(
        _ completions: [FileCompletion], ledger: (path: String, bytes: Int)?, disposed: [String] = [], at date: Date
    ) throws(PlatformError) {
        let now = RFC3339Time.string(from: date)
        try access { db in
            for done in completions {
                guard let sha = done.sha256 else { continue }
                try db.executeCached(
                    sql: """
                        INSERT INTO files (sha256, file, status, articles, reason_code, reason, attempts, disposed,
                                           first_seen, last_seen)
                        VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
                        ON CONFLICT(sha256) DO UPDATE SET
                            file = excluded.file, disposed = excluded.disposed, last_seen = excluded.last_seen,
                            status = CASE WHEN status = 'pending' THEN excluded.status ELSE status END,
                            articles = CASE WHEN status = 'pending' THEN excluded.articles ELSE articles END,
                            reason_code = CASE WHEN status = 'pending' THEN excluded.reason_code ELSE reason_code END,
                            reason = CASE WHEN status = 'pending' THEN excluded.reason ELSE reason END
                        """,
                    arguments: [
                        sha, done.file, done.status.rawValue, done.articles.joined(separator: " "), done.reasonCode,
                        done.reason, done.awaitsDisposal ? 0 : 1, now, now,
                    ])
            }
            try Self.markDisposed(disposed, in: db)
            if let ledger {
                try db.executeCached(
                    sql: "INSERT OR REPLACE INTO ledger_positions (path, committed_bytes) VALUES (?, ?)",
                    arguments: [ledger.path, ledger.bytes])
            }
        }
    }

    /// The length of the ledger at `path` as of the last commit, or nil when none was committed.
    public func committedLedgerBytes(path: String) throws(PlatformError) -> Int? {
        try reading { db in
            try Int.fetchOne(
                db.cachedStatement(sql: "SELECT committed_bytes FROM ledger_positions WHERE path = ?"),
                arguments: [path])
        }
    }

    /// Records whose input may still lie in the inbox.
    public func undisposed() throws(PlatformError) -> [FileRecord] {
        try reading { db in
            try Row.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM files WHERE disposed = 0 ORDER BY last_seen")).map(Self.record)
        }
    }

    /// Gives back the attempt counted for a content that is still pending (its handling failed on the host's side,
    /// which is no fault of the input).
    public func endAttempt(sha256: String) throws(PlatformError) {
        try access { db in
            try db.executeCached(
                sql: "UPDATE files SET attempts = MAX(attempts - 1, 0) WHERE sha256 = ? AND status = 'pending'",
                arguments: [sha256])
        }
    }

    /// The names of inputs whose attempt began but never ended: they were in flight when a run stopped.
    public func suspects() throws(PlatformError) -> Set<String> {
        try reading { db in
            Set(try String.fetchAll(db, sql: "SELECT file FROM files WHERE status = 'pending' AND attempts >= 1"))
        }
    }

    /// Marks the inputs of these contents as moved or deleted for sure.
    ///
    /// Committed without waiting for the disk: a mark lost to a power failure only makes ``undisposed()`` list
    /// an input that recovery then finds gone (or changed) and leaves alone; the next outcome commit syncs it.
    public func markDisposed(_ shas: [String]) throws(PlatformError) {
        guard !shas.isEmpty else { return }
        try accessWithoutDiskSync { db in try Self.markDisposed(shas, in: db) }
    }

    private static func markDisposed(_ shas: [String], in db: Database) throws {
        for sha in shas {
            try db.executeCached(sql: "UPDATE files SET disposed = 1 WHERE sha256 = ?", arguments: [sha])
        }
    }

    private func access<T>(_ body: (Database) throws -> T) throws(PlatformError) -> T {
        do {
            return try database.queue.write(body)
        } catch {
            throw .database("\(error)")
        }
    }

    private func accessWithoutDiskSync<T>(_ body: (Database) throws -> T) throws(PlatformError) -> T {
        do {
            return try database.writeWithoutDiskSync(body)
        } catch {
            throw .database("\(error)")
        }
    }

    /// Every read of this store is a single statement.
    private func reading<T>(_ body: (Database) throws -> T) throws(PlatformError) -> T {
        do {
            return try database.readStatement(body)
        } catch {
            throw .database("\(error)")
        }
    }

    private static func record(_ row: Row) -> FileRecord {
        let articles: String = row["articles"]
        return FileRecord(
            sha256: row["sha256"], file: row["file"],
            status: FileRecord.Status(rawValue: row["status"]) ?? .pending,
            articles: articles.split(separator: " ").map(String.init), reasonCode: row["reason_code"],
            reason: row["reason"], attempts: row["attempts"], disposed: row["disposed"],
            firstSeen: row["first_seen"], lastSeen: row["last_seen"])
    }
}
