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
struct PostingIndex: Sendable {
    private var buffer: [UInt64] = []
    private var runs: [[UInt64]] = []
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
    var memoryBytes: Int { (buffer.capacity + runs.reduce(0) { $0 + $1.capacity }) * 8 }

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
        for run in runs {
            var index = Self.upperBound(run, high) - 1
            var taken = 0
            while index >= 0, run[index] >= low, taken < limit {
                found.append(UInt32(truncatingIfNeeded: run[index]))
                index -= 1
                taken += 1
            }
        }
        found.sort(by: >)
        return Array(found.prefix(limit))
    }

    private mutating func flush() {
        var carry = buffer.sorted()
        buffer.removeAll(keepingCapacity: true)
        var level = 0
        while true {
            if level == runs.count { runs.append([]) }
            let capacity = Self.bufferCapacity * Self.power(level + 1)
            if runs[level].count + carry.count <= capacity {
                runs[level] = capped(Self.merge(runs[level], carry))
                return
            }
            carry = capped(Self.merge(runs[level], carry))
            runs[level] = []
            level += 1
        }
    }

    /// `run` without the postings of a key beyond its newest `maximumPerKey` (the run stays sorted); `run` itself,
    /// uncopied, when no key has more.
    private func capped(_ run: [UInt64]) -> [UInt64] {
        var kept: [UInt64]?
        var index = 0
        while index < run.count {
            let key = run[index] >> 32
            var end = index + 1
            while end < run.count, run[end] >> 32 == key { end += 1 }
            if kept == nil, end - index > maximumPerKey { kept = Array(run[..<index]) }
            kept?.append(contentsOf: run[max(index, end - maximumPerKey)..<end])
            index = end
        }
        guard let kept else { return run }
        // An exact copy: the appends left spare capacity, and the index is the dedupe memory's largest part.
        return [UInt64](unsafeUninitializedCapacity: kept.count) { buffer, count in
            _ = buffer.initialize(from: kept)
            count = kept.count
        }
    }

    private static func power(_ exponent: Int) -> Int {
        var value = 1
        for _ in 0..<exponent { value *= growth }
        return value
    }

    private static func merge(_ left: [UInt64], _ right: [UInt64]) -> [UInt64] {
        if left.isEmpty { return right }
        if right.isEmpty { return left }
        var merged: [UInt64] = []
        merged.reserveCapacity(left.count + right.count)
        var i = 0
        var j = 0
        while i < left.count && j < right.count {
            if left[i] <= right[j] {
                merged.append(left[i])
                i += 1
            } else {
                merged.append(right[j])
                j += 1
            }
        }
        merged.append(contentsOf: left[i...])
        merged.append(contentsOf: right[j...])
        return merged
    }

    /// Index of the first element greater than `value` in the sorted `run`.
    private static func upperBound(_ run: [UInt64], _ value: UInt64) -> Int {
        var low = 0
        var high = run.count
        while low < high {
            let middle = (low + high) / 2
            if run[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
