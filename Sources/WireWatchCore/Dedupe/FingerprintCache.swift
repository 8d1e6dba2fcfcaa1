/// The decoded fingerprints of the articles admitted most recently or fetched as candidates most recently, by
/// ordinal, so that a candidate seen again is neither read from the store nor decoded again.
///
/// It holds at most `capacity` fingerprints (a few kilobytes each) and forgets the oldest entry first. It mirrors
/// the store: the deduplicator puts every fingerprint it changes here after the store took it, and drops the whole
/// cache with the rest of its memory when a write fails.
struct FingerprintCache: Sendable {
    let capacity: Int
    private var entries: [UInt32: Entry] = [:]
    /// The cached ordinals in order of arrival, a ring whose oldest entry is at `oldest` once it is full.
    private var arrivals: [UInt32] = []
    private var oldest = 0

    /// A fingerprint with its terms sorted for ``WeightedTerms`` (sorted once, not at each admission).
    private struct Entry: Sendable {
        var fingerprint: ArticleFingerprint
        var sortedTerms: [ArticleFingerprint.TermCount]
    }

    init(capacity: Int = 4_096) {
        self.capacity = max(1, capacity)
    }

    /// Number of fingerprints held.
    var count: Int { entries.count }

    /// Puts `fingerprint` in the cache (replacing the one of the same ordinal), forgetting the oldest when full.
    mutating func put(_ fingerprint: ArticleFingerprint) {
        let ordinal = fingerprint.ordinal
        let entry = Entry(fingerprint: fingerprint, sortedTerms: WeightedTerms.sorted(fingerprint.terms))
        if entries.updateValue(entry, forKey: ordinal) != nil { return }
        if arrivals.count < capacity {
            arrivals.append(ordinal)
            return
        }
        entries[arrivals[oldest]] = nil
        arrivals[oldest] = ordinal
        oldest = (oldest + 1) % capacity
    }

    /// The fingerprints numbered `ordinals` that exist, in the order asked: cached ones from memory, the others
    /// read from `store` in one read, decoded and cached.
    mutating func fingerprints(ordinals: [UInt32], store: any DedupeStore) throws -> [ArticleFingerprint] {
        var found: [UInt32: ArticleFingerprint] = [:]
        var missing: [Int] = []
        for ordinal in ordinals {
            if let cached = entries[ordinal] { found[ordinal] = cached.fingerprint } else { missing.append(Int(ordinal)) }
        }
        if !missing.isEmpty {
            for record in try store.fingerprints(ordinals: missing) {
                guard let fingerprint = ArticleFingerprint(serialized: record.payload) else { continue }
                found[UInt32(record.ordinal)] = fingerprint
                put(fingerprint)
            }
        }
        return ordinals.compactMap { found[$0] }
    }

    /// The terms of the cached fingerprint `ordinal` in ``WeightedTerms/sorted(_:)`` order; nil when not cached.
    func sortedTerms(ordinal: UInt32) -> [ArticleFingerprint.TermCount]? {
        entries[ordinal]?.sortedTerms
    }

    /// The fingerprint numbered `ordinal`, from memory or from `store`.
    mutating func fingerprint(ordinal: UInt32, store: any DedupeStore) throws -> ArticleFingerprint? {
        try fingerprints(ordinals: [ordinal], store: store).first
    }
}
