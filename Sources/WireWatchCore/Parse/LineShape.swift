/// The shape of one line of text: its words, capitalisation and punctuation, measured once and read by the
/// headline detector and the boilerplate rules.
struct LineShape: Sendable {
    let text: String
    /// Space-separated words (lines are normalised: single spaces, trimmed).
    let wordCount: Int
    /// Letters in upper and lower case.
    let upperCount: Int
    let lowerCount: Int
    /// Letters of scripts without case (CJK, Arabic, Hebrew...).
    let uncasedCount: Int
    /// The last character that is not a closing quote or bracket.
    let lastMark: Character?
    let first: Character?

    /// Measures `text` in one pass over its UTF-8 bytes: ASCII bytes are counted as they are, other scalars are
    /// decoded and their Unicode properties read.
    init(_ text: String) {
        self.text = text
        var upper = 0, lower = 0, uncased = 0, words = 0, inWord = false
        var copy = text
        copy.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 {
                    inWord = false
                    index += 1
                    continue
                }
                if !inWord {
                    words += 1
                    inWord = true
                }
                if byte < 0x80 {
                    if byte &- 0x41 < 26 { upper += 1 } else if byte &- 0x61 < 26 { lower += 1 }
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset]) & 0x3F }
                index += length
                guard let scalar = Unicode.Scalar(value) else { continue }
                let properties = scalar.properties
                guard properties.isAlphabetic else { continue }
                if properties.isUppercase { upper += 1 } else if properties.isLowercase { lower += 1 } else { uncased += 1 }
            }
        }
        wordCount = words
        upperCount = upper
        lowerCount = lower
        uncasedCount = uncased
        lastMark = Self.lastMark(of: text)
        first = text.first
    }

    /// The last character of `text` that is not a closing quote or bracket. When the last two bytes are ASCII
    /// (and the last is not a closer or a line feed) the last character is the last byte: no grapheme cluster
    /// joins an ASCII scalar to an ASCII one before it except CR LF, nor an ASCII scalar to the scalar before it
    /// unless that scalar is a prepended mark (never ASCII).
    private static func lastMark(of text: String) -> Character? {
        let utf8 = text.utf8
        if let last = utf8.last, last < 0x80, last != 0x0A, !asciiCloserBytes.contains(last),
           utf8.count == 1 || utf8[utf8.index(utf8.endIndex, offsetBy: -2)] < 0x80 {
            return Character(Unicode.Scalar(last))
        }
        return text.last { !closers.contains($0) }
    }

    /// The ASCII ``closers``.
    private static let asciiCloserBytes: [UInt8] = Array("\"')]*_".utf8)

    static let sentenceEnds: Set<Character> = [
        ".", "!", "?", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{FF0E}",
    ]
    static let closers: Set<Character> = ["\u{201D}", "\"", "\u{2019}", "'", ")", "]", "\u{00BB}", "*", "_"]
    static let openers: Set<Character> = ["\u{201C}", "\"", "\u{2018}", "'", "(", "[", "\u{00AB}", "\u{201E}"]
    /// Words written in lower case inside titles.
    static let minorWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "with", "by", "from", "as",
        "vs", "vs.", "up", "via", "per", "into", "over", "is", "de", "la", "le", "du", "van", "von", "der", "del",
    ]

    /// The words of the line (split on demand: most rules only need ``wordCount``).
    var words: [Substring] { text.split(separator: " ") }

    /// Words, or for scripts written without spaces (Chinese, Japanese) about one word per two letters.
    var effectiveWordCount: Int { max(wordCount, uncasedCount / 2) }

    /// Ends with `.`, `!`, `?` or `…`, possibly followed by closing quotes or brackets.
    var endsSentence: Bool {
        guard let lastMark else { return false }
        return Self.sentenceEnds.contains(lastMark)
    }

    /// Ends with any punctuation that closes a clause (sentence end, colon or semicolon).
    var endsClause: Bool { endsSentence || lastMark == ":" || lastMark == ";" }

    /// Has letters and no lower-case letter (nor letters of scripts without case).
    var isAllCaps: Bool { upperCount >= 2 && lowerCount == 0 && uncasedCount == 0 }

    var startsLowercase: Bool { text.first { $0.isLetter || $0.isNumber }?.isLowercase ?? false }

    /// Every word starts with a capital (or a digit) except short function words.
    var isTitleLike: Bool {
        guard wordCount > 0 else { return false }
        for (index, word) in words.enumerated() {
            guard let initial = word.first(where: { $0.isLetter || $0.isNumber }) else { continue }
            if initial.isUppercase || initial.isNumber { continue }
            if index > 0, Self.minorWords.contains(word.lowercased()) { continue }
            return false
        }
        return true
    }

    /// A short line that names something rather than says something: no more than `maxWords` words, title case,
    /// no sentence punctuation except, when `allowingPeriod`, one final full stop.
    func isLabel(maxWords: Int, allowingPeriod: Bool = false) -> Bool {
        guard wordCount >= 1, wordCount <= maxWords, upperCount > 0, uncasedCount == 0, isTitleLike || isAllCaps else {
            return false
        }
        if let lastMark, lastMark == "." { return allowingPeriod }
        if endsClause || lastMark == "," { return false }
        return !text.contains { $0 == "\u{201C}" || $0 == "\"" }
    }

    /// Counts sentences: ends of sentences followed by a space and a capital, plus the last one.
    var sentenceCount: Int {
        var count = 0
        let characters = Array(text)
        for index in characters.indices where characters[index] == "." || characters[index] == "!"
            || characters[index] == "?" {
            var next = index + 1
            while next < characters.count, Self.closers.contains(characters[next]) { next += 1 }
            guard next + 1 < characters.count, characters[next] == " " else { continue }
            let following = characters[next + 1]
            guard following.isUppercase || Self.openers.contains(following) else { continue }
            if characters[index] == ".", Self.endsWithAbbreviation(characters, before: index) { continue }
            count += 1
        }
        return count + 1
    }

    /// True when the word ending just before `index` is a short abbreviation (`Mr`, `U.S`, `Sept`, an initial).
    private static func endsWithAbbreviation(_ characters: [Character], before index: Int) -> Bool {
        var start = index
        while start > 0, characters[start - 1] != " " { start -= 1 }
        let word = String(characters[start..<index]).trimmingOpeners()
        if word.count <= 1 || word.contains(".") { return true }
        return abbreviations.contains(word.lowercased())
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr", "sr",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp", "co", "ltd",
        "rev", "hon", "pres", "mt", "ft", "sen", "atty", "supt", "cmdr", "adm", "maj", "brig", "insp",
    ]
}

