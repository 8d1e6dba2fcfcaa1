import Foundation
import GRDB
import WireWatchCore

/// The dedupe memory in the state database: article records, fingerprints (with their index keys), stories with
/// their working state, the speaker registry and snapshots of the term statistics. Each admission is one
/// transaction.
///
/// Usage: open the database with ``migrations`` among its migrations, then `Deduplicator(store:
/// SQLiteDedupeStore(database: database))`.
public final class SQLiteDedupeStore: DedupeStore {
    private let database: StateDatabase
    private let encoder = JSONEncoder()
    private let decoder = JSONDecoder()

    /// The schema steps of the dedupe tables (`dedupe.v1`).
    public static let migrations: [StateMigration] = [
        StateMigration("dedupe.v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE dedupe_article (id TEXT PRIMARY KEY NOT NULL, record BLOB NOT NULL);
                    CREATE TABLE dedupe_fingerprint (
                        ordinal INTEGER PRIMARY KEY NOT NULL, article_id TEXT NOT NULL, keys BLOB NOT NULL,
                        payload BLOB NOT NULL);
                    CREATE TABLE dedupe_story (id TEXT PRIMARY KEY NOT NULL, record BLOB NOT NULL, state BLOB NOT NULL);
                    CREATE TABLE dedupe_speaker (id INTEGER PRIMARY KEY NOT NULL, record BLOB NOT NULL);
                    CREATE TABLE dedupe_meta (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL);
                    """)
        }
    ]

    /// - Parameter database: a state database opened with ``migrations``.
    public init(database: StateDatabase) {
        self.database = database
    }

    public func article(id: String) throws -> Article? {
        let data = try read { try Data.fetchOne($0, sql: "SELECT record FROM dedupe_article WHERE id = ?", arguments: [id]) }
        return try data.map { try decoder.decode(Article.self, from: $0) }
    }

    public func fingerprint(ordinal: Int) throws -> FingerprintRecord? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT article_id, keys, payload FROM dedupe_fingerprint WHERE ordinal = ?",
                    arguments: [ordinal])
            else { return nil }
            let keys: Data = row["keys"]
            let payload: Data = row["payload"]
            return FingerprintRecord(
                ordinal: ordinal, articleID: row["article_id"], keys: Self.keys(from: keys), payload: [UInt8](payload))
        }
    }

    public func fingerprintCount() throws -> Int {
        try read { try Int.fetchOne($0, sql: "SELECT COALESCE(MAX(ordinal) + 1, 0) FROM dedupe_fingerprint") ?? 0 }
    }

    public func forEachIndexEntry(_ body: (Int, [UInt32]) throws -> Void) throws {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT ordinal, keys FROM dedupe_fingerprint ORDER BY ordinal")
            while let row = try rows.next() {
                let keys: Data = row["keys"]
                try body(row["ordinal"], Self.keys(from: keys))
            }
        }
    }

    public func story(id: String) throws -> StoryRecord? {
        let row = try read { try Row.fetchOne($0, sql: "SELECT record, state FROM dedupe_story WHERE id = ?", arguments: [id]) }
        guard let row else { return nil }
        let record: Data = row["record"]
        let state: Data = row["state"]
        return StoryRecord(story: try decoder.decode(Story.self, from: record), state: [UInt8](state))
    }

    public func speakers() throws -> [SpeakerRecord] {
        let rows = try read { try Data.fetchAll($0, sql: "SELECT record FROM dedupe_speaker ORDER BY id") }
        return try rows.map { try decoder.decode(SpeakerRecord.self, from: $0) }
    }

    public func statistics() throws -> [UInt8]? {
        try read { try Data.fetchOne($0, sql: "SELECT value FROM dedupe_meta WHERE key = 'statistics'") }.map { [UInt8]($0) }
    }

    public func apply(_ changes: DedupeChanges) throws {
        let articles = try changes.articles.map { ($0.id, try encoder.encode($0)) }
        let stories = try changes.stories.map { ($0.story.id, try encoder.encode($0.story), Data($0.state)) }
        let speakers = try changes.speakers.map { ($0.id, try encoder.encode($0)) }
        do {
            // Without waiting for the disk: the runner's group commit syncs it before any input is moved away.
            try database.writeWithoutDiskSync { db in
                for (id, record) in articles {
                    try db.execute(sql: "INSERT OR REPLACE INTO dedupe_article VALUES (?, ?)", arguments: [id, record])
                }
                for record in changes.fingerprints {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO dedupe_fingerprint VALUES (?, ?, ?, ?)",
                        arguments: [record.ordinal, record.articleID, Self.data(keys: record.keys), Data(record.payload)])
                }
                for id in changes.removedStories {
                    try db.execute(sql: "DELETE FROM dedupe_story WHERE id = ?", arguments: [id])
                }
                for (id, record, state) in stories {
                    try db.execute(sql: "INSERT OR REPLACE INTO dedupe_story VALUES (?, ?, ?)", arguments: [id, record, state])
                }
                for (id, record) in speakers {
                    try db.execute(sql: "INSERT OR REPLACE INTO dedupe_speaker VALUES (?, ?)", arguments: [id, record])
                }
                if let statistics = changes.statistics {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO dedupe_meta VALUES ('statistics', ?)", arguments: [Data(statistics)])
                }
            }
        } catch {
            throw PlatformError.database("dedupe write: \(error)")
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.queue.read(body)
        } catch let error as PlatformError {
            throw error
        } catch {
            throw PlatformError.database("dedupe read: \(error)")
        }
    }

    private static func data(keys: [UInt32]) -> Data {
        var data = Data(capacity: keys.count * 4)
        for key in keys { withUnsafeBytes(of: key.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    private static func keys(from data: Data) -> [UInt32] {
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count - 3, by: 4).map { offset in
            UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
        }
    }
}
