/// Tells whether the pipeline is stuck: files are in flight but none has finished for longer than a limit.
///
/// The watchdog pings come from the pipeline's serial work queue, which stays free while a parse or attribute
/// stage hangs on a worker; this monitor covers that case, so that a hung stage also stops the pings and systemd
/// restarts the service (the attempt count in the state then quarantines the poison file).
/// A pure state machine: it is given every new count and `now`, and reads no clock.
public struct ProgressMonitor<Instant: InstantProtocol>: Sendable where Instant.Duration == Swift.Duration {
    /// How long files may be in flight without any of them finishing.
    public let stallLimit: Duration
    private var finished: Int?
    private var queued = 0
    private var lastProgress: Instant?

    /// - Parameters:
    ///   - stallLimit: e.g. twice the watchdog timeout.
    public init(stallLimit: Duration) {
        self.stallLimit = stallLimit
    }

    /// Records the pipeline's counts. Progress is a file finishing (any outcome, including being skipped), or the
    /// pipeline becoming idle.
    public mutating func observe(_ counts: PipelineCounts, now: Instant) {
        let done = counts.handled + counts.failed
        let progressed = finished.map { done > $0 } ?? true
        if progressed || counts.queued < queued || counts.queued == 0 || lastProgress == nil {
            lastProgress = now
        }
        finished = done
        queued = counts.queued
    }

    /// Whether files are in flight and none has finished for more than ``stallLimit``.
    public func isStalled(now: Instant) -> Bool {
        guard queued > 0, let lastProgress else { return false }
        return lastProgress.duration(to: now) > stallLimit
    }
}
