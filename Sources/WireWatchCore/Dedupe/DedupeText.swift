/// Text primitives of the dedupe stage over UTF-8 bytes: folded words, light stemming, content-term ids, stable
/// hashes and sentences with their share of quoted words.
///
/// Everything here is deterministic across runs and machines (no seeded `Hasher`), because hashes are persisted,
/// and works on bytes (no grapheme breaking), because it runs over every word of every article.
enum DedupeText {
    /// A sentence of a paragraph (a byte range of its UTF-8) with the share of its words inside double quote marks.
    struct Sentence: Sendable, Equatable {
        var range: Range<Int>
        var quotedFraction: Double
    }

    /// Calls `body` with each word of `bytes[range]`, lowercased and without diacritics, in a reused buffer.
    static func forEachWord(_ bytes: [UInt8], in range: Range<Int>, _ body: (inout [UInt8]) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                    word.append(byte)
                } else if byte >= 65 && byte <= 90 {
                    word.append(byte + 32)
                } else if !word.isEmpty {
                    body(&word)
                    word.removeAll(keepingCapacity: true)
                }
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index, end: range.upperBound)
            index += length
            if let folded = UTF8Scalar.foldedLetter(scalar) {
                word.append(contentsOf: folded)
            } else if scalar.properties.generalCategory != .nonspacingMark, !word.isEmpty {
                body(&word)
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { body(&word) }
    }

    /// The folded words of `text`.
    static func words(_ text: some StringProtocol) -> [String] {
        let bytes = Array(text.utf8)
        var result: [String] = []
        forEachWord(bytes, in: 0..<bytes.count) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// Strips common English suffixes in place so that `congratulating`, `congratulated` and `congratulate` meet.
    static func stem(_ word: inout [UInt8]) {
        guard word.count > 4, word.allSatisfy({ $0 < 0x80 }) else { return }
        for suffix in suffixes where word.count - suffix.count >= 3 && word.suffix(suffix.count).elementsEqual(suffix) {
            word.removeLast(suffix.count)
            if suffix == ies || suffix == ied { word.append(UInt8(ascii: "i")) }
            break
        }
        let count = word.count
        if count > 3, word[count - 1] == word[count - 2], !"lsz".utf8.contains(word[count - 1]) { word.removeLast() }
        if word.count > 4, word.last == UInt8(ascii: "e") { word.removeLast() }
        if word.count > 3, word.last == UInt8(ascii: "y") { word[word.count - 1] = UInt8(ascii: "i") }
    }

    private static let ies = Array("ies".utf8)
    private static let ied = Array("ied".utf8)
    private static let suffixes: [[UInt8]] = [
        "ational", "ization", "ations", "ation", "ments", "ment", "ingly", "ings", "ing", "edly", "ies", "ied", "ness",
        "ed", "es", "ly", "s",
    ].map { Array($0.utf8) }

    /// The stem of one word (for lexicons and tests).
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The content-term ids of `bytes[range]`: stop words dropped, words stemmed, synonyms mapped to one id.
    static func termIDs(_ bytes: [UInt8], in range: Range<Int>) -> [UInt32] {
        var ids: [UInt32] = []
        forEachWord(bytes, in: range) { word in
            guard word.count > 1, !DedupeLexicon.isStopword(hash32(word)) else { return }
            stem(&word)
            let id = hash32(word)
            ids.append(DedupeLexicon.synonym(of: id) ?? id)
        }
        return ids
    }

    /// The content-term ids of `text`.
    static func contentTerms(_ text: some StringProtocol) -> [UInt32] {
        let bytes = Array(text.utf8)
        return termIDs(bytes, in: 0..<bytes.count)
    }

    /// A stable 64-bit hash (FNV-1a, then a SplitMix64 finaliser) of `bytes`.
    static func hash64(_ bytes: some Sequence<UInt8>, seed: UInt64 = 0) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        return mix(value)
    }

    static func hash64(_ text: some StringProtocol, seed: UInt64 = 0) -> UInt64 {
        hash64(text.utf8, seed: seed)
    }

    /// A stable 32-bit hash of `bytes`.
    static func hash32(_ bytes: some Sequence<UInt8>, seed: UInt64 = 0) -> UInt32 {
        UInt32(truncatingIfNeeded: hash64(bytes, seed: seed) >> 16)
    }

    static func hash32(_ text: some StringProtocol, seed: UInt64 = 0) -> UInt32 {
        hash32(text.utf8, seed: seed)
    }

    /// The SplitMix64 finaliser: spreads the bits of `value`.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
