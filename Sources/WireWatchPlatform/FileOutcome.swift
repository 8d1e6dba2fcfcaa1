import WireWatchCore

/// Milliseconds spent in each stage of one input.
struct StageTimings: Sendable {
    var intake = 0.0
    /// The state database: the content's record and the attempt count (committed before the stages run).
    var state = 0.0
    var parse = 0.0
    var attribute = 0.0
    var dedupe = 0.0
    var write = 0.0

    /// Runs `body` and returns its result with the time it took, in milliseconds.
    static func measure<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try body()
        let elapsed = clock.now - start
        let (seconds, attoseconds) = elapsed.components
        return (value, Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}

/// Why an input is refused: a stable code and a sentence (from ``WireWatchCore/PipelineError``, or as stored in
/// the state database for a content refused before).
struct Refusal: Sendable, Equatable {
    var code: String
    var reason: String

    init(code: String, reason: String) {
        self.code = code
        self.reason = reason
    }

    init(_ error: PipelineError) {
        self.init(code: error.code, reason: error.description)
    }

    /// The ledger's `reason`: `code: sentence`.
    var ledgerText: String { "\(code): \(reason)" }
}

/// What the parallel stages (intake, parse, attribute) made of one input, handed to the serial stage in
/// submission order.
enum FileOutcome: Sendable {
    /// The entry is gone (moved away or deleted before it was read): nothing to record.
    case vanished
    /// The input is refused; `sha256` is nil when nothing could be read.
    case refused(sha256: String?, refusal: Refusal, attempts: Int)
    /// The bytes were already handled: a duplicate of `record`'s articles.
    case known(sha256: String, record: FileRecord)
    /// The stages ran; the articles, prepared for dedupe (``Deduplicator/prepare(_:)``), await dedupe and writing.
    case parsed(sha256: String, bytes: Int, articles: [PreparedArticle], attempts: Int)
    /// The host failed (state database, ...): the input stays where it is.
    case failed(message: String)
    /// Dropped before it started (shutdown): the input stays where it is.
    case cancelled
}

/// One input travelling through the pipeline.
struct FileJob: Sendable {
    var ticket: Int
    var path: String
    var name: String
    var timings = StageTimings()
    var outcome: FileOutcome = .vanished
    /// The input's identity when intake read it; nil when it was not read.
    var identity: FileIdentity?

    init(ticket: Int, path: String) {
        self.ticket = ticket
        self.path = path
        self.name = FileIntake.lastComponent(of: path)
    }
}
