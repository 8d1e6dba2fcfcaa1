/// Splits a paragraph into tokens in one pass over its Unicode scalars.
///
/// Words keep inner hyphens and apostrophes (`old-school`, `don't`, `O'Neill`); a possessive `'s` becomes its own
/// token; abbreviations keep their periods (`Mr.`, `U.S.`, `J.`) so that sentence splitting does not stop there.
enum Tokenizer {
    /// Tokenizes text given as scalars alone (lexicon entries, tests).
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [TextToken] {
        var string = String.UnicodeScalarView()
        string.append(contentsOf: scalars)
        let utf8 = Array(String(string).utf8)
        return tokenize(scalars, utf8: utf8, byteOffsets: byteOffsets(of: scalars))
    }

    /// The UTF-8 byte offset of each scalar offset, plus the end.
    static func byteOffsets(of scalars: [Unicode.Scalar]) -> [Int] {
        var offsets = [Int]()
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            let value = scalar.value
            offset += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        offsets.append(offset)
        return offsets
    }

    static func tokenize(_ scalars: [Unicode.Scalar], utf8: [UInt8], byteOffsets: [Int]) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        var sawSpace = true
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if isSpace(scalar) {
                sawSpace = true
                index += 1
                continue
            }
            let start = index
            var kind = TextToken.Kind.punctuation
            var abbreviation = false
            if isWordScalar(scalar) {
                (index, kind, abbreviation) = readWord(scalars, from: index)
            } else if isQuoteMark(scalar) {
                kind = .quoteMark
                index += 1
                // `''` and `‘‘ ’’`: two single marks written for one double mark.
                if (scalar == "'" || scalar == "\u{2018}" || scalar == "\u{2019}"), index < count, scalars[index] == scalar {
                    index += 1
                }
            } else {
                index += 1
            }
            if kind == .word, index < count, isApostrophe(scalars[index]), index + 1 < count,
                scalars[index + 1] == "s" || scalars[index + 1] == "S",
                index + 2 >= count || !isWordScalar(scalars[index + 2])
            {
                tokens.append(makeToken(scalars, utf8, byteOffsets, start, index, kind, abbreviation, sawSpace))
                tokens.append(makeToken(scalars, utf8, byteOffsets, index, index + 2, .possessive, false, false))
                index += 2
                sawSpace = false
                continue
            }
            tokens.append(makeToken(scalars, utf8, byteOffsets, start, index, kind, abbreviation, sawSpace))
            sawSpace = false
        }
        for position in tokens.indices {
            let next = tokens[position].end
            tokens[position].spaceAfter = next >= count || isSpace(scalars[next])
        }
        return tokens
    }

    private static func readWord(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, TextToken.Kind, Bool) {
        let count = scalars.count
        var index = start
        var letters = 0
        var digits = 0
        var segmentStart = start
        while index < count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                if isDigit(scalar) { digits += 1 } else { letters += 1 }
                index += 1
                continue
            }
            let nextIsWord = index + 1 < count && isWordScalar(scalars[index + 1])
            if (scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}") && nextIsWord {
                index += 1
                segmentStart = index
                continue
            }
            if isApostrophe(scalar) && nextIsWord && letters > 0 {
                let next = scalars[index + 1]
                let afterNext = index + 2 < count ? scalars[index + 2] : " "
                if (next == "s" || next == "S") && !isWordScalar(afterNext) { break }
                index += 1
                continue
            }
            if (scalar == "." || scalar == ",") && digits > 0 && letters == 0 && index + 1 < count
                && isDigit(scalars[index + 1])
            {
                index += 1
                continue
            }
            break
        }
        if letters == 0 { return (index, .number, false) }
        guard index < count, scalars[index] == "." else { return (index, .word, false) }
        // Dotted initialisms: U.S., D.C., J.F.K., a.m.
        var probe = index
        var dotted = false
        while probe + 2 < count, isLetter(scalars[probe + 1]) {
            if scalars[probe + 2] == "." {
                probe += 2
                dotted = true
            } else if probe + 3 < count, isLetter(scalars[probe + 2]), scalars[probe + 3] == ".", index - segmentStart <= 2 {
                probe += 3
                dotted = true
            } else {
                break
            }
        }
        if dotted && index - segmentStart <= 2 { return (probe + 1, .word, true) }
        let length = index - segmentStart
        let firstValue = scalars[segmentStart].value
        if length == 1 && (firstValue < 0x80 ? firstValue >= 65 && firstValue <= 90 : scalars[segmentStart].properties.isUppercase) {
            return (index + 1, .word, true)
        }
        guard length <= 6 else { return (index, .word, false) }
        var word = String.UnicodeScalarView()
        for scalar in scalars[segmentStart..<index] {
            word.append(scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(scalar.value + 32)! : scalar)
        }
        if AbbreviationLexicon.words.contains(String(word)) { return (index + 1, .word, true) }
        return (index, .word, false)
    }

    private static func makeToken(
        _ scalars: [Unicode.Scalar], _ utf8: [UInt8], _ byteOffsets: [Int], _ start: Int, _ end: Int,
        _ kind: TextToken.Kind, _ abbreviation: Bool, _ spaceBefore: Bool
    ) -> TextToken {
        let bytes = utf8[byteOffsets[start]..<byteOffsets[end]]
        let text = String(decoding: bytes, as: UTF8.self)
        var upper = 0
        var lowerCount = 0
        var ascii = true
        var apostrophe = false
        for scalar in scalars[start..<end] {
            let value = scalar.value
            if value == 0x27 || value == 0x2019 { apostrophe = true }
            if value < 0x80 {
                if value >= 65 && value <= 90 { upper += 1 } else if value >= 97 && value <= 122 { lowerCount += 1 }
            } else {
                ascii = false
                if scalar.properties.isUppercase { upper += 1 } else if scalar.properties.isLowercase { lowerCount += 1 }
            }
        }
        var lower = text
        if upper > 0 || !ascii {
            if ascii {
                lower = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    for (offset, byte) in bytes.enumerated() { buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte }
                    return bytes.count
                }
            } else {
                lower = text.lowercased()
                if lower.unicodeScalars.contains("\u{2019}") {
                    lower = String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
                }
            }
        }
        let first = scalars[start].value
        let capitalized = first < 0x80 ? (first >= 65 && first <= 90) : scalars[start].properties.isUppercase
        var token = TextToken(
            kind: kind, start: start, end: end, text: text, lower: lower,
            isCapitalized: capitalized, isAllCaps: upper >= 2 && lowerCount == 0,
            isAbbreviation: abbreviation, spaceBefore: spaceBefore, spaceAfter: false, firstScalar: scalars[start])
        // Word classes need only the token's own fields (not `spaceAfter`, which the caller sets later).
        if kind == .word { token.flags = WordClass.flags(of: token, hasApostrophe: apostrophe) }
        return token
    }

    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 32 || (value >= 9 && value <= 13) }
        return scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
    }

    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57) }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) }
        return scalar.properties.isAlphabetic
    }

    @inline(__always) static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 48 && value <= 57 }
        return scalar.properties.numericType != nil
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}",
            "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}", "\u{2033}":
            return true
        default:
            return false
        }
    }
}
