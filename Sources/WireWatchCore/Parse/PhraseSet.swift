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
    /// Bit ``quadHash(_:at:)`` is set for the first four bytes of each phrase of four bytes or more.
    private let quads: [UInt64]
    /// Bit `a << 8 | b` is set when a shorter phrase starts with `a`, `b` (every `b` for a one-byte phrase).
    private let shortPairs: [UInt64]
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
        var quads = [UInt64](repeating: 0, count: (1 << 16) / 64), shortPairs = quads
        for phrase in encoded {
            if phrase.count >= 4 {
                let hash = phrase.withUnsafeBufferPointer { Self.quadHash($0, at: 0) }
                quads[hash >> 6] |= 1 << UInt64(hash & 63)
                continue
            }
            for second in phrase.count > 1 ? phrase[1]...phrase[1] : 0...255 {
                let pair = Int(phrase[0]) << 8 | Int(second)
                shortPairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.quads = quads
        self.shortPairs = shortPairs
        hasShortPhrases = encoded.contains { $0.count < 4 }
    }

    /// A 16-bit hash of the four bytes at `offset`.
    private static func quadHash(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        let word = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
        return Int((word &* 0x9E37_79B1) >> 16)
    }

    /// False when no phrase can start at `position` of `haystack` (the bit tables); true when one may.
    private func mayStart(at position: Int, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        let remaining = haystack.count - position
        if remaining >= 4 {
            let hash = Self.quadHash(haystack, at: position)
            if quads[hash >> 6] & (1 << UInt64(hash & 63)) != 0 { return true }
        }
        guard hasShortPhrases else { return false }
        let pair = Int(haystack[position]) << 8 | (remaining >= 2 ? Int(haystack[position + 1]) : 0)
        return shortPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
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
            var found = Set<Int>()
            let end = onlyAtStart ? min(1, haystack.count) : haystack.count
            for position in 0..<end where mayStart(at: position, in: haystack) {
                let first = Int(haystack[position])
                for slot in firsts[first]..<firsts[first + 1] {
                    let phrase = members[slot]
                    let start = starts[phrase], length = starts[phrase + 1] - start
                    guard position + length <= haystack.count, found.isEmpty || !found.contains(phrase) else {
                        continue
                    }
                    var matched = 1
                    while matched < length, haystack[position + matched] == bytes[start + matched] { matched += 1 }
                    guard matched == length else { continue }
                    if stopAtFirst { return 1 }
                    found.insert(phrase)
                }
            }
            return found.count
        }
    }
}
