/// A fixed set of phrases searched for together in one pass over a text's UTF-8 bytes.
///
/// Two bit tables rule out almost every position of ordinary text before any phrase is compared: one of the first
/// four bytes (hashed) of the phrases of four bytes or more, one of the first two bytes of the shorter phrases. At a
/// position that passes, the phrases starting with its byte are compared byte by byte.
struct PhraseSet: Sendable {
    /// The phrases' bytes, one after the other; phrase `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Phrase indexes grouped by first byte: those starting with byte `b` are `members[firsts[b]..<firsts[b + 1]]`.
    private let firsts: [Int]
    private let members: [Int]
    /// Two bit tables of 4,096 bits (small enough to stay in the first-level cache), one after the other: bit
    /// ``hash(_:)`` of the first four bytes of each phrase of four bytes or more is set in the first; bit
    /// ``hash(_:)`` of `a << 8 | b` in the second when a shorter phrase starts with `a`, `b` (every `b` for a
    /// one-byte phrase).
    private let filters: [UInt64]
    private let hasShortPhrases: Bool

    init(_ phrases: [String]) {
        let encoded = phrases.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var bytes: [UInt8] = [], starts = [0]
        for phrase in encoded {
            bytes += phrase
            starts.append(bytes.count)
        }
        var firsts = [0], members: [Int] = []
        for byte in 0...255 {
            members += encoded.indices.filter { encoded[$0][0] == UInt8(byte) }
            firsts.append(members.count)
        }
        self.bytes = bytes
        self.starts = starts
        self.firsts = firsts
        self.members = members
        var filters = [UInt64](repeating: 0, count: 2 * Self.tableWords)
        for phrase in encoded {
            if phrase.count >= 4 {
                let hash = phrase.withUnsafeBufferPointer { Self.quadHash($0.baseAddress!, at: 0) }
                filters[hash >> 6] |= 1 << UInt64(hash & 63)
                continue
            }
            for second in phrase.count > 1 ? phrase[1]...phrase[1] : 0...255 {
                let pair = Self.hash(UInt32(phrase[0]) << 8 | UInt32(second))
                filters[Self.tableWords + pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.filters = filters
        hasShortPhrases = encoded.contains { $0.count < 4 }
    }

    /// 64-bit words in each bit table.
    private static let tableWords = (1 << 12) / 64

    /// A 12-bit hash of `word`.
    @inline(__always)
    private static func hash(_ word: UInt32) -> Int {
        Int((word &* 0x9E37_79B1) >> 20)
    }

    /// The ``hash(_:)`` of the four bytes at `offset`.
    @inline(__always)
    private static func quadHash(_ bytes: UnsafePointer<UInt8>, at offset: Int) -> Int {
        hash(UnsafeRawPointer(bytes + offset).loadUnaligned(as: UInt32.self))
    }

    /// False when no phrase can start at `position` of the `count` bytes at `haystack` (by the bit tables
    /// `filters`); true when one may.
    @inline(__always)
    private func mayStart(
        at position: Int, in haystack: UnsafePointer<UInt8>, count: Int, filters: UnsafePointer<UInt64>
    ) -> Bool {
        let remaining = count - position
        if remaining >= 4 {
            let hash = Self.quadHash(haystack, at: position)
            if filters[hash >> 6] & (1 << UInt64(hash & 63)) != 0 { return true }
        }
        guard hasShortPhrases else { return false }
        let pair = Self.hash(UInt32(haystack[position]) << 8 | (remaining >= 2 ? UInt32(haystack[position + 1]) : 0))
        return filters[Self.tableWords + pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }

    /// True when any phrase occurs in `text`.
    func occurs(in text: String) -> Bool {
        scan(text, onlyAtStart: false, stopAtFirst: true) > 0
    }

    /// True when `text` starts with one of the phrases.
    func isPrefix(of text: String) -> Bool {
        scan(text, onlyAtStart: true, stopAtFirst: true) > 0
    }

    /// How many different phrases occur in `text`.
    func distinctCount(in text: String) -> Int {
        scan(text, onlyAtStart: false, stopAtFirst: false)
    }

    private func scan(_ text: String, onlyAtStart: Bool, stopAtFirst: Bool) -> Int {
        var text = text
        return text.withUTF8 { haystack in
            guard let base = haystack.baseAddress else { return 0 }
            let count = haystack.count, end = onlyAtStart ? min(1, count) : count
            var found = Set<Int>()
            var position = 0
            while position < end {
                let candidate = filters.withUnsafeBufferPointer {
                    mayStart(at: position, in: base, count: count, filters: $0.baseAddress!)
                }
                if candidate {
                    let first = Int(base[position])
                    for slot in firsts[first]..<firsts[first + 1] {
                        let phrase = members[slot]
                        let start = starts[phrase], length = starts[phrase + 1] - start
                        guard position + length <= count, found.isEmpty || !found.contains(phrase) else { continue }
                        var matched = 1
                        while matched < length, base[position + matched] == bytes[start + matched] { matched += 1 }
                        guard matched == length else { continue }
                        if stopAtFirst { return 1 }
                        found.insert(phrase)
                    }
                }
                position += 1
            }
            return found.count
        }
    }
}