extension StringProtocol {
    /// The text without leading quotes and brackets.
    func trimmingOpeners() -> String {
        String(drop { LineShape.openers.contains($0) })
    }

    /// The text in lower case with every run of characters other than letters and digits made one space; used to
    /// compare lines regardless of punctuation and case.
    var comparable: String {
        if let fast = utf8.withContiguousStorageIfAvailable(comparableForm(of:)) { return fast }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        func startWord() {
            if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
        }
        func append(_ scalar: Unicode.Scalar) {
            startWord()
            if let encoded = UTF8.encode(scalar) { bytes.append(contentsOf: encoded) }
        }
        for scalar in unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A {
                    startWord()
                    bytes.append(UInt8(value + 0x20))
                } else if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                    startWord()
                    bytes.append(UInt8(value))
                } else {
                    pendingSpace = true
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The ``StringProtocol/comparable`` form of valid UTF-8 `source`, read byte by byte: ASCII as it is, other scalars
/// decoded and their Unicode properties read.
private func comparableForm(of source: UnsafeBufferPointer<UInt8>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(source.count)
    var pendingSpace = false, index = 0
    while index < source.count {
        let byte = source[index]
        if byte < 0x80 {
            index += 1
            let isUpper = byte &- 0x41 < 26
            guard isUpper || byte &- 0x61 < 26 || byte &- 0x30 < 10 else {
                pendingSpace = true
                continue
            }
            if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(isUpper ? byte | 0x20 : byte)
            continue
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(source[index + offset]) & 0x3F }
        index += length
        guard let scalar = Unicode.Scalar(value),
              scalar.properties.isAlphabetic || scalar.properties.numericType != nil else {
            pendingSpace = true
            continue
        }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            if let encoded = UTF8.encode(lower) { bytes.append(contentsOf: encoded) }
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}
