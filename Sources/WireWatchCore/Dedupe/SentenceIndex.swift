/// The sentences of one article indexed by term (an open-addressing table of term → the sentences holding it), so
/// that the weighted overlaps of all its sentences with all the sentences of another article come from one pass
/// over the other article's terms instead of a merge per pair of sentences.
///
/// The overlaps are exactly those of a merge of each pair: a pair's shared weight is summed over its common terms
/// in increasing term order, as the merge does.
struct SentenceIndex: Sendable {
    let sentences: SentenceAligner.Weighted
    /// Slot → term, and the range of `postings` holding its sentences (`ends[slot] == 0` for an empty slot).
    private var keys: [UInt32]
    private var starts: [Int32]
    private var ends: [Int32]
    /// Sentence numbers, grouped by term, in increasing order within a term.
    private var postings: [Int32]
    private let mask: Int

    init(_ sentences: SentenceAligner.Weighted) {
        self.sentences = sentences
        var capacity = 16
        while capacity < 2 * sentences.terms.count { capacity *= 2 }
        mask = capacity - 1
        keys = [UInt32](repeating: 0, count: capacity)
        starts = [Int32](repeating: 0, count: capacity)
        ends = [Int32](repeating: 0, count: capacity)
        var counts = [Int32](repeating: 0, count: capacity)
        var slots: [Int] = []
        slots.reserveCapacity(sentences.terms.count)
        for term in sentences.terms {
            var slot = Self.home(term, mask)
            while counts[slot] > 0, keys[slot] != term { slot = (slot + 1) & mask }
            keys[slot] = term
            counts[slot] += 1
            slots.append(slot)
        }
        var next: Int32 = 0
        for slot in 0..<capacity where counts[slot] > 0 {
            starts[slot] = next
            ends[slot] = next
            next += counts[slot]
        }
        postings = [Int32](repeating: 0, count: sentences.terms.count)
        var position = 0
        for sentence in 0..<sentences.count {
            while position < sentences.starts[sentence + 1] {
                let slot = slots[position]
                postings[Int(ends[slot])] = Int32(sentence)
                ends[slot] += 1
                position += 1
            }
        }
    }

    private static func home(_ term: UInt32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(term) &* 0x9e37_79b9_7f4a_7c15) >> 40) & mask
    }

    /// The weighted Dice overlap of every sentence `i` of the indexed article with every sentence `j` of `other`,
    /// at `i * other.count + j`.
    func similarities(with other: SentenceAligner.Weighted) -> [Double] {
        let columns = other.count
        var shared = [Double](repeating: 0, count: sentences.count * columns)
        for j in 0..<columns {
            for position in other.starts[j]..<other.starts[j + 1] {
                let term = other.terms[position]
                var slot = Self.home(term, mask)
                while ends[slot] > 0, keys[slot] != term { slot = (slot + 1) & mask }
                guard ends[slot] > 0 else { continue }
                // The term weighs the same in both articles (one weight function).
                let weight = other.weights[position]
                for posting in starts[slot]..<ends[slot] {
                    shared[Int(postings[Int(posting)]) * columns + j] += weight
                }
            }
        }
        for i in 0..<sentences.count {
            for j in 0..<columns {
                let total = sentences.masses[i] + other.masses[j]
                shared[i * columns + j] = total > 0 ? 2 * shared[i * columns + j] / total : 0
            }
        }
        return shared
    }
}
