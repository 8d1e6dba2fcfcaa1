import Foundation
import GRDB
import WireWatchCore

/// The dedupe memory in the state database: article records, fingerprints (with their index keys), stories with
/// their working state, the speaker registry and snapshots of the term statistics.
///
/// Records are compact binary (``DedupeRecordCoding``; JSON records of older states are still read). Admissions are
/// held in memory (``SQLiteDedupeStore/Pending``, read back by every look-up) and written together by ``flush()``
/// in one transaction with cached statements, at the latest every `batchSize` admissions: a crash loses whole
/// admissions since the last flush, never part of one. Callers that make anything durable on the strength of an
/// admission flush first (the pipeline does so before each group commit).
///
/// Usage: open the database with ``migrations`` among its migrations, then `Deduplicator(store:
/// SQLiteDedupeStore(database: database))`.
public final class SQLiteDedupeStore: DedupeStore {
    private let database: StateDatabase
    /// Admissions held in memory before ``apply(_:)`` writes them on its own.
    public let batchSize: Int
    private var pending = Pending()
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

    /// - Parameters:
    ///   - database: a state database opened with ``migrations``.
    ///   - batchSize: most admissions held in memory before they are written without a ``flush()`` call (1:
    ///     every admission is written when applied).
    public init(database: StateDatabase, batchSize: Int = 1) {
        self.database = database
        self.batchSize = max(1, batchSize)
    }

    /// Number of admissions applied and not yet written.
    public var pendingAdmissions: Int { pending.admissions }

    public func article(id: String) throws -> Article? {
        if let article = pending.articles[id] { return article }
        let bytes = try access { db in
            try Data.fetchOne(
                db.cachedStatement(sql: "SELECT record FROM dedupe_article WHERE id = ?"), arguments: [id])
        }
        guard let bytes else { return nil }
        return try decodeArticle([UInt8](bytes))
    }

    public func fingerprint(ordinal: Int) throws -> FingerprintRecord? {
        try fingerprints(ordinals: [ordinal]).first
    }

    public func fingerprints(ordinals: [Int]) throws -> [FingerprintRecord] {
        var found: [Int: FingerprintRecord] = [:]
        let missing = ordinals.filter { ordinal in
            guard let record = pending.fingerprints[ordinal] else { return true }
            found[ordinal] = record
            return false
        }
        if !missing.isEmpty {
            try access { db in
                let statement = try db.cachedStatement(
                    sql: "SELECT article_id, keys, payload FROM dedupe_fingerprint WHERE ordinal = ?")
                for ordinal in missing {
                    guard let row = try Row.fetchOne(statement, arguments: [ordinal]) else { continue }
                    let keys: Data = row[1]
                    let payload: Data = row[2]
                    found[ordinal] = FingerprintRecord(
                        ordinal: ordinal, articleID: row[0], keys: Self.keys(from: keys), payload: [UInt8](payload))
                }
            }
        }
        return ordinals.compactMap { found[$0] }
    }

    public func fingerprintCount() throws -> Int {
        let stored = try access {
            try Int.fetchOne($0, sql: "SELECT COALESCE(MAX(ordinal) + 1, 0) FROM dedupe_fingerprint") ?? 0
        }
        return max(stored, (pending.fingerprints.keys.max() ?? -1) + 1)
    }

    public func forEachIndexEntry(_ body: (Int, [UInt32]) throws -> Void) throws {
        var last = -1
        try access { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT ordinal, keys FROM dedupe_fingerprint ORDER BY ordinal")
            while let row = try rows.next() {
                let keys: Data = row[1]
                last = row[0]
                try body(last, Self.keys(from: keys))
            }
        }
        for (ordinal, record) in pending.fingerprints.sorted(by: { $0.key < $1.key }) where ordinal > last {
            try body(ordinal, record.keys)
        }
    }

    public func story(id: String) throws -> StoryRecord? {
        if let record = pending.stories[id] { return record }
        let row = try access {
            try Row.fetchOne(
                $0.cachedStatement(sql: "SELECT record, state FROM dedupe_story WHERE id = ?"), arguments: [id])
        }
        guard let row else { return nil }
        let record: Data = row[0]
        let state: Data = row[1]
        let bytes = [UInt8](record)
        let story: Story
        if DedupeRecordCoding.isJSON(bytes) {
            story = try decode(Story.self, bytes)
        } else if let decoded = DedupeRecordCoding.story(from: bytes) {
            story = decoded
        } else {
            throw PlatformError.database("dedupe read: story \(id) is not a story record")
        }
        return StoryRecord(story: story, state: [UInt8](state))
    }

    public func speakers() throws -> [SpeakerRecord] {
        let rows = try access { try Data.fetchAll($0, sql: "SELECT record FROM dedupe_speaker ORDER BY id") }
        var byID: [Int: SpeakerRecord] = [:]
        for data in rows {
            let bytes = [UInt8](data)
            guard
                let record = DedupeRecordCoding.isJSON(bytes)
                    ? try decode(SpeakerRecord.self, bytes) : DedupeRecordCoding.speaker(from: bytes)
            else { throw PlatformError.database("dedupe read: a speaker record is unreadable") }
            byID[record.id] = record
        }
        for (id, record) in pending.speakers { byID[id] = record }
        return byID.values.sorted { $0.id < $1.id }
    }

    public func statistics() throws -> [UInt8]? {
        if let statistics = pending.statistics { return statistics }
        return try access { try Data.fetchOne($0, sql: "SELECT value FROM dedupe_meta WHERE key = 'statistics'") }
            .map { [UInt8]($0) }
    }

    public func apply(_ changes: DedupeChanges) throws {
        pending.add(changes)
        if pending.admissions >= batchSize { try flush() }
    }

    public func flush() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending = Pending()
        do {
            // Without waiting for the disk: the runner's group commit syncs it before any input is moved away.
            try database.writeWithoutDiskSync { db in try batch.write(to: db) }
        } catch {
            throw PlatformError.database("dedupe write: \(error)")
        }
    }

    private func decodeArticle(_ bytes: [UInt8]) throws -> Article {
        if DedupeRecordCoding.isJSON(bytes) { return try decode(Article.self, bytes) }
        guard let article = DedupeRecordCoding.article(from: bytes) else {
            throw PlatformError.database("dedupe read: an article record is unreadable")
        }
        return article
    }

    private func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) throws -> T {
        do {
            return try decoder.decode(type, from: Data(bytes))
        } catch {
            throw PlatformError.database("dedupe read: \(error)")
        }
    }

    /// Runs `body` on the connection without a transaction (each statement reads a consistent state; the store
    /// is its only writer).
    private func access<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.queue.inDatabase(body)
        } catch let error as PlatformError {
            throw error
        } catch {
            throw PlatformError.database("dedupe read: \(error)")
        }
    }

    static func data(keys: [UInt32]) -> Data {
        var data = Data(capacity: keys.count * 4)
        for key in keys { withUnsafeBytes(of: key.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func keys(from data: Data) -> [UInt32] {
        data.withUnsafeBytes { raw in
            stride(from: 0, to: raw.count - 3, by: 4).map { offset in
                UInt32(raw[offset]) | UInt32(raw[offset + 1]) << 8 | UInt32(raw[offset + 2]) << 16
                    | UInt32(raw[offset + 3]) << 24
            }
        }
    }
}
