/// One token of a paragraph: a word, a number, a punctuation mark, a quote mark or a possessive ending.
///
/// Offsets count Unicode scalars of the paragraph, so exact source text can be cut back out.
struct TextToken: Sendable, Equatable {
    enum Kind: UInt8, Sendable {
        case word
        case number
        case punctuation
        case quoteMark
        /// The `'s` or `’s` ending of a possessive, split off its word.
        case possessive
    }

    var kind: Kind
    /// Scalar offset of the first scalar.
    var start: Int
    /// Scalar offset just past the last scalar.
    var end: Int
    /// The text as written.
    var text: String
    /// The text in lower case.
    var lower: String
    /// First scalar is an upper-case letter.
    var isCapitalized: Bool
    /// Every letter is upper case and there are at least two (`TASS`, `FBI`).
    var isAllCaps: Bool
    /// A word with its period attached (`Mr.`, `U.S.`, `J.`).
    var isAbbreviation: Bool
    /// White space (or the paragraph start) stands right before the token.
    var spaceBefore: Bool
    /// White space (or the paragraph end) stands right after the token.
    var spaceAfter: Bool
    /// Word classes of the token, computed once by the tokenizer (see ``WordClass``).
    var flags: WordFlags = []
    /// The first scalar of `text` (tokens are never empty), kept so punctuation tests do not decode the text.
    var firstScalar: Unicode.Scalar = " "

    var isWord: Bool { kind == .word }

    /// `CueLexicon.forms[lower] != nil`: the tokenizer's flag for words, the lookup for other tokens.
    var isCueForm: Bool { kind == .word ? flags.contains(.cueForm) : CueLexicon.forms[lower] != nil }

    /// `OpenerLexicon.notNames.contains(lower)`: the tokenizer's flag for words, the lookup for other tokens.
    var isNotName: Bool { kind == .word ? flags.contains(.notName) : OpenerLexicon.notNames.contains(lower) }

    /// An auxiliary, common finite verb or irregular past: the tokenizer's flag for words, the lookups for others.
    var isFiniteVerbWord: Bool {
        guard kind != .word else { return flags.contains(.finiteVerb) }
        return CueFinder.auxiliaries.contains(lower) || CueFinder.finiteVerbs.contains(lower)
            || CueFinder.irregularPast.contains(lower)
    }

    /// Two single marks written for one double mark (`''`).
    var isDoubledSingle: Bool { kind == .quoteMark && text.unicodeScalars.count == 2 }

    /// The single scalar of a punctuation or quote-mark token.
    var mark: Unicode.Scalar { firstScalar }

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punctuation && firstScalar == scalar
    }

    /// A comma token.
    var isComma: Bool { isPunctuation(",") }

    /// A dash used as punctuation: `-` standing alone, en dash, em dash or horizontal bar.
    var isDash: Bool {
        guard kind == .punctuation else { return false }
        let first = firstScalar
        return first == "\u{2014}" || first == "\u{2013}" || first == "\u{2015}" || first == "-"
    }

    /// `.`, `!`, `?` or `…`, or an abbreviation whose period may close a sentence.
    var isSentenceFinal: Bool {
        guard kind == .punctuation else { return false }
        let first = firstScalar
        return first == "." || first == "!" || first == "?" || first == "\u{2026}"
    }
}

/// Word classes of a token, looked up once in the lexicons so that the grammar tests bits, not sets.
struct WordFlags: OptionSet, Sendable, Equatable {
    let rawValue: UInt16
    static let pronoun = WordFlags(rawValue: 1)
    static let honorific = WordFlags(rawValue: 2)
    static let title = WordFlags(rawValue: 4)
    static let nameWord = WordFlags(rawValue: 8)
    static let adverb = WordFlags(rawValue: 16)
    /// A form of a cue verb (``CueLexicon/forms`` or ``CueLexicon/phrasalForms``).
    static let cueVerb = WordFlags(rawValue: 32)
    /// In ``WordClass/nameSuffixes`` (`Jr.`, `III`).
    static let nameSuffix = WordFlags(rawValue: 64)
    /// A key of ``CueLexicon/forms``.
    static let cueForm = WordFlags(rawValue: 128)
    /// An auxiliary, common finite verb or irregular past (see ``WordLexicon/Classes/finiteVerb``).
    static let finiteVerb = WordFlags(rawValue: 256)
    /// In ``OpenerLexicon/notNames``.
    static let notName = WordFlags(rawValue: 512)
}

extension String {
    /// Byte-wise suffix test (the words compared here are plain; this avoids grapheme work in hot loops).
    func endsWith(_ suffix: String) -> Bool {
        let bytes = utf8
        let tail = suffix.utf8
        guard bytes.count >= tail.count else { return false }
        return bytes.suffix(tail.count).elementsEqual(tail)
    }
}

extension String.UTF8View {
    /// Whether the UTF-8 bytes of `needle` occur here (a cheap prefilter for `Character`-level searches).
    func containsBytes(_ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { pattern in
            guard let first = pattern.first, count >= pattern.count else { return false }
            var index = startIndex
            while index != endIndex {
                if self[index] == first, self[index...].starts(with: pattern) { return true }
                formIndex(after: &index)
            }
            return false
        }
    }
}

extension String {
    /// `split(separator: " ")` as strings. ASCII text is split on its bytes: without combining scalars every space
    /// is a `Character` of its own, so the words are the same.
    func spaceSeparatedWords() -> [String] {
        let words: [String]?? = utf8.withContiguousStorageIfAvailable { bytes in
            var words: [String] = []
            var start = 0
            for (offset, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if byte == 0x20 {
                    if offset > start { words.append(String(decoding: bytes[start..<offset], as: UTF8.self)) }
                    start = offset + 1
                }
            }
            if bytes.count > start { words.append(String(decoding: bytes[start...], as: UTF8.self)) }
            return words
        }
        if let words, let ascii = words { return ascii }
        return split(separator: " ").map(String.init)
    }

    /// `split(separator: " ").count`, counted on the bytes of ASCII text (see ``spaceSeparatedWords()``).
    var spaceSeparatedWordCount: Int {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ").count }
        var count = 0
        var inWord = false
        for byte in utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
