/// One sorted run of postings of a ``PostingIndex``, in chunks of at most ``chunkSize`` postings (each but the last
/// full), with the last posting of each chunk kept apart for the binary search.
///
/// Chunks let a merge free its inputs as it reads them (``merging(_:_:maximumPerKey:)``): merging into a run of
/// tens of millions of postings then needs a few chunks more than the postings, not two or three copies of the run.
struct PostingRun: Sendable {
    /// Postings per chunk: 256 KB.
    static let chunkSize = 32_768
    private var chunks: [[UInt64]] = []
    /// The last posting of each chunk.
    private var lasts: [UInt64] = []
    /// Number of postings held.
    private(set) var count = 0

    init() {}

    /// A run of these postings, already sorted (at most ``chunkSize`` of them).
    init(sorted postings: [UInt64]) {
        precondition(postings.count <= Self.chunkSize)
        self.init(chunks: postings.isEmpty ? [] : [postings], count: postings.count)
    }

    fileprivate init(chunks: [[UInt64]], count: Int) {
        self.chunks = chunks
        self.lasts = chunks.map { $0[$0.count - 1] }
        self.count = count
    }

    /// Bytes of memory the run takes (capacity, not only count).
    var memoryBytes: Int { (chunks.reduce(0) { $0 + $1.capacity } + lasts.capacity) * 8 }

    /// Appends the ordinals of the last `limit` postings within `low...high` (the range of one key), newest first.
    func collect(from low: UInt64, through high: UInt64, limit: Int, into found: inout [UInt32]) {
        guard count > 0, limit > 0 else { return }
        // The first chunk whose last posting is above `high`: every chunk before it is entirely at or below `high`.
        var chunk = Self.upperBound(lasts, high)
        var index: Int
        if chunk == chunks.count {
            chunk -= 1
            index = chunks[chunk].count - 1
        } else {
            index = Self.upperBound(chunks[chunk], high) - 1
        }
        var taken = 0
        while taken < limit {
            if index < 0 {
                guard chunk > 0 else { return }
                chunk -= 1
                index = chunks[chunk].count - 1
            }
            let posting = chunks[chunk][index]
            guard posting >= low else { return }
            found.append(UInt32(truncatingIfNeeded: posting))
            index -= 1
            taken += 1
        }
    }

    /// The sorted union of `left` and `right` (left first on ties), keeping the newest `maximumPerKey` postings of
    /// each key. Each chunk of the inputs is freed once read, unless another copy of the run still holds it.
    static func merging(_ left: consuming PostingRun, _ right: consuming PostingRun, maximumPerKey: Int) -> PostingRun {
        var output = Writer(expected: left.count + right.count, maximumPerKey: maximumPerKey)
        var lefts = Reader(left.chunks)
        var rights = Reader(right.chunks)
        left = PostingRun()
        right = PostingRun()
        while true {
            if let l = lefts.current {
                if let r = rights.current, r < l {
                    output.add(r)
                    rights.advance()
                } else {
                    output.add(l)
                    lefts.advance()
                }
            } else if let r = rights.current {
                output.add(r)
                rights.advance()
            } else {
                break
            }
        }
        return output.finish()
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

    /// Reads a run's chunks in order, releasing each one once read.
    private struct Reader {
        private var chunks: [[UInt64]]
        private var chunk = 0
        private var index = 0
        /// The posting under the cursor; nil at the end.
        private(set) var current: UInt64?

        init(_ chunks: [[UInt64]]) {
            self.chunks = chunks
            current = chunks.first?.first
        }

        mutating func advance() {
            index += 1
            if index == chunks[chunk].count {
                chunks[chunk] = []
                chunk += 1
                index = 0
                guard chunk < chunks.count else {
                    current = nil
                    return
                }
            }
            current = chunks[chunk][index]
        }
    }

    /// Collects a merge's output in chunks, keeping the newest `maximumPerKey` postings of each key: the postings
    /// of the key being read wait in `group` until the next key starts.
    private struct Writer {
        private var chunks: [[UInt64]] = []
        private var current: [UInt64] = []
        private var count = 0
        /// At least the number of postings still to come.
        private var expected: Int
        private let maximumPerKey: Int
        private var group: [UInt64] = []
        private var key = UInt64.max

        init(expected: Int, maximumPerKey: Int) {
            self.expected = expected
            self.maximumPerKey = maximumPerKey
        }

        mutating func add(_ posting: UInt64) {
            if posting >> 32 != key {
                flushGroup()
                key = posting >> 32
            }
            group.append(posting)
            if group.count >= 2 * maximumPerKey { group.removeFirst(group.count - maximumPerKey) }
            expected -= 1
        }

        mutating func finish() -> PostingRun {
            flushGroup()
            if !current.isEmpty {
                // An exact copy when the cap left spare capacity: the index is the dedupe memory's largest part.
                if current.capacity - current.count > 64 {
                    let kept = current
                    current = [UInt64](unsafeUninitializedCapacity: kept.count) { buffer, initialized in
                        _ = buffer.initialize(from: kept)
                        initialized = kept.count
                    }
                }
                chunks.append(current)
            }
            return PostingRun(chunks: chunks, count: count)
        }

        private mutating func flushGroup() {
            for posting in group.suffix(maximumPerKey) {
                if current.count == PostingRun.chunkSize {
                    chunks.append(current)
                    current = []
                }
                if current.isEmpty, current.capacity == 0 {
                    // Postings still in the group and to come bound this chunk's size.
                    current.reserveCapacity(min(PostingRun.chunkSize, expected + group.count))
                }
                current.append(posting)
                count += 1
            }
            group.removeAll(keepingCapacity: true)
        }
    }
}
