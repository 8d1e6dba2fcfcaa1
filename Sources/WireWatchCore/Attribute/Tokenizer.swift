/// Splits a paragraph into tokens in one pass over its Unicode scalars.
///
/// Words keep inner hyphens and apostrophes (`old-school`, `don't`, `O'Neill`); a possessive `'s` becomes its own
/// token; abbreviations keep their periods (`Mr.`, `U.S.`, `J.`) so that sentence splitting does not stop there.
enum Tokenizer {
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [TextToken] {
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
                tokens.append(makeToken(scalars, start, index, kind, abbreviation, sawSpace))
                tokens.append(makeToken(scalars, index, index + 2, .possessive, false, false))
                index += 2
                sawSpace = false
                continue
            }
            tokens.append(makeToken(scalars, start, index, kind, abbreviation, sawSpace))
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
                if scalar.properties.numericType != nil { digits += 1 } else { letters += 1 }
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
                && scalars[index + 1].properties.numericType != nil
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
        if length == 1 && scalars[segmentStart].properties.isUppercase { return (index + 1, .word, true) }
        let word = String(String.UnicodeScalarView(scalars[segmentStart..<index])).lowercased()
        if AbbreviationLexicon.words.contains(word) { return (index + 1, .word, true) }
        return (index, .word, false)
    }

    private static func makeToken(
        _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: TextToken.Kind, _ abbreviation: Bool,
        _ spaceBefore: Bool
    ) -> TextToken {
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        var upper = 0
        var lowerCount = 0
        for scalar in scalars[start..<end] {
            if scalar.properties.isUppercase { upper += 1 } else if scalar.properties.isLowercase { lowerCount += 1 }
        }
        let first = scalars[start]
        var lower = text.lowercased()
        if lower.unicodeScalars.contains("\u{2019}") {
            lower = String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        }
        return TextToken(
            kind: kind, start: start, end: end, text: text, lower: lower,
            isCapitalized: first.properties.isUppercase, isAllCaps: upper >= 2 && lowerCount == 0,
            isAbbreviation: abbreviation, spaceBefore: spaceBefore, spaceAfter: false)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

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
