import Foundation
import Glibc
import Logging
import Testing
import WireWatchCore
import WireWatchPlatform

struct PipelineRunnerTests {
    /// A daemon layout in a temporary folder.
    struct Layout {
        let folder: TemporaryDirectory
        let configuration: DaemonConfiguration

        init(maxAttempts: Int = 3, workers: Int = 2) throws {
            folder = try TemporaryDirectory()
            for name in ["inbox", "out", "state", "quarantine", "processed"] { _ = try folder.subfolder(name) }
            configuration = DaemonConfiguration(
                inbox: folder.path + "/inbox", output: folder.path + "/out", state: folder.path + "/state",
                quarantine: folder.path + "/quarantine", processed: folder.path + "/processed",
                maxFileBytes: 4096, maxAttempts: maxAttempts, workers: workers)
        }

        func drop(_ text: String, as name: String) throws -> String {
            try folder.write(text, to: "inbox/" + name)
        }

        func ledger() throws -> [[String: Any]] {
            try jsonObjects((folder.read("out/ledger.jsonl") ?? "").split(separator: "\n").map(String.init))
        }
    }

    @Test func daemonModeHandlesGoodDuplicateAndBadInputs() async throws {
        let layout = try Layout()
        defer { layout.folder.remove() }
        let (logger, output) = makeCapturingLogger(level: .info)
        let runner = try PipelineRunner(configuration: layout.configuration, mode: .daemon, logger: logger)
        let inputs = [
            try layout.drop(sampleArticle("alpha"), as: "a.txt"),
            try layout.drop(sampleArticle("alpha"), as: "b.txt"),
            try layout.drop("", as: "empty.txt"),
            try layout.drop(String(repeating: "x", count: 5000), as: "big.txt"),
            try layout.drop(sampleArticle("gamma"), as: "c.txt"),
        ]
        let fifo = layout.configuration.inbox + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        for input in inputs.prefix(4) + [fifo, inputs[4]] { runner.enqueue(path: input) }
        await runner.drain()

        let ledger = try layout.ledger()
        #expect(ledger.map { $0["file"] as? String } == ["a.txt", "b.txt", "empty.txt", "big.txt", "pipe", "c.txt"])
        #expect(
            ledger.map { $0["status"] as? String } == [
                "processed", "duplicate", "quarantined", "quarantined", "quarantined", "processed",
            ])
        #expect(ledger[1]["article"] as? String == ledger[0]["article"] as? String)
        #expect((ledger[2]["reason"] as? String)?.hasPrefix("empty_input") == true)
        #expect((ledger[3]["reason"] as? String)?.hasPrefix("too_large") == true)
        #expect((ledger[4]["reason"] as? String)?.hasPrefix("not_regular_file") == true)
        #expect(layout.folder.contents(of: "out/articles").count == 2)
        #expect(layout.folder.contents(of: "inbox").isEmpty)
        #expect(layout.folder.contents(of: "processed") == ["a.txt", "b.txt", "c.txt"])
        #expect(
            layout.folder.contents(of: "quarantine") == [
                "big.txt", "big.txt.reason.json", "empty.txt", "empty.txt.reason.json", "pipe", "pipe.reason.json",
            ])
        let reason = try #require(
            try jsonObjects([
                layout.folder.read("quarantine/empty.txt.reason.json")!
                    .replacingOccurrences(of: "\n", with: " ")
            ]).first)
        #expect(reason["code"] as? String == "empty_input")
        #expect(runner.counts == PipelineCounts(processed: 2, duplicates: 1, quarantined: 3))
        let events = try jsonObjects(output.capturedLines).compactMap { $0["event"] as? String }
        #expect(events.filter { $0.hasPrefix("article.") }.count == 6)
    }

    @Test func oneShotModeLeavesInputsInPlace() async throws {
        let layout = try Layout()
        defer { layout.folder.remove() }
        let (logger, _) = makeCapturingLogger()
        let runner = try PipelineRunner(configuration: layout.configuration, mode: .oneShot, logger: logger)
        let good = try layout.drop(sampleArticle("delta"), as: "d.txt")
        let bad = try layout.drop("", as: "e.bin")
        runner.enqueue(path: good)
        runner.enqueue(path: bad)
        await runner.drain()
        #expect(layout.folder.contents(of: "inbox") == ["d.txt", "e.bin"])
        #expect(layout.folder.contents(of: "quarantine").isEmpty)
        #expect(try layout.ledger().map { $0["status"] as? String } == ["processed", "quarantined"])
    }

    @Test func fileThatKeepsStoppingTheDaemonIsQuarantined() async throws {
        let layout = try Layout(maxAttempts: 2)
        defer { layout.folder.remove() }
        let text = sampleArticle("poison")
        let input = try layout.drop(text, as: "poison.txt")
        do {
            let database = try StateDatabase(
                directory: layout.configuration.state, migrations: FileStateStore.migrations)
            let store = FileStateStore(database: database)
            for _ in 0..<2 {
                _ = try store.beginAttempt(sha256: ContentHash.sha256Hex(text), file: "poison.txt", at: Date())
            }
        }
        let (logger, _) = makeCapturingLogger()
        let runner = try PipelineRunner(configuration: layout.configuration, mode: .daemon, logger: logger)
        runner.enqueue(path: input)
        await runner.drain()
        let ledger = try layout.ledger()
        #expect(ledger.count == 1)
        #expect((ledger[0]["reason"] as? String)?.hasPrefix("too_many_attempts") == true)
        #expect(layout.folder.contents(of: "quarantine") == ["poison.txt", "poison.txt.reason.json"])
    }

    @Test func ledgerLineWrittenBeforeACrashIsNotRepeated() async throws {
        let layout = try Layout()
        defer { layout.folder.remove() }
        let text = sampleArticle("epsilon")
        _ = try layout.drop(text, as: "e.txt")
        let line = LedgerEntry(
            file: "e.txt", sha256: ContentHash.sha256Hex(text), article: "0123456789abcdef", status: .processed,
            at: "2016-09-12T08:30:00Z")
        try layout.folder.write(line.line() + Array(#"{"file":"torn"#.utf8), to: "out/ledger.jsonl")
        let (logger, _) = makeCapturingLogger()
        let runner = try PipelineRunner(configuration: layout.configuration, mode: .daemon, logger: logger)
        await runner.drain()
        #expect(layout.folder.contents(of: "inbox").isEmpty)
        #expect(layout.folder.contents(of: "processed") == ["e.txt"])
        #expect(try layout.ledger().count == 1)
        runner.enqueue(path: try layout.drop(text, as: "again.txt"))
        await runner.drain()
        let ledger = try layout.ledger()
        #expect(ledger.count == 2)
        #expect(ledger[1]["status"] as? String == "duplicate")
        #expect(ledger[1]["article"] as? String == "0123456789abcdef")
    }

    @Test func countsObserverSeesEveryChange() async throws {
        let layout = try Layout()
        defer { layout.folder.remove() }
        let (logger, _) = makeCapturingLogger()
        let runner = try PipelineRunner(configuration: layout.configuration, mode: .daemon, logger: logger)
        let observed = Recorder<PipelineCounts>()
        runner.setCountsObserver { counts in observed.append(counts) }
        runner.enqueue(path: try layout.drop(sampleArticle("zeta"), as: "z.txt"))
        runner.enqueue(path: layout.configuration.inbox + "/z.txt")
        await runner.drain()
        let history = observed.values
        #expect(history.first?.queued == 1)
        #expect(history.last == PipelineCounts(processed: 1))
    }
}

extension PipelineRunnerTests {
    @Test func ledgerFollowsSubmissionOrderWithManyWorkers() async throws {
        let layout = try Layout(workers: 4)
        defer { layout.folder.remove() }
        let (logger, _) = makeCapturingLogger()
        let runner = try PipelineRunner(configuration: layout.configuration, mode: .oneShot, logger: logger)
        var names: [String] = []
        for index in 0..<40 {
            let name = String(format: "f%02d.txt", index)
            let text = index % 7 == 3 ? "" : sampleArticle("item\(index % 30)")
            runner.enqueue(path: try layout.drop(text, as: name))
            names.append(name)
        }
        await runner.drain()
        let ledger = try layout.ledger()
        #expect(ledger.map { $0["file"] as? String } == names)
        let counts = runner.counts
        #expect(counts.handled == 40)
        #expect(counts.quarantined == 6)
        #expect(counts.duplicates == 7)
        #expect(counts.queued == 0)
    }
}
