import Glibc
import Testing
import WireWatchPlatform

/// Changes the process environment (`NOTIFY_SOCKET`, `WATCHDOG_USEC`), so the tests run one at a time.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct SystemdNotifierTests {
    @Test func sendsDatagramsToTheNotifySocket() throws {
        let socket = try NotifySocket()
        setenv("NOTIFY_SOCKET", socket.path, 1)
        defer { unsetenv("NOTIFY_SOCKET") }
        let notifier = SystemdNotifier()
        #expect(notifier.isEnabled)
        try notifier.notify("READY=1")
        try notifier.notify("STATUS=processed 1, duplicates 0, queued 2, quarantined 0")
        #expect(socket.receive(timeout: .seconds(5)) == "READY=1")
        #expect(socket.receive(timeout: .seconds(5)) == "STATUS=processed 1, duplicates 0, queued 2, quarantined 0")
    }

    @Test func isASilentNoOpWithoutNotifySocket() throws {
        unsetenv("NOTIFY_SOCKET")
        let notifier = SystemdNotifier()
        #expect(!notifier.isEnabled)
        try notifier.notify("READY=1")
        #expect(notifier.watchdogTimeout == nil)
        setenv("NOTIFY_SOCKET", "", 1)
        defer { unsetenv("NOTIFY_SOCKET") }
        #expect(!notifier.isEnabled)
        try notifier.notify("READY=1")
    }

    @Test func failsWhenTheSocketIsGone() {
        setenv("NOTIFY_SOCKET", "/nonexistent/notify.sock", 1)
        defer { unsetenv("NOTIFY_SOCKET") }
        #expect(throws: PlatformError.syscall("sd_notify", path: "/nonexistent/notify.sock", errno: ENOENT)) {
            try SystemdNotifier().notify("READY=1")
        }
    }

    @Test func readsTheWatchdogIntervalForThisProcessOnly() {
        setenv("WATCHDOG_USEC", "3000000", 1)
        defer {
            unsetenv("WATCHDOG_USEC")
            unsetenv("WATCHDOG_PID")
        }
        setenv("WATCHDOG_PID", "\(getpid())", 1)
        #expect(SystemdNotifier().watchdogTimeout == .seconds(3))
        #expect(SystemdNotifier().watchdogPingInterval == .milliseconds(1500))
        setenv("WATCHDOG_PID", "\(getpid() + 1)", 1)
        #expect(SystemdNotifier().watchdogTimeout == nil)
    }
}
