import Foundation
import Glibc
import Testing

/// Starts the real `wirewatch run` on a temporary tree with a unix datagram socket as `NOTIFY_SOCKET`.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct DaemonIntegrationTests {
    @Test func processesDroppedFilesReportsToSystemdAndStopsCleanly() async throws {
        let tree = try DaemonTree()
        defer { tree.remove() }
        let socket = try NotifySocket()
        try tree.dropByRename("backlog.txt", TestArticles.article("harbour", speaker: "Mayor Ann Lee"))
        let daemon = try DaemonProcess(config: tree.config, notifySocket: socket.path, folder: tree.root)
        let ready = await socket.waitFor("READY=1", timeout: .seconds(30))
        try #require(ready, "no READY=1; stderr: \(daemon.standardError)")

        try tree.dropByRename("renamed.txt", TestArticles.article("bridge", speaker: "Senator Tom Hale"))
        try tree.dropByWrite("written.txt", TestArticles.article("library", speaker: "Professor Ruth Okafor"))
        try tree.dropByWrite("garbage.txt", TestArticles.garbage())
        try tree.dropByWrite("ignored.tmp", TestArticles.article("market", speaker: "Chef Paul Martin"))
        // The ledger line comes first; the input's move and the reason file follow it.
        let settled = await waitUntil(timeout: .seconds(30)) {
            tree.ledger().count >= 4 && tree.names(in: tree.processed).count == 3
                && tree.names(in: tree.quarantine) == ["garbage.txt", "garbage.txt.reason.json"]
                && tree.names(in: tree.inbox).count == 1
        }
        #expect(settled, "ledger: \(tree.ledger())")

        #expect(
            tree.ledgerStatuses() == [
                "backlog.txt": "processed", "renamed.txt": "processed", "written.txt": "processed",
                "garbage.txt": "quarantined",
            ]
        )
        #expect(tree.names(in: tree.processed) == ["backlog.txt", "renamed.txt", "written.txt"])
        #expect(tree.names(in: tree.quarantine) == ["garbage.txt", "garbage.txt.reason.json"])
        #expect(tree.names(in: tree.inbox) == ["ignored.tmp"])
        let outputs = tree.outputFiles()
        #expect(outputs.filter { $0.hasPrefix("articles/") && $0.hasSuffix(".json") }.count == 3)
        #expect(outputs.allSatisfy { !$0.split(separator: "/").last!.hasPrefix(".") }, "temporary files: \(outputs)")
        for file in outputs where file.hasSuffix(".json") {
            let data = try Data(contentsOf: URL(fileURLWithPath: tree.output + "/" + file))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(file) is not JSON")
        }
        let reason = try Data(contentsOf: URL(fileURLWithPath: tree.quarantine + "/garbage.txt.reason.json"))
        #expect((try? JSONSerialization.jsonObject(with: reason)) != nil)

        let finalStatus = "STATUS=processed=3 duplicates=0 quarantined=1 failed=0 queued=0"
        #expect(await socket.waitFor(finalStatus, timeout: .seconds(10)), "messages: \(socket.messages)")
        #expect(await socket.waitFor("WATCHDOG=1", timeout: .seconds(3)), "messages: \(socket.messages)")
        #expect(socket.messages.first { $0.hasPrefix("STATUS=") || $0 == "READY=1" } != nil)

        let status = await daemon.stop()
        #expect(await socket.waitFor("STOPPING=1", timeout: .seconds(5)), "messages: \(socket.messages)")
        let stopping = socket.messages.firstIndex(of: "STOPPING=1") ?? 0
        #expect(!socket.messages[stopping...].contains("READY=1"))
        #expect(status == 0, "stderr: \(daemon.standardError)")
        let lines = daemon.logLines
        #expect(lines.contains { $0.contains("\"event\":\"inbox.ready\"") })
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "not JSON: \(line)")
        }
    }

    @Test func picksUpWhatArrivedWhileDownAndRecordsACopyOnce() async throws {
        let tree = try DaemonTree()
        defer { tree.remove() }
        let socket = try NotifySocket()
        let article = TestArticles.article("tram", speaker: "Minister Eva Novak")

        let beforeFirst = socket.messages.count
        let first = try DaemonProcess(config: tree.config, notifySocket: socket.path, folder: tree.root)
        try #require(await socket.waitFor("READY=1", after: beforeFirst, timeout: .seconds(30)))
        try tree.dropByRename("original.txt", article)
        #expect(
            await waitUntil(timeout: .seconds(30)) { tree.ledger().count == 1 && tree.names(in: tree.inbox).isEmpty }
        )
        #expect(await first.stop() == 0, "stderr: \(first.standardError)")

        try tree.dropByRename("while-down.txt", TestArticles.article("school", speaker: "Principal Omar Said"))
        try tree.dropByWrite("copy.txt", article)
        let beforeSecond = socket.messages.count
        let second = try DaemonProcess(config: tree.config, notifySocket: socket.path, folder: tree.root)
        try #require(await socket.waitFor("READY=1", after: beforeSecond, timeout: .seconds(30)))
        let settled = await waitUntil(timeout: .seconds(30)) {
            tree.ledger().count == 3 && tree.names(in: tree.inbox).isEmpty
        }
        #expect(settled, "ledger: \(tree.ledger())")
        #expect(await second.stop() == 0, "stderr: \(second.standardError)")

        #expect(
            tree.ledgerStatuses() == [
                "original.txt": "processed", "while-down.txt": "processed", "copy.txt": "duplicate",
            ]
        )
        let hashes = tree.ledger().compactMap { $0["sha256"] as? String }
        #expect(hashes.count == 3 && Set(hashes).count == 2)
        #expect(tree.outputFiles().filter { $0.hasPrefix("articles/") }.count == 2)
        #expect(tree.names(in: tree.inbox).isEmpty)
    }

    @Test func stopsMidBacklogWithoutLosingOrRepeatingAFile() async throws {
        let tree = try DaemonTree()
        defer { tree.remove() }
        let socket = try NotifySocket()
        let names = (0..<60).map { String(format: "backlog-%02d.txt", $0) }
        for (index, name) in names.enumerated() {
            try tree.dropByWrite(name, TestArticles.article("topic \(index) budget", speaker: "Speaker Number\(index)"))
        }
        let beforeFirst = socket.messages.count
        let first = try DaemonProcess(config: tree.config, notifySocket: socket.path, folder: tree.root)
        try #require(await socket.waitFor("READY=1", after: beforeFirst, timeout: .seconds(30)))
        #expect(await first.stop() == 0, "stderr: \(first.standardError)")
        let handledFirst = tree.ledger().count
        #expect(tree.names(in: tree.inbox).count + tree.names(in: tree.processed).count == names.count)
        #expect(tree.names(in: tree.processed).count == handledFirst, "every ledger line's input is moved")

        let second = try DaemonProcess(config: tree.config, notifySocket: socket.path, folder: tree.root)
        let settled = await waitUntil(timeout: .seconds(40)) {
            tree.names(in: tree.inbox).isEmpty && tree.ledger().count >= names.count
        }
        #expect(settled, "first run handled \(handledFirst); now \(tree.ledger().count)")
        #expect(await second.stop() == 0, "stderr: \(second.standardError)")
        let files = tree.ledger().compactMap { $0["file"] as? String }
        #expect(files.sorted() == names, "each input exactly once in the ledger")
        #expect(tree.names(in: tree.processed) == names)
        #expect(!tree.outputFiles().contains { $0.split(separator: "/").last!.hasPrefix(".") })
    }

    @Test func failsLoudlyWhenTheInboxDisappears() async throws {
        let tree = try DaemonTree()
        defer { tree.remove() }
        let socket = try NotifySocket()
        let beforeDaemon = socket.messages.count
        let daemon = try DaemonProcess(config: tree.config, notifySocket: socket.path, folder: tree.root)
        try #require(await socket.waitFor("READY=1", after: beforeDaemon, timeout: .seconds(30)))
        try FileManager.default.moveItem(atPath: tree.inbox, toPath: tree.root + "/moved-inbox")
        #expect(await waitUntil(timeout: .seconds(20)) { !daemon.process.isRunning })
        #expect(daemon.process.terminationStatus != 0)
        #expect(daemon.logLines.contains { $0.contains("\"event\":\"inbox.gone\"") }, "log: \(daemon.logLines)")
    }

    @Test func refusesToStartOnABadConfigurationListingEveryProblem() async throws {
        let tree = try DaemonTree()
        defer { tree.remove() }
        let bad =
            #"{"inbox": "missing-inbox", "output": 3, "state": "state", "quarantine": "quarantine", "surprise": 1}"#
        try Data(bad.utf8).write(to: URL(fileURLWithPath: tree.config))
        let socket = try NotifySocket()
        let daemon = try DaemonProcess(config: tree.config, notifySocket: socket.path, folder: tree.root)
        #expect(await waitUntil(timeout: .seconds(20)) { !daemon.process.isRunning })
        #expect(daemon.process.terminationStatus != 0)
        let problems = daemon.standardError
        for key in ["inbox", "output", "processed", "surprise"] {
            #expect(problems.contains("`\(key)`"), "stderr: \(problems)")
        }
        try await Task.sleep(for: .milliseconds(200))
        #expect(socket.messages.isEmpty)
    }
}
