import CSystemd
import Glibc

/// Talks to systemd through `sd_notify(3)`: readiness, status, watchdog pings and stopping.
///
/// Without `NOTIFY_SOCKET` in the environment, or with it empty (tests, `wirewatch process`, a run from a
/// terminal), every call is a silent no-op.
public struct SystemdNotifier: Sendable {
    public init() {}

    /// Whether a notification socket is set, i.e. whether notifications go anywhere.
    public var isEnabled: Bool {
        guard let socket = getenv("NOTIFY_SOCKET") else { return false }
        return socket.pointee != 0
    }

    /// Sends one or more newline-separated assignments, such as `READY=1` or `STATUS=processed 3`.
    /// - Throws: ``PlatformError/syscall(_:path:errno:)`` when the socket is set but the datagram cannot be sent.
    public func notify(_ state: String) throws(PlatformError) {
        guard isEnabled else { return }
        let result = sd_notify(0, state)
        guard result >= 0 else {
            let socket = getenv("NOTIFY_SOCKET").map { String(cString: $0) } ?? ""
            throw .syscall("sd_notify", path: socket, errno: -result)
        }
    }

    /// The interval at which systemd expects `WATCHDOG=1` (`WATCHDOG_USEC`, for this process per `WATCHDOG_PID`),
    /// or `nil` when the unit has no watchdog.
    public var watchdogTimeout: Duration? {
        var microseconds: UInt64 = 0
        guard sd_watchdog_enabled(0, &microseconds) > 0, microseconds > 0 else { return nil }
        return .microseconds(Int64(clamping: microseconds))
    }

    /// How often to ping: half of ``watchdogTimeout``, as `sd_watchdog_enabled(3)` advises.
    public var watchdogPingInterval: Duration? {
        watchdogTimeout.map { $0 / 2 }
    }
}
