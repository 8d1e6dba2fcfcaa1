import GRDB

/// One schema step of the state database. Each store contributes its own, with names prefixed by its concern
/// (`files.v1`, `dedupe.v1`), so that stores evolve independently.
public struct StateMigration: Sendable {
    public let name: String
    public let apply: @Sendable (Database) throws -> Void

    public init(_ name: String, apply: @escaping @Sendable (Database) throws -> Void) {
        self.name = name
        self.apply = apply
    }
}

/// The daemon's SQLite state (`STATE/wirewatch.sqlite`) through GRDB: WAL journal, full sync, migrations applied at open.
public final class StateDatabase: Sendable {
    /// The serial database connection. Every write goes through it.
    public let queue: DatabaseQueue
    public let path: String

    /// Opens (or creates) the database in `directory` and applies `migrations` in order.
    public init(directory: String, migrations: [StateMigration]) throws(PlatformError) {
        path = directory + "/wirewatch.sqlite"
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = " + Self.durableLevel)
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            var migrator = DatabaseMigrator()
            for migration in migrations {
                migrator.registerMigration(migration.name) { db in try migration.apply(db) }
            }
            try migrator.migrate(queue)
            // GRDB sets `synchronous = NORMAL` when it enables WAL, after `prepareDatabase`: restore FULL so that
            // each commit is on disk before the input it records is moved away.
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = " + Self.durableLevel) }
        } catch {
            throw .database("\(path): \(error)")
        }
    }

    /// Runs `body` in a transaction committed without waiting for the disk (`synchronous = NORMAL` for this
    /// commit): its WAL frames reach the OS before it returns, so it survives a crash of the process, and the next
    /// durable commit (``queue``'s default, `FULL`) syncs them with its own, because the WAL is written in order.
    /// A power loss before that may forget it, never half of it.
    ///
    /// For writes that the pipeline's group commit follows before any input is moved away: attempt counts, the
    /// dedupe memory of the batch's articles, disposal marks.
    public func writeWithoutDiskSync<T>(_ body: (Database) throws -> T) throws -> T {
        try queue.writeWithoutTransaction { db in
            try db.executeCached(sql: "PRAGMA synchronous = " + (FileSync.isEnabled ? "NORMAL" : "OFF"))
            defer { try? db.executeCached(sql: "PRAGMA synchronous = " + Self.durableLevel) }
            var result: T?
            try db.inTransaction {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    /// Runs `body`, a read made of one statement (which SQLite runs atomically by itself), on the connection
    /// without GRDB's read-only transaction (`PRAGMA query_only`, `BEGIN`, `COMMIT` and back: more work than the
    /// one-row lookups the pipeline makes per input).
    public func readStatement<T>(_ body: (Database) throws -> T) throws -> T {
        try queue.inDatabase(body)
    }

    /// `FULL`: every commit is on disk when it returns (`OFF` when the benchmark disabled `fsync`).
    static var durableLevel: String { FileSync.isEnabled ? "FULL" : "OFF" }
}
