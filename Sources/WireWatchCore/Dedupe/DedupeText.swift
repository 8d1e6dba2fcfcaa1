import Foundation

/// Text primitives of the dedupe stage: folded word tokens, light stemming, stable hashes and sentences.
///
/// Everything here is deterministic across runs and machines (no seeded `Hasher`), because hashes are persisted.
enum DedupeText {
    /// A sentence of a paragraph with the share of its words that stand inside double quote marks.
    struct Sentence: Sendable, Equatable {
        var text: Substring
        var quotedFraction: Double
    }

    /// The lowercased, diacritic-free alphanumeric words of `text` (apostrophes and dashes split words).
    static func words(_ text: some StringProtocol) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                result.append(String(current))
                current.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (value >= 97 && value <= 122) || (value >= 48 && value <= 57) {
                    current.append(scalar)
                } else if value >= 65 && value <= 90 {
                    current.append(Unicode.Scalar(value + 32)!)
                } else {
                    flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for folded in folded(scalar) { current.append(folded) }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// A non-ASCII letter lowercased and without its diacritics (`é` → `e`, `Ł` → `l`).
    private static func folded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
        let kept = decomposed.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
        if scalar == "ł" || scalar == "Ł" { return ["l"] }
        if scalar == "ß" { return ["s", "s"] }
        return Array(kept)
    }

    /// A light suffix-stripping stem so that `congratulating`, `congratulated` and `congratulate` meet.
    static func stem(_ word: String) -> String {
        guard word.count > 4, word.unicodeScalars.allSatisfy({ $0.isASCII }) else { return word }
        var bytes = Array(word.utf8)
        let suffixes: [[UInt8]] = [
            "ational", "ization", "ations", "ation", "ments", "ment", "ingly", "ings", "ing", "edly", "ies", "ied",
            "ness", "ed", "es", "ly", "s",
        ].map { Array($0.utf8) }
        for suffix in suffixes where bytes.count - suffix.count >= 3 && bytes.suffix(suffix.count).elementsEqual(suffix) {
            bytes.removeLast(suffix.count)
            if suffix == Array("ies".utf8) || suffix == Array("ied".utf8) { bytes.append(UInt8(ascii: "i")) }
            break
        }
        let count = bytes.count
        if count > 3, bytes[count - 1] == bytes[count - 2], !"lsz".utf8.contains(bytes[count - 1]) {
            bytes.removeLast()
        }
        if bytes.count > 4, bytes.last == UInt8(ascii: "e") { bytes.removeLast() }
        if bytes.count > 3, bytes.last == UInt8(ascii: "y") { bytes[bytes.count - 1] = UInt8(ascii: "i") }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The stemmed content words of `text`: stop words dropped, synonyms mapped to one representative.
    static func contentTerms(_ text: some StringProtocol) -> [String] {
        var terms: [String] = []
        for word in words(text) where word.count > 1 && !DedupeLexicon.stopwords.contains(word) {
            let stemmed = stem(word)
            terms.append(DedupeLexicon.synonym(of: stemmed) ?? stemmed)
        }
        return terms
    }

    /// A stable 64-bit hash (FNV-1a, then a SplitMix64 finaliser) of the UTF-8 bytes of `text`.
    static func hash64(_ text: some StringProtocol, seed: UInt64 = 0) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        return mix(value)
    }

    /// A stable 32-bit hash of `text`.
    static func hash32(_ text: some StringProtocol, seed: UInt64 = 0) -> UInt32 {
        UInt32(truncatingIfNeeded: hash64(text, seed: seed) >> 16)
    }

    /// The SplitMix64 finaliser: spreads the bits of `value`.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The sentences of `paragraph`, each with the share of its words inside double quote marks.
    static func sentences(_ paragraph: String) -> [Sentence] {
        var sentences: [Sentence] = []
        var inside = false
        var start = paragraph.startIndex
        var quotedWords = 0
        var allWords = 0
        var inWord = false
        var index = paragraph.startIndex
        func close(at end: String.Index) {
            let text = paragraph[start..<end]
            if allWords >= 3 {
                sentences.append(Sentence(text: text, quotedFraction: Double(quotedWords) / Double(allWords)))
            } else if let last = sentences.indices.last, !text.allSatisfy(\.isWhitespace) {
                sentences[last].text = paragraph[sentences[last].text.startIndex..<end]
            }
            quotedWords = 0
            allWords = 0
        }
        while index < paragraph.endIndex {
            let character = paragraph[index]
            switch character {
            case "“": inside = true
            case "”": inside = false
            case "\"": inside.toggle()
            default: break
            }
            let isWordCharacter = character.isLetter || character.isNumber
            if isWordCharacter && !inWord {
                allWords += 1
                if inside { quotedWords += 1 }
            }
            inWord = isWordCharacter
            let next = paragraph.index(after: index)
            if ".!?…;".contains(character), isSentenceBoundary(paragraph, after: next) {
                var end = next
                while end < paragraph.endIndex, "”\"’)".contains(paragraph[end]) {
                    if paragraph[end] == "”" { inside = false }
                    end = paragraph.index(after: end)
                }
                close(at: end)
                start = end
                index = end
                continue
            }
            index = next
        }
        close(at: paragraph.endIndex)
        return sentences
    }

    private static func isSentenceBoundary(_ text: String, after index: String.Index) -> Bool {
        var cursor = index
        while cursor < text.endIndex, "”\"’)".contains(text[cursor]) { cursor = text.index(after: cursor) }
        guard cursor < text.endIndex else { return true }
        guard text[cursor].isWhitespace else { return false }
        while cursor < text.endIndex, text[cursor].isWhitespace { cursor = text.index(after: cursor) }
        guard cursor < text.endIndex else { return true }
        let next = text[cursor]
        return next.isUppercase || next.isNumber || "“\"‘(".contains(next)
    }
}
