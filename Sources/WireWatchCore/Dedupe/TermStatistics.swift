import Foundation

/// Document frequencies of terms in a compact count-min sketch (two rows of saturating 16-bit counters,
/// conservative update), so that rare words can be told from common ones in bounded memory.
///
/// The sketch grows with the number of documents (about 16 bytes a document) by unfolding: a row of width `w`
/// becomes a row of width `2w` whose cells `i` and `i + w` both start from the old cell `i`, which keeps every
/// estimate an upper bound. While few documents are known, words of ``DedupeLexicon/commonWordList`` count as seen in
/// a share of a prior of pseudo documents.
struct TermStatistics: Sendable {
    private(set) var documentCount: Int
    private var width: Int
    private var rows: [UInt16]
    private static let minimumWidth = 1 << 14
    private static let priorDocuments = 30.0
    private static let commonTerms: Set<UInt32> = DedupeLexicon.commonTermIDs

    init() {
        documentCount = 0
        width = Self.minimumWidth
        rows = [UInt16](repeating: 0, count: 2 * Self.minimumWidth)
    }

    /// Bytes of memory the sketch holds.
    var memoryBytes: Int { rows.count * 2 }

    /// Counts one more document holding the distinct term ids `terms` (``DedupeText/hash32(_:seed:)``).
    mutating func add(document terms: Set<UInt32>) {
        documentCount += 1
        if documentCount * 4 > width { grow() }
        let mask = width - 1
        for id in terms {
            let term = DedupeText.mix(UInt64(id))
            let first = Int(truncatingIfNeeded: term) & mask
            let second = width + (Int(truncatingIfNeeded: term >> 32) & mask)
            let current = min(rows[first], rows[second])
            guard current < UInt16.max else { continue }
            if rows[first] == current { rows[first] = current + 1 }
            if rows[second] == current { rows[second] = current + 1 }
        }
    }

    /// The estimated number of documents holding `term` (an over-estimate, never under).
    func documentFrequency(_ id: UInt32) -> Int {
        let term = DedupeText.mix(UInt64(id))
        let mask = width - 1
        let first = rows[Int(truncatingIfNeeded: term) & mask]
        let second = rows[width + (Int(truncatingIfNeeded: term >> 32) & mask)]
        return Int(min(first, second))
    }

    /// The inverse document frequency of `term`, smoothed with the prior of common words.
    func inverseFrequency(_ term: UInt32) -> Double {
        let prior = Self.commonTerms.contains(term) ? 0.4 * Self.priorDocuments : 0
        let documents = Double(documentCount) + Self.priorDocuments
        let frequency = Double(documentFrequency(term)) + prior + 0.5
        return max(0.05, log(documents / frequency))
    }

    private mutating func grow() {
        let old = width
        var grown = [UInt16](repeating: 0, count: 4 * old)
        for row in 0..<2 {
            for cell in 0..<old {
                let value = rows[row * old + cell]
                grown[row * 2 * old + cell] = value
                grown[row * 2 * old + cell + old] = value
            }
        }
        width = 2 * old
        rows = grown
    }

    /// A snapshot to persist: document count, width, then the counters, little-endian.
    func serialized() -> [UInt8] {
        var writer = ByteWriter()
        writer.write(UInt64(documentCount))
        writer.write(UInt64(width))
        var bytes = writer.bytes
        bytes.reserveCapacity(bytes.count + rows.count * 2)
        for value in rows {
            bytes.append(UInt8(truncatingIfNeeded: value))
            bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        }
        return bytes
    }

    /// Restores a snapshot made by ``serialized()``; nil when the bytes are not one.
    init?(serialized bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard let count = reader.readUInt64(), let width = reader.readUInt64(), width.nonzeroBitCount == 1,
            width >= UInt64(Self.minimumWidth), Int(width) * 4 == bytes.count - 16
        else { return nil }
        var rows = [UInt16](repeating: 0, count: Int(width) * 2)
        for index in rows.indices {
            rows[index] = UInt16(bytes[16 + 2 * index]) | UInt16(bytes[17 + 2 * index]) << 8
        }
        self.documentCount = Int(count)
        self.width = Int(width)
        self.rows = rows
    }
}
