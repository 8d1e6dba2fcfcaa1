import Foundation
import Testing
import WireWatchPlatform

struct LedgerTests {
    func entry(_ file: String, status: LedgerEntry.Status = .processed) -> LedgerEntry {
        LedgerEntry(
            file: file, sha256: "sha-" + file, article: status == .quarantined ? nil : "a-" + file, status: status,
            reason: status == .quarantined ? "empty_input: The file is empty." : nil, at: "2016-09-12T08:30:00Z")
    }

    @Test func appendsOneContractLinePerEntry() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let ledger = try Ledger(path: folder.path + "/ledger.jsonl")
        let first = try ledger.append(entry("a.txt"))
        let second = try ledger.append(entry("b\n\"c\".txt", status: .quarantined))
        #expect(second > first)
        let lines = folder.read("ledger.jsonl")!.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(
            lines[0]
                == #"{"file":"a.txt","sha256":"sha-a.txt","article":"a-a.txt","status":"processed","reason":null,"at":"2016-09-12T08:30:00Z"}"#
        )
        let objects = try jsonObjects(lines)
        #expect(objects[1]["file"] as? String == "b\n\"c\".txt")
        #expect(objects[1]["article"] is NSNull)
        #expect(objects[1]["status"] as? String == "quarantined")
    }

    @Test func recoveryReturnsLinesAfterTheCommittedLength() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path + "/ledger.jsonl"
        let committed: Int
        do {
            let ledger = try Ledger(path: path)
            committed = try ledger.append(entry("a.txt"))
            try ledger.append(entry("b.txt"))
            try ledger.append(entry("c.txt", status: .duplicate))
        }
        let reopened = try Ledger(path: path)
        let pending = try reopened.recover(committedBytes: committed)
        #expect(pending.map(\.file) == ["b.txt", "c.txt"])
        #expect(pending[1].status == .duplicate)
        #expect(try reopened.recover(committedBytes: reopened.length).isEmpty)
        #expect(try reopened.recover(committedBytes: nil).count == 3)
    }

    @Test func recoveryCutsATornLastLine() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path + "/ledger.jsonl"
        let committed: Int
        do {
            let ledger = try Ledger(path: path)
            committed = try ledger.append(entry("a.txt"))
        }
        let handle = FileHandle(forWritingAtPath: path)!
        handle.seekToEndOfFile()
        handle.write(Data(#"{"file":"b.txt","sha256":"#.utf8))
        handle.closeFile()
        let reopened = try Ledger(path: path)
        #expect(try reopened.recover(committedBytes: committed).isEmpty)
        #expect(reopened.length == committed)
        try reopened.append(entry("c.txt"))
        let lines = folder.read("ledger.jsonl")!.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try jsonObjects(lines.map(String.init)).map { $0["file"] as? String } == ["a.txt", "c.txt"])
    }

    @Test func recoveryIgnoresAShorterLedgerThanCommitted() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let ledger = try Ledger(path: folder.path + "/ledger.jsonl")
        try ledger.append(entry("a.txt"))
        #expect(try ledger.recover(committedBytes: 10_000).isEmpty)
    }
}
