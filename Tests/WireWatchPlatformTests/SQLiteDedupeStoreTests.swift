import Foundation
import GRDB
import Testing
import WireWatchCore
import WireWatchPlatform

struct SQLiteDedupeStoreTests {
    private static let body = [
        "Dock workers in the port of Valmora walked off the job on Monday, halting container traffic at the harbour.",
        "The Valmora Dockers Union said the strike would last at least five days unless the bonus was restored.",
        "“We will not unload a single ship until the bonus is back,” union leader Elena Marchetti told reporters.",
        "Harbour Authority chairman Tomas Brandt called the walkout illegal and said the port would seek an injunction.",
    ]

    private func article(_ file: String, _ body: [String]) -> Article {
        Article(
            id: ArticleAssembler.articleID(body: body, headline: nil),
            source: ArticleSource(file: file, sha256: file, bytes: 1), headline: file, body: body,
            quotes: [
                Quote(
                    id: "q1", text: "We will not unload a single ship until the bonus is back", kind: .direct,
                    speaker: SpeakerReference(name: "Elena Marchetti", mention: "Elena Marchetti"), cue: "told",
                    paragraph: 2)
            ])
    }

    private func withDatabase(_ body: (String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dedupe-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try body(directory)
    }

    @Test func theMemoryOutlivesARestart() throws {
        try withDatabase { directory in
            let date = Date(timeIntervalSince1970: 1_700_000_000)
            let original = article("a.txt", Self.body)
            let firstID: String?
            do {
                let database = try StateDatabase(directory: directory, migrations: SQLiteDedupeStore.migrations)
                let deduplicator = Deduplicator(store: SQLiteDedupeStore(database: database))
                firstID = try deduplicator.admit(original, at: date).article.story
            }
            let database = try StateDatabase(directory: directory, migrations: SQLiteDedupeStore.migrations)
            let store = SQLiteDedupeStore(database: database)
            let deduplicator = Deduplicator(store: store)
            let again = try deduplicator.admit(original, at: date)
            #expect(again.alreadyKnown)
            let copy = article("b.txt", Self.body + ["UPDATE: talks resume on Wednesday, the union said."])
            let outcome = try deduplicator.admit(copy, at: date)
            #expect(outcome.article.duplicates.map(\.article) == [original.id])
            #expect(outcome.article.story == firstID)
            #expect(try store.article(id: original.id)?.duplicates.map(\.article) == [copy.id])
            #expect(try store.speakers().map(\.name) == ["Elena Marchetti"])
            #expect(try store.fingerprintCount() == 2)
            let story = try #require(try store.story(id: firstID ?? ""))
            #expect(story.story.statements.first?.quotes.count == 2)
        }
    }

    @Test func batchedAdmissionsAreReadBackBeforeTheFlushAndWrittenInOneGo() throws {
        try withDatabase { directory in
            let date = Date(timeIntervalSince1970: 1_700_000_000)
            let database = try StateDatabase(directory: directory, migrations: SQLiteDedupeStore.migrations)
            let store = SQLiteDedupeStore(database: database, batchSize: 100)
            let deduplicator = Deduplicator(store: store)
            let original = article("a.txt", Self.body)
            let story = try deduplicator.admit(original, at: date).article.story
            let copy = try deduplicator.admit(article("b.txt", Self.body + ["UPDATE: talks resume, the union said."]), at: date)
            #expect(copy.article.duplicates.map(\.article) == [original.id])
            #expect(store.pendingAdmissions == 2)
            let onDisk = SQLiteDedupeStore(database: database)
            #expect(try onDisk.fingerprintCount() == 0)
            #expect(try onDisk.article(id: original.id) == nil)
            #expect(try store.article(id: original.id)?.duplicates.map(\.article) == [copy.article.id])

            try deduplicator.flush()
            #expect(store.pendingAdmissions == 0)
            #expect(try onDisk.fingerprintCount() == 2)
            #expect(try onDisk.article(id: copy.article.id) == copy.article)
            #expect(try onDisk.story(id: story ?? "")?.story.articles == [original.id, copy.article.id])
            let fingerprints = try onDisk.fingerprints(ordinals: [1, 5, 0])
            #expect(fingerprints.map(\.ordinal) == [1, 0])
            #expect(fingerprints.map(\.articleID) == [copy.article.id, original.id])
            var entries: [Int] = []
            try onDisk.forEachIndexEntry { ordinal, keys in
                entries.append(ordinal)
                #expect(!keys.isEmpty)
            }
            #expect(entries == [0, 1])
        }
    }

    @Test func recordsOfAnOlderStateInJSONAreStillRead() throws {
        try withDatabase { directory in
            let database = try StateDatabase(directory: directory, migrations: SQLiteDedupeStore.migrations)
            let old = article("a.txt", Self.body)
            let speaker = SpeakerRecord(id: 0, name: "Elena Marchetti", aliases: ["Marchetti"])
            let encoder = JSONEncoder()
            try database.queue.write { db in
                try db.execute(
                    sql: "INSERT INTO dedupe_article VALUES (?, ?)", arguments: [old.id, try encoder.encode(old)])
                try db.execute(
                    sql: "INSERT INTO dedupe_story VALUES (?, ?, ?)",
                    arguments: ["s1", try encoder.encode(Story(id: "s1", articles: [old.id])), Data()])
                try db.execute(sql: "INSERT INTO dedupe_speaker VALUES (0, ?)", arguments: [try encoder.encode(speaker)])
            }
            let store = SQLiteDedupeStore(database: database)
            #expect(try store.article(id: old.id) == old)
            #expect(try store.story(id: "s1")?.story.articles == [old.id])
            #expect(try store.speakers() == [speaker])
        }
    }
}
