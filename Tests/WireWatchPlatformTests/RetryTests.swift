import Foundation
import Glibc
import Logging
import Testing
import WireWatchCore
import WireWatchPlatform

struct RetryTests {
    /// The output folder fails (here: `articles` is a file, as a full disk would fail the write): the input stays
    /// in the inbox, its attempt is given back, and it is processed by itself once the folder works again.
    @Test func inputFailedByTheHostIsRetriedUntilItWorks() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        for name in ["inbox", "out", "state", "quarantine", "processed"] { _ = try folder.subfolder(name) }
        let configuration = DaemonConfiguration(
            inbox: folder.path + "/inbox", output: folder.path + "/out", state: folder.path + "/state",
            quarantine: folder.path + "/quarantine", processed: folder.path + "/processed", maxAttempts: 1,
            workers: 1)
        let (logger, output) = makeCapturingLogger(level: .info)
        let runner = try PipelineRunner(configuration: configuration, mode: .daemon, logger: logger)
        try FileManager.default.removeItem(atPath: folder.path + "/out/articles")
        try folder.write("not a folder", to: "out/articles")
        for attempt in 0..<3 {  // more failures than max_attempts: none may count
            if attempt == 0 {
                runner.enqueue(path: try folder.write(sampleArticle("retry"), to: "inbox/held.txt"))
            }
            await runner.drain()
            try await Task.sleep(for: .milliseconds(attempt == 0 ? 100 : 1100 << attempt))
        }
        #expect(folder.contents(of: "inbox") == ["held.txt"])
        #expect(output.capturedLines.contains { $0.contains("\"event\":\"input.retry_scheduled\"") })
        try FileManager.default.removeItem(atPath: folder.path + "/out/articles")
        _ = try folder.subfolder("out/articles")
        for _ in 0..<100 where !folder.contents(of: "inbox").isEmpty {
            try await Task.sleep(for: .milliseconds(100))
        }
        await runner.drain()
        #expect(folder.contents(of: "inbox").isEmpty)
        #expect(folder.contents(of: "processed") == ["held.txt"])
        let ledger = (folder.read("out/ledger.jsonl") ?? "").split(separator: "\n")
        #expect(ledger.count == 1)
        #expect(ledger.first?.contains("\"status\":\"processed\"") == true)
    }
}
