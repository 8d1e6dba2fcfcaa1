import Logging

/// One input's outcome, prepared on the work queue and made durable with the others of its batch: its encoded
/// outputs are written with the batch's (a bounded number of flushes), its ledger line and state change wait for
/// the batch's single ledger `fsync` and database commit, and `after` runs only once all are durable.
struct PendingOutcome {
    /// What to do with the input once its outcome is durable.
    enum AfterCommit {
        case nothing
        /// Move to `processed` (or delete); the content hash is marked disposed later.
        case dispose(sha256: String)
        /// Move into the quarantine folder with a reason file.
        case quarantine(Quarantine.Reason)
    }

    var job: FileJob
    var entry: LedgerEntry
    var completion: FileCompletion
    /// The encoded output files, written with the batch's.
    var outputs = ResultBatch()
    var after: AfterCommit
    var result: CommitResult
    /// The log line: event, level and fields beyond `file`, `status`, `article.id` and `ms.*`.
    var event: Logger.Message
    var level: Logger.Level = .info
    var fields: [String: Logger.MetadataValue?] = [:]
    var timings: StageTimings
}

/// The result of preparing one job: an outcome to commit with the batch, or a final result already (skipped,
/// failed).
enum PreparedJob {
    case pending(PendingOutcome)
    case finished(CommitResult)
}
