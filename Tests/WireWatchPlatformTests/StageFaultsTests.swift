import Foundation
import Glibc
import Logging
import Testing
import WireWatchCore
import WireWatchPlatform

struct StageFaultsTests {
    @Test func readsTheTestHooksFromTheEnvironment() {
        let faults = StageFaults.fromEnvironment([
            "WIREWATCH_TEST_HANG_ON": "POISON", "WIREWATCH_TEST_CRASH_ON": "BOOM", "WIREWATCH_TEST_DELAY_MS": "25",
        ])
        #expect(faults == StageFaults(hangOn: "POISON", crashOn: "BOOM", delayMilliseconds: 25))
        #expect(faults.isEnabled)
        #expect(!StageFaults.fromEnvironment(["PATH": "/bin", "WIREWATCH_TEST_HANG_ON": ""]).isEnabled)
        #expect(StageFaults.fromEnvironment(["WIREWATCH_TEST_DELAY_MS": "soon"]) == .none)
    }

    /// A writer that closes, reopens and appends while the first version is being processed: the first version
    /// is processed, the file is left in the inbox (not moved away with bytes nobody read), and its second version
    /// is processed as its own input and then moved to `processed`.
    @Test func inputChangedAfterTheReadIsProcessedAgainNotMovedAway() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        for name in ["inbox", "out", "state", "quarantine", "processed"] { _ = try folder.subfolder(name) }
        let configuration = DaemonConfiguration(
            inbox: folder.path + "/inbox", output: folder.path + "/out", state: folder.path + "/state",
            quarantine: folder.path + "/quarantine", processed: folder.path + "/processed", workers: 1)
        let (logger, output) = makeCapturingLogger(level: .info)
        let runner = try PipelineRunner(
            configuration: configuration, mode: .daemon, logger: logger,
            faults: StageFaults(delayMilliseconds: 1500))
        let first = sampleArticle("first")
        let path = try folder.write(first, to: "inbox/story.txt")
        runner.enqueue(path: path)
        // Wait until intake has read it (its attempt is recorded), then append while the stage is slowed.
        let store = FileStateStore(
            database: try StateDatabase(directory: configuration.state, migrations: FileStateStore.migrations))
        for _ in 0..<200 where try store.record(sha256: ContentHash.sha256Hex(first)) == nil {
            try await Task.sleep(for: .milliseconds(10))
        }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nA later paragraph: \"more,\" said Jo Smith.\n".utf8))
        try handle.close()
        await runner.drain()
        for _ in 0..<50 where !folder.contents(of: "inbox").isEmpty {
            try await Task.sleep(for: .milliseconds(100))
            await runner.drain()
        }
        let ledger = try jsonObjects((folder.read("out/ledger.jsonl") ?? "").split(separator: "\n").map(String.init))
        #expect(ledger.count == 2)
        #expect(Set(ledger.compactMap { $0["sha256"] as? String }).count == 2)
        #expect(folder.contents(of: "inbox").isEmpty)
        #expect(folder.contents(of: "processed") == ["story.txt"])
        #expect(folder.read("processed/story.txt")?.contains("A later paragraph") == true)
        #expect(output.capturedLines.contains { $0.contains("\"event\":\"input.changed\"") })
    }
}
