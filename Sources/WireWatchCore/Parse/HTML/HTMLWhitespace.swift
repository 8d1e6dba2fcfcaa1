/// White space handling for text taken from markup.
enum HTMLWhitespace {
    /// True for characters that render as white space (including no-break spaces).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// True for invisible characters that are dropped (zero-width space, byte-order mark, soft hyphen).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200B || scalar.value == 0xFEFF || scalar.value == 0xAD || scalar.value == 0x2060
    }

    /// Runs of white space become one space; invisible characters go. Leading and trailing spaces are kept
    /// (as one space) so that adjacent inline texts stay apart; see ``collapse(_:)`` for trimmed text.
    static func collapseRuns(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        var changed = false
        var previousWasSpace = false
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) {
                changed = true
                continue
            }
            if isSpace(scalar) {
                if scalar != " " || previousWasSpace { changed = true }
                pendingSpace = true
                previousWasSpace = true
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            previousWasSpace = false
            result.append(scalar)
        }
        if pendingSpace { result.append(" ") }
        return changed ? String(result) : text
    }

    /// The text with white space collapsed and trimmed.
    static func collapse(_ text: String) -> String {
        let runs = collapseRuns(text)
        var scalars = Substring(runs).unicodeScalars
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
