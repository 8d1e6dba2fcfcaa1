/// A compact multimap from 32-bit keys to 32-bit article ordinals: 8 bytes a posting.
///
/// Postings are packed as `key << 32 | ordinal` in sorted runs of growing size (a log-structured merge): a small
/// unsorted buffer, then runs of at most 1,024 × 8ⁱ postings. Adding costs an amortised handful of copies per
/// posting; a look-up is a binary search per run. Ordinals grow with time, so the last postings of a key are its most
/// recent articles, and look-ups return only those: the cost of a look-up stays flat however long the memory gets.
///
/// A merged run keeps at most `maximumPerKey` postings of one key (its newest): a look-up never reads more of a run,
/// so a frequent key (a name in every article of a month) costs bounded memory and look-ups are unchanged for
/// limits up to it.
///
/// Runs are stored in chunks of at most ``PostingRun/chunkSize`` postings, and a merge (with the cap) is one
/// streaming pass that frees each chunk of its inputs as soon as it has been read: merging into the largest run
/// needs a couple of chunks beyond the postings themselves, not a second and third copy of the run.
struct PostingIndex: Sendable {
    private var buffer: [UInt64] = []
    private var runs: [PostingRun] = []
    private static let bufferCapacity = 1_024
    private static let growth = 8
    /// Most postings of one key kept per run.
    let maximumPerKey: Int

    init(maximumPerKey: Int = 64) {
        self.maximumPerKey = max(1, maximumPerKey)
    }

    /// Number of postings held.
    var count: Int { buffer.count + runs.reduce(0) { $0 + $1.count } }

    /// Bytes of memory the postings take (capacity, not only count).
    var memoryBytes: Int { buffer.capacity * 8 + runs.reduce(0) { $0 + $1.memoryBytes } }

    /// Adds one posting of `ordinal` under each of `keys`.
    mutating func add(ordinal: UInt32, keys: some Sequence<UInt32>) {
        if buffer.capacity < Self.bufferCapacity { buffer.reserveCapacity(Self.bufferCapacity) }
        for key in keys {
            buffer.append(UInt64(key) << 32 | UInt64(ordinal))
            if buffer.count >= Self.bufferCapacity { flush() }
        }
    }

    /// The most recent `limit` ordinals posted under `key`, newest first.
    func ordinals(for key: UInt32, limit: Int) -> [UInt32] {
        var found: [UInt32] = []
        let low = UInt64(key) << 32
        let high = low | 0xffff_ffff
        for posting in buffer where posting >= low && posting <= high {
            found.append(UInt32(truncatingIfNeeded: posting))
        }
        for run in runs { run.collect(from: low, through: high, limit: limit, into: &found) }
        found.sort(by: >)
        return Array(found.prefix(limit))
    }

    private mutating func flush() {
        var carry = PostingRun(sorted: buffer.sorted())
        buffer.removeAll(keepingCapacity: true)
        var level = 0
        while true {
            if level == runs.count { runs.append(PostingRun()) }
            let capacity = Self.bufferCapacity * Self.power(level + 1)
            // Taken out of the array so that the merge owns its chunks alone and can free them as it goes.
            var run = PostingRun()
            swap(&run, &runs[level])
            let fits = run.count + carry.count <= capacity
            carry = PostingRun.merging(consume run, consume carry, maximumPerKey: maximumPerKey)
            if fits {
                runs[level] = carry
                return
            }
            level += 1
        }
    }

    private static func power(_ exponent: Int) -> Int {
        var value = 1
        for _ in 0..<exponent { value *= growth }
        return value
    }
}
