import Foundation
import Glibc
import Testing

/// A stop (SIGTERM) while a stage is stuck on one input: bounded by the graceful-shutdown limit, not by systemd's
/// SIGKILL.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct DaemonShutdownTests {
    @Test func stopsWithinTheShutdownLimitWhenAStageHangsAndRetriesTheInputLater() async throws {
        let tree = try DaemonTree()
        defer { tree.remove() }
        let socket = try NotifySocket()
        let hook = ["WIREWATCH_TEST_HANG_ON": "STUCK-HERE", "WIREWATCH_TEST_SHUTDOWN_LIMIT_MS": "1500"]
        let first = try DaemonProcess(
            config: tree.config, notifySocket: socket.path, folder: tree.root, watchdogMicroseconds: 60_000_000,
            environment: hook)
        try #require(await socket.waitFor("READY=1", timeout: .seconds(30)), "stderr: \(first.standardError)")
        try tree.dropByRename("good.txt", TestArticles.article("harbour", speaker: "Mayor Ann Lee"))
        #expect(await waitUntil(timeout: .seconds(20)) { tree.ledger().count == 1 })
        try tree.dropByRename("stuck.txt", TestArticles.article("bridge STUCK-HERE", speaker: "Senator Tom Hale"))
        let inHand = "STATUS=processed=1 duplicates=0 quarantined=0 failed=0 queued=1"
        #expect(await socket.waitFor(inHand, timeout: .seconds(10)), "messages: \(socket.messages)")
        try await Task.sleep(for: .milliseconds(300))

        let started = ContinuousClock.now
        let status = await first.stop(timeout: .seconds(20))
        let took = ContinuousClock.now - started
        #expect(status != nil, "still running 20 s after SIGTERM")
        #expect(took < .seconds(10), "stop took \(took)")
        #expect(first.logLines.contains { $0.contains("\"event\":\"inbox.drain_abandoned\"") }, "\(first.logLines)")
        #expect(tree.names(in: tree.inbox) == ["stuck.txt"], "the input in hand stays in the inbox")

        // Without the hook the input goes through on the next run.
        let beforeSecond = socket.messages.count
        let second = try DaemonProcess(config: tree.config, notifySocket: socket.path, folder: tree.root)
        try #require(await socket.waitFor("READY=1", after: beforeSecond, timeout: .seconds(30)))
        let settled = await waitUntil(timeout: .seconds(20)) {
            tree.ledger().count == 2 && tree.names(in: tree.inbox).isEmpty
        }
        #expect(settled, "ledger: \(tree.ledger())")
        #expect(await second.stop() == 0, "stderr: \(second.standardError)")
        #expect(tree.ledgerStatuses() == ["good.txt": "processed", "stuck.txt": "processed"])
    }
}
