/// How many inputs the pipeline has handled, by outcome, and how many are in flight.
public struct PipelineCounts: Sendable, Equatable, CustomStringConvertible {
    /// Inputs that became (at least one) new article.
    public var processed = 0
    /// Inputs whose bytes or text were already known.
    public var duplicates = 0
    /// Inputs refused (ledger status `quarantined`).
    public var quarantined = 0
    /// Inputs that could not be handled for a reason of the host (disk full, database error); they stay in place
    /// and are retried on the next run.
    public var failed = 0
    /// Inputs queued or in progress.
    public var queued = 0

    public init(processed: Int = 0, duplicates: Int = 0, quarantined: Int = 0, failed: Int = 0, queued: Int = 0) {
        self.processed = processed
        self.duplicates = duplicates
        self.quarantined = quarantined
        self.failed = failed
        self.queued = queued
    }

    /// Inputs with a final outcome.
    public var handled: Int { processed + duplicates + quarantined }

    /// `processed=3 duplicates=1 quarantined=0 failed=0 queued=2`, e.g. for systemd's `STATUS=`.
    public var description: String {
        "processed=\(processed) duplicates=\(duplicates) quarantined=\(quarantined) failed=\(failed) queued=\(queued)"
    }
}
