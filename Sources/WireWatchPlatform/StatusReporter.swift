/// Rate-limits systemd `STATUS=` lines: at most one per interval, the latest one always sent in the end.
///
/// A pure state machine: it reads no clock and sends nothing; each call is given `now` and returns what to do.
/// Feed it every new status with ``record(_:now:)`` and call ``tick(now:)`` periodically (at least once per
/// interval) so that a status held back by the rate limit still goes out.
public struct StatusReporter<Instant: InstantProtocol>: Sendable where Instant.Duration == Swift.Duration {
    /// What the caller must do.
    public enum Action: Sendable, Equatable {
        /// Nothing now.
        case none
        /// Send this assignment (`STATUS=...`) with `sd_notify`.
        case send(String)
    }

    /// The least time between two sends.
    public let interval: Duration
    private var lastSent: String?
    private var lastSentAt: Instant?
    private var pending: String?

    /// - Parameters:
    ///   - interval: `status_interval_seconds` of the configuration.
    public init(interval: Duration) {
        self.interval = interval
    }

    /// The latest status (without the `STATUS=` prefix) whose send is held back, if any.
    public var heldBack: String? { pending }

    /// A new status: sent at once if the last send is at least ``interval`` old, otherwise held back.
    /// A status equal to the last one sent is dropped.
    public mutating func record(_ status: String, now: Instant) -> Action {
        guard status != lastSent else {
            pending = nil
            return .none
        }
        pending = status
        return tick(now: now)
    }

    /// Sends the held-back status once the interval allows it.
    public mutating func tick(now: Instant) -> Action {
        guard let status = pending else { return .none }
        if let lastSentAt, lastSentAt.duration(to: now) < interval { return .none }
        pending = nil
        lastSent = status
        lastSentAt = now
        return .send("STATUS=" + status)
    }
}
