import Foundation

/// The dedupe stage: finds copies (exact, near-duplicate, rewrite), groups articles into stories, links the same
/// statement across articles and gives every speaker one canonical name across articles.
///
/// The memory lives in a ``DedupeStore`` (full records and fingerprints) and in compact in-memory indexes (LSH band
/// and rare-term postings, 8 bytes each, about 18 an article, and a document-frequency sketch), rebuilt from the
/// store at the first admission. Candidates come from the indexes only, never from all pairs, and only their
/// fingerprints are fetched.
///
/// - Important: Not thread-safe: confine it to one serial queue.
public final class Deduplicator {
    private let store: any DedupeStore
    private var memory = DedupeMemory()
    private var isLoaded = false
    let builder = FingerprintBuilder()
    let classifier = DuplicateClassifier()
    let matcher = StatementMatcher()
    let storyRule = StoryRule()
    /// Most candidates whose fingerprints are fetched per admission.
    let candidateLimit = 24
    /// Most recent postings read per key.
    let postingLimit = 64
    /// Least admissions between two snapshots of the term statistics (and at least a sixteenth of the memory).
    let snapshotInterval = 256
    /// Receives one line per story decision when set (a development aid; keep nil in production).
    public var trace: ((String) -> Void)?

    /// - Parameter store: where the memory persists; an ``InMemoryDedupeStore`` by default.
    public init(store: any DedupeStore = InMemoryDedupeStore()) {
        self.store = store
    }

    /// Bytes of resident memory held by the in-memory indexes (postings and statistics).
    public var indexMemoryBytes: Int { memory.postings.memoryBytes + memory.statistics.memoryBytes }

    /// Number of articles indexed.
    public var indexedCount: Int { memory.nextOrdinal }

    /// The text-only work of admitting `article`, done once on any thread (it touches no shared state): pass the
    /// result to ``admit(_:at:)-(PreparedArticle,_)`` on the serial queue.
    public static func prepare(_ article: Article) -> PreparedArticle {
        PreparedArticle(article)
    }

    /// Admits `article` (received at `date`) to the dedupe memory and returns what changed.
    public func admit(_ article: Article, at date: Date) throws -> DedupeOutcome {
        try admit(Self.prepare(article), at: date)
    }

    /// Admits the prepared article (received at `date`) to the dedupe memory and returns what changed: the same as
    /// admitting its article.
    public func admit(_ prepared: PreparedArticle, at date: Date) throws -> DedupeOutcome {
        try loadIfNeeded()
        if let known = try store.article(id: prepared.article.id) { return try knownOutcome(known) }
        return try file(prepared, at: date) { try $0.run(with: self, store: store) }.outcome
    }

    /// Files `article` (received at `date`) as new and unrelated, without looking for copies, stories or shared
    /// statements: for bulk loading a backlog known to be distinct, and the scale benchmark's filler. Later
    /// admissions find it like any other. An article already known is left as it is.
    public func index(_ article: Article, at date: Date) throws {
        try loadIfNeeded()
        if try store.article(id: article.id) != nil { return }
        _ = try file(Self.prepare(article), at: date) { $0.runWithoutCandidates(with: self) }
    }

    /// Runs `decide` on a new admission of `prepared` at the next ordinal, applies its changes to the store and
    /// indexes it. On failure the in-memory state is dropped, to be reloaded from the store.
    private func file(
        _ prepared: PreparedArticle, at date: Date, decide: (inout Admission) throws -> Void
    ) throws -> Admission {
        var admission = Admission(prepared: prepared, memory: memory, ordinal: UInt32(memory.nextOrdinal))
        admission.day = prepared.day(receivedAt: date)
        do {
            try decide(&admission)
            try store.apply(admission.changes)
        } catch {
            // The statistics and the registry may hold part of the failed admission: reload them from the store.
            isLoaded = false
            memory = DedupeMemory()
            throw error
        }
        for fingerprint in admission.changedFingerprints { memory.fingerprints.put(fingerprint) }
        memory.postings.add(ordinal: admission.ordinal, keys: admission.keys.indexed)
        memory.nextOrdinal += 1
        return admission
    }

    /// Writes the admissions made since the last flush to the store in one transaction (see
    /// ``DedupeStore/flush()``). Call it before anything that depends on them is made durable. When it throws, the
    /// unwritten admissions are forgotten and the indexes are reloaded from the store at the next admission.
    public func flush() throws {
        do {
            try store.flush()
        } catch {
            isLoaded = false
            memory = DedupeMemory()
            throw error
        }
    }

    private func knownOutcome(_ known: Article) throws -> DedupeOutcome {
        var revised: [Article] = []
        for link in known.duplicates {
            if let other = try store.article(id: link.article) { revised.append(other) }
        }
        let story = try known.story.flatMap { try store.story(id: $0)?.story }
        return DedupeOutcome(article: known, revisedArticles: revised, stories: story.map { [$0] } ?? [], alreadyKnown: true)
    }

    private func loadIfNeeded() throws {
        guard !isLoaded else { return }
        let loaded = DedupeMemory()
        loaded.registry = SpeakerRegistry(records: try store.speakers())
        try store.forEachIndexEntry { ordinal, keys in
            loaded.postings.add(ordinal: UInt32(ordinal), keys: keys)
        }
        loaded.nextOrdinal = try store.fingerprintCount()
        if let bytes = try store.statistics(), let statistics = TermStatistics(serialized: bytes) {
            loaded.statistics = statistics
            loaded.snapshotCount = statistics.documentCount
        }
        var ordinal = loaded.statistics.documentCount
        while ordinal < loaded.nextOrdinal {
            if let record = try store.fingerprint(ordinal: ordinal),
                let fingerprint = ArticleFingerprint(serialized: record.payload)
            {
                loaded.statistics.add(document: fingerprint.documentTerms)
            }
            ordinal += 1
        }
        memory = loaded
        isLoaded = true
    }
}

/// The in-memory part of the dedupe memory, shared by reference with the admission in progress (no copies of
/// the sketch or the registry per article).
final class DedupeMemory {
    var postings = PostingIndex()
    var statistics = TermStatistics()
    var registry = SpeakerRegistry()
    /// Decoded fingerprints of recent admissions and candidates (a mirror of part of the store).
    var fingerprints = FingerprintCache()
    /// The weights looked up by the admission in progress.
    let weights = WeightMemo()
    var nextOrdinal = 0
    /// Documents counted in the last statistics snapshot sent to the store.
    var snapshotCount = 0
}
