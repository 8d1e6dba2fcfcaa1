/// What the state database knows about one input content (by the SHA-256 of its bytes).
public struct FileRecord: Sendable, Equatable {
    /// Where the content stands.
    public enum Status: String, Sendable, Equatable {
        /// Attempts have started; no outcome is committed yet.
        case pending
        /// Became one or more articles.
        case processed
        /// Its text was already known as another article.
        case duplicate
        /// Refused; `reasonCode` says why.
        case quarantined

        /// True once an outcome is committed.
        public var isDone: Bool { self != .pending }
    }

    public var sha256: String
    /// The name the content was last dropped under.
    public var file: String
    public var status: Status
    /// The article ids the content became (or duplicates).
    public var articles: [String]
    /// ``WireWatchCore/PipelineError/code`` of a quarantined content.
    public var reasonCode: String?
    public var reason: String?
    /// How many times its stages were started.
    public var attempts: Int
    /// False while the input of the last outcome may still lie in the inbox (not yet moved or deleted for sure).
    public var disposed: Bool
    /// RFC 3339 times.
    public var firstSeen: String
    public var lastSeen: String

    public init(
        sha256: String, file: String, status: Status, articles: [String] = [], reasonCode: String? = nil,
        reason: String? = nil, attempts: Int = 0, disposed: Bool = true, firstSeen: String, lastSeen: String
    ) {
        self.sha256 = sha256
        self.file = file
        self.status = status
        self.articles = articles
        self.reasonCode = reasonCode
        self.reason = reason
        self.attempts = attempts
        self.disposed = disposed
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }
}

/// The outcome of one input, committed in one transaction with the ledger's new length.
public struct FileCompletion: Sendable, Equatable {
    /// Nil for entries that have no content (a FIFO, a directory): only the ledger position moves.
    public var sha256: String?
    public var file: String
    public var status: FileRecord.Status
    public var articles: [String]
    public var reasonCode: String?
    public var reason: String?
    /// True when the input will be moved or deleted after the commit (daemon mode): its record stays undisposed
    /// until ``FileStateStore/markDisposed(_:)``.
    public var awaitsDisposal: Bool

    public init(
        sha256: String?, file: String, status: FileRecord.Status, articles: [String] = [],
        reasonCode: String? = nil, reason: String? = nil, awaitsDisposal: Bool = false
    ) {
        self.awaitsDisposal = awaitsDisposal
        self.sha256 = sha256
        self.file = file
        self.status = status
        self.articles = articles
        self.reasonCode = reasonCode
        self.reason = reason
    }
}
