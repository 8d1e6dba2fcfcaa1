import Foundation
import GRDB
import WireWatchCore

extension SQLiteDedupeStore {
    /// Admissions applied and not yet written: the last version of each record they changed. Look-ups read it
    /// before the database, so that an admission sees the ones before it.
    struct Pending {
        var articles: [String: Article] = [:]
        var fingerprints: [Int: FingerprintRecord] = [:]
        /// nil for a story removed (merged into another).
        var stories: [String: StoryRecord?] = [:]
        var speakers: [Int: SpeakerRecord] = [:]
        var statistics: [UInt8]?
        var admissions = 0

        var isEmpty: Bool { admissions == 0 }

        mutating func add(_ changes: DedupeChanges) {
            for article in changes.articles { articles[article.id] = article }
            for record in changes.fingerprints { fingerprints[record.ordinal] = record }
            for id in changes.removedStories { stories[id] = .some(nil) }
            for record in changes.stories { stories[record.story.id] = record }
            for speaker in changes.speakers { speakers[speaker.id] = speaker }
            if let snapshot = changes.statistics { statistics = snapshot }
            admissions += 1
        }

        /// Writes every record in `db` (inside the caller's transaction), with cached statements.
        func write(to db: Database) throws {
            let article = try db.cachedStatement(sql: "INSERT OR REPLACE INTO dedupe_article VALUES (?, ?)")
            for (id, record) in articles.sorted(by: { $0.key < $1.key }) {
                try article.execute(arguments: [id, Data(DedupeRecordCoding.encode(record))])
            }
            let fingerprint = try db.cachedStatement(
                sql: "INSERT OR REPLACE INTO dedupe_fingerprint VALUES (?, ?, ?, ?)")
            for (ordinal, record) in fingerprints.sorted(by: { $0.key < $1.key }) {
                try fingerprint.execute(arguments: [
                    ordinal, record.articleID, SQLiteDedupeStore.data(keys: record.keys), Data(record.payload),
                ])
            }
            let story = try db.cachedStatement(sql: "INSERT OR REPLACE INTO dedupe_story VALUES (?, ?, ?)")
            let removal = try db.cachedStatement(sql: "DELETE FROM dedupe_story WHERE id = ?")
            for (id, record) in stories.sorted(by: { $0.key < $1.key }) {
                if let record {
                    try story.execute(arguments: [id, Data(DedupeRecordCoding.encode(record.story)), Data(record.state)])
                } else {
                    try removal.execute(arguments: [id])
                }
            }
            let speaker = try db.cachedStatement(sql: "INSERT OR REPLACE INTO dedupe_speaker VALUES (?, ?)")
            for (id, record) in speakers.sorted(by: { $0.key < $1.key }) {
                try speaker.execute(arguments: [id, Data(DedupeRecordCoding.encode(record))])
            }
            if let statistics {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO dedupe_meta VALUES ('statistics', ?)", arguments: [Data(statistics)])
            }
        }
    }
}
