/// One article's entry in the dedupe index: its ordinal, its id, the keys it is filed under and its fingerprint
/// (an opaque compact blob that only the dedupe stage reads).
public struct FingerprintRecord: Sendable, Equatable {
    public var ordinal: Int
    public var articleID: String
    public var keys: [UInt32]
    public var payload: [UInt8]

    public init(ordinal: Int, articleID: String, keys: [UInt32], payload: [UInt8]) {
        self.ordinal = ordinal
        self.articleID = articleID
        self.keys = keys
        self.payload = payload
    }
}

/// A story as written out, with the dedupe stage's working state of it (statement units, an opaque blob).
public struct StoryRecord: Sendable, Equatable {
    public var story: Story
    public var state: [UInt8]

    public init(story: Story, state: [UInt8]) {
        self.story = story
        self.state = state
    }
}

/// Everything one admission changes, to be written in one transaction so that a crash leaves the memory either
/// before or after the article, never between.
public struct DedupeChanges: Sendable, Equatable {
    public var articles: [Article] = []
    public var fingerprints: [FingerprintRecord] = []
    public var stories: [StoryRecord] = []
    public var removedStories: [String] = []
    public var speakers: [SpeakerRecord] = []
    /// A snapshot of the term statistics, sent now and then (see ``TermStatistics``).
    public var statistics: [UInt8]?

    public init() {}
}

/// Persistence port of the dedupe memory. The platform layer implements it over SQLite (`SQLiteDedupeStore`);
/// tests and one-shot runs use ``InMemoryDedupeStore``.
///
/// The in-memory indexes of ``Deduplicator`` are rebuilt from it at the first admission: the keys of every
/// fingerprint, the speakers, the last statistics snapshot and the fingerprints stored after it.
public protocol DedupeStore: AnyObject {
    /// The article record `id`, if it was admitted.
    func article(id: String) throws -> Article?
    /// The fingerprint numbered `ordinal`.
    func fingerprint(ordinal: Int) throws -> FingerprintRecord?
    /// The fingerprints numbered `ordinals` that exist, in the order asked (one read for all of them).
    func fingerprints(ordinals: [Int]) throws -> [FingerprintRecord]
    /// Number of fingerprints stored (the next ordinal).
    func fingerprintCount() throws -> Int
    /// Calls `body` with the ordinal and keys of every fingerprint, in ordinal order.
    func forEachIndexEntry(_ body: (Int, [UInt32]) throws -> Void) throws
    /// The story `id` with its working state.
    func story(id: String) throws -> StoryRecord?
    /// Every speaker record.
    func speakers() throws -> [SpeakerRecord]
    /// The last statistics snapshot.
    func statistics() throws -> [UInt8]?
    /// Records `changes` as one unit: later reads see them at once; a store may hold them in memory until
    /// ``flush()`` and write several admissions in one transaction, never part of one.
    func apply(_ changes: DedupeChanges) throws
    /// Writes every change applied so far in one transaction. When it throws, the changes not written are dropped
    /// (the store is back at its last flush) and the caller must reload its in-memory indexes.
    func flush() throws
}

extension DedupeStore {
    public func fingerprints(ordinals: [Int]) throws -> [FingerprintRecord] {
        try ordinals.compactMap { try fingerprint(ordinal: $0) }
    }

    public func flush() throws {}
}
