extension DedupeText {
    private static let leftDouble: [UInt8] = [0xe2, 0x80, 0x9c]
    private static let rightDouble: [UInt8] = [0xe2, 0x80, 0x9d]
    private static let leftSingle: [UInt8] = [0xe2, 0x80, 0x98]
    private static let rightSingle: [UInt8] = [0xe2, 0x80, 0x99]
    private static let ellipsis: [UInt8] = [0xe2, 0x80, 0xa6]

    private static func starts(_ bytes: [UInt8], _ index: Int, with mark: [UInt8]) -> Bool {
        index + 3 <= bytes.count && bytes[index] == mark[0] && bytes[index + 1] == mark[1] && bytes[index + 2] == mark[2]
    }

    /// Length of a closing mark (`"`, `”`, `’`, `)`) at `index`, or 0.
    private static func closingMark(_ bytes: [UInt8], _ index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: ")") { return 1 }
        return starts(bytes, index, with: rightDouble) || starts(bytes, index, with: rightSingle) ? 3 : 0
    }

    /// The sentences of the UTF-8 paragraph `bytes`: split after `.`, `!`, `?`, `;` or `…` (and closing marks) when
    /// white space and an upper-case letter, a digit or an opening mark follow. Fragments under three words join
    /// the sentence before them.
    static func sentences(_ bytes: [UInt8]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var inside = false
        var words = 0
        var quotedWords = 0
        var inWord = false
        func close(_ end: Int) {
            if words >= 3 || sentences.isEmpty {
                if words > 0 {
                    sentences.append(Sentence(range: start..<end, quotedFraction: Double(quotedWords) / Double(words)))
                }
            } else if let last = sentences.indices.last {
                sentences[last].range = sentences[last].range.lowerBound..<end
            }
            start = end
            words = 0
            quotedWords = 0
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var length = 1
            var isTerminal = false
            if byte == UInt8(ascii: "\"") {
                inside.toggle()
            } else if starts(bytes, index, with: leftDouble) {
                inside = true
                length = 3
            } else if starts(bytes, index, with: rightDouble) {
                inside = false
                length = 3
            } else if starts(bytes, index, with: ellipsis) {
                isTerminal = true
                length = 3
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
                || byte == UInt8(ascii: ";")
            {
                isTerminal = true
            }
            let (isWordCharacter, characterLength) = UTF8Scalar.wordCharacter(bytes, at: index, end: bytes.count)
            if isWordCharacter {
                length = characterLength
                if !inWord {
                    words += 1
                    if inside { quotedWords += 1 }
                }
            }
            inWord = isWordCharacter
            index += length
            guard isTerminal else { continue }
            var end = index
            var closesQuote = false
            while case let mark = closingMark(bytes, end), mark > 0 {
                if starts(bytes, end, with: rightDouble) || bytes[end] == UInt8(ascii: "\"") { closesQuote = true }
                end += mark
            }
            var next = end
            while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0xa0 { next += 1 }
            if bytes.count > next, bytes[next] == 0xc2, next + 1 < bytes.count, bytes[next + 1] == 0xa0 { next += 2 }
            guard next > end || end == bytes.count else { continue }
            let opensNext = next == bytes.count || UTF8Scalar.isUppercase(bytes, at: next, end: bytes.count)
                || (bytes[next] >= 48 && bytes[next] <= 57) || bytes[next] == UInt8(ascii: "\"")
                || bytes[next] == UInt8(ascii: "(") || starts(bytes, next, with: leftDouble)
                || starts(bytes, next, with: leftSingle)
            if opensNext {
                if closesQuote { inside = false }
                close(end)
                index = end
            }
        }
        close(bytes.count)
        return sentences
    }
}
