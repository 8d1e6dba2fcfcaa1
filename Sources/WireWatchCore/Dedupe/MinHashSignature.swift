/// A MinHash signature of an article's word 4-shingles, with LSH band keys for near-duplicate candidates.
///
/// 64 values estimate the shingle Jaccard similarity within about ±0.06; 8 bands of 4 rows (from the first 32
/// values) make a pair with similarity 0.7 a candidate with probability 0.9, and one of 0.3 with about 0.06.
struct MinHashSignature: Sendable, Equatable {
    static let length = 64
    static let bands = 8
    static let rows = 4
    static let shingleSize = 4

    var values: [UInt32]
    /// Number of distinct shingles hashed.
    var shingleCount: Int

    /// The signature of the word sequence `words` (hashes of the words, in order).
    init(wordHashes words: [UInt64]) {
        var minimums = [UInt32](repeating: .max, count: Self.length)
        var seen = Set<UInt64>()
        let size = Self.shingleSize
        let count = max(0, words.count - size + 1)
        if words.count < size, !words.isEmpty {
            seen.insert(Self.shingle(words[...]))
        }
        for start in 0..<count {
            seen.insert(Self.shingle(words[start..<(start + size)]))
        }
        for shingle in seen {
            for index in 0..<Self.length {
                let value = UInt32(truncatingIfNeeded: DedupeText.mix(shingle &+ Self.seeds[index]) >> 32)
                if value < minimums[index] { minimums[index] = value }
            }
        }
        values = minimums
        shingleCount = seen.count
    }

    init(values: [UInt32], shingleCount: Int) {
        self.values = values
        self.shingleCount = shingleCount
    }

    private static let seeds: [UInt64] = (0..<length).map { DedupeText.mix(UInt64($0) &* 0x9e37_79b9_7f4a_7c15) }

    private static func shingle(_ words: ArraySlice<UInt64>) -> UInt64 {
        var value: UInt64 = 0x51_7cc1_b727_220a
        for word in words { value = DedupeText.mix(value ^ word) }
        return value
    }

    /// The estimated Jaccard similarity of the two shingle sets.
    func jaccard(_ other: MinHashSignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty, shingleCount > 0, other.shingleCount > 0 else {
            return 0
        }
        var equal = 0
        for index in values.indices where values[index] == other.values[index] { equal += 1 }
        return Double(equal) / Double(values.count)
    }

    /// The estimated share of the smaller shingle set found in the larger one.
    func containment(_ other: MinHashSignature) -> Double {
        let similarity = jaccard(other)
        let smaller = Double(min(shingleCount, other.shingleCount))
        guard smaller > 0 else { return 0 }
        let intersection = similarity * Double(shingleCount + other.shingleCount) / (1 + similarity)
        return min(1, intersection / smaller)
    }

    /// One index key per LSH band.
    var bandKeys: [UInt32] {
        guard shingleCount > 0 else { return [] }
        return (0..<Self.bands).map { band in
            var value = DedupeText.mix(UInt64(band) &+ 0xba_5eba11)
            for row in 0..<Self.rows { value = DedupeText.mix(value ^ UInt64(values[band * Self.rows + row])) }
            return UInt32(truncatingIfNeeded: value >> 32)
        }
    }
}
