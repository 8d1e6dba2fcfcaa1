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
        var messages = socket.receive(until: { $0 == "READY=1" }, timeout: .seconds(30))
        try #require(messages.last == "READY=1", "no READY=1; stderr: \(daemon.standardError)")

        try tree.dropByRename("renamed.txt", TestArticles.article("bridge", speaker: "Senator Tom Hale"))
        try tree.dropByWrite("written.txt", TestArticles.article("library", speaker: "Professor Ruth Okafor"))
        try tree.dropByWrite("garbage.txt", TestArticles.garbage())
        try tree.dropByWrite("ignored.tmp", TestArticles.article("market", speaker: "Chef Paul Martin"))
        // The ledger line comes first; the input's move and the reason file follow it.
        let settled = await waitUntil(timeout: .seconds(30)) {
            tree.ledger().count >= 4 && tree.names(in: tree.processed).count == 3
                && tree.names(in: tree.quarantine).count == 2 && tree.names(in: tree.inbox).count == 1
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
        messages += socket.receive(until: { $0 == finalStatus }, timeout: .seconds(10))
        #expect(messages.contains(finalStatus), "messages: \(messages)")
        #expect(messages.contains("WATCHDOG=1") || socket.receive(timeout: .seconds(2)) == "WATCHDOG=1")

        let status = await daemon.stop()
        messages += socket.receive(until: { $0 == "STOPPING=1" }, timeout: .seconds(5))
        #expect(messages.contains("STOPPING=1"), "messages: \(messages)")
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

        let first = try DaemonProcess(config: tree.config, notifySocket: socket.path, folder: tree.root)
        try #require(socket.receive(until: { $0 == "READY=1" }, timeout: .seconds(30)).last == "READY=1")
        try tree.dropByRename("original.txt", article)
        #expect(
            await waitUntil(timeout: .seconds(30)) { tree.ledger().count == 1 && tree.names(in: tree.inbox).isEmpty }
        )
        #expect(await first.stop() == 0, "stderr: \(first.standardError)")

        try tree.dropByRename("while-down.txt", TestArticles.article("school", speaker: "Principal Omar Said"))
        try tree.dropByWrite("copy.txt", article)
        let second = try DaemonProcess(config: tree.config, notifySocket: socket.path, folder: tree.root)
        try #require(socket.receive(until: { $0 == "READY=1" }, timeout: .seconds(30)).last == "READY=1")
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

    @Test func failsLoudlyWhenTheInboxDisappears() async throws {
        let tree = try DaemonTree()
        defer { tree.remove() }
        let socket = try NotifySocket()
        let daemon = try DaemonProcess(config: tree.config, notifySocket: socket.path, folder: tree.root)
        try #require(socket.receive(until: { $0 == "READY=1" }, timeout: .seconds(30)).last == "READY=1")
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
        #expect(socket.receive(timeout: .milliseconds(200)) == nil)
    }
}
