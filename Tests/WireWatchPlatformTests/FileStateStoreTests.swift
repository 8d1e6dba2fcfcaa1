import Foundation
import GRDB
import Testing
import WireWatchPlatform

struct FileStateStoreTests {
    func makeStore(_ folder: TemporaryDirectory) throws -> FileStateStore {
        FileStateStore(database: try StateDatabase(directory: folder.path, migrations: FileStateStore.migrations))
    }

    @Test func attemptsAreCountedAndSurviveReopening() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        do {
            let store = try makeStore(folder)
            #expect(try store.record(sha256: "abc") == nil)
            #expect(try store.beginAttempt(sha256: "abc", file: "a.txt", at: Date()) == 1)
            #expect(try store.beginAttempt(sha256: "abc", file: "a.txt", at: Date()) == 2)
        }
        let reopened = try makeStore(folder)
        let record = try #require(try reopened.record(sha256: "abc"))
        #expect(record.attempts == 2)
        #expect(record.status == .pending)
        #expect(!record.status.isDone)
        #expect(try reopened.beginAttempt(sha256: "abc", file: "a.txt", at: Date()) == 3)
    }

    @Test func commitRecordsOutcomeAndLedgerLength() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let store = try makeStore(folder)
        _ = try store.beginAttempt(sha256: "abc", file: "a.txt", at: Date())
        let done = FileCompletion(
            sha256: "abc", file: "a.txt", status: .processed, articles: ["id1", "id2"], awaitsDisposal: true)
        try store.commit([done], ledger: (path: "/out/ledger.jsonl", bytes: 120), at: Date())
        let record = try #require(try store.record(sha256: "abc"))
        #expect(record.status == .processed)
        #expect(record.articles == ["id1", "id2"])
        #expect(record.attempts == 1)
        #expect(!record.disposed)
        #expect(try store.committedLedgerBytes(path: "/out/ledger.jsonl") == 120)
        #expect(try store.committedLedgerBytes(path: "/other") == nil)
        #expect(try store.undisposed().map(\.sha256) == ["abc"])
        try store.markDisposed(["abc"])
        #expect(try store.undisposed().isEmpty)
    }

    @Test func laterDuplicateKeepsTheFirstOutcome() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let store = try makeStore(folder)
        try store.commit(
            [FileCompletion(sha256: "abc", file: "a.txt", status: .processed, articles: ["id1"])], ledger: nil,
            at: Date())
        try store.commit(
            [FileCompletion(sha256: "abc", file: "copy.txt", status: .duplicate, articles: ["id1"])], ledger: nil,
            at: Date())
        let record = try #require(try store.record(sha256: "abc"))
        #expect(record.status == .processed)
        #expect(record.file == "copy.txt")
        #expect(record.articles == ["id1"])
    }

    @Test func databaseSyncsEveryCommit() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let database = try StateDatabase(directory: folder.path, migrations: FileStateStore.migrations)
        let level = try database.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(level == 2)
        _ = try FileStateStore(database: database).beginAttempt(sha256: "abc", file: "a", at: Date())
        let after = try database.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(after == 2)
    }
}
