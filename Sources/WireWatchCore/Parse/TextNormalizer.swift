/// Splits decoded text into clean lines.
///
/// Line breaks are CRLF, CR, LF, NEL and the Unicode line and paragraph separators. Byte order marks, zero-width
/// characters, soft hyphens and direction marks are dropped; no-break, thin and other Unicode spaces and tabs become
/// plain spaces; runs of spaces are collapsed and each line is trimmed. Blank lines stay, as empty strings, because
/// they separate paragraphs.
struct TextNormalizer: Sendable {
    func lines(of text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var pendingSpace = false
        var previousWasCR = false
        func endLine() {
            lines.append(String(current))
            current = String.UnicodeScalarView()
            pendingSpace = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0A, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = value == 0x0D
            if Self.isLineBreak(value) {
                endLine()
                continue
            }
            if Self.isInvisible(value) { continue }
            if Self.isSpace(scalar) {
                pendingSpace = !current.isEmpty
                continue
            }
            if pendingSpace {
                current.append(" ")
                pendingSpace = false
            }
            current.append(scalar)
        }
        endLine()
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines
    }

    /// Normalises one piece of text into a single trimmed line (for titles and metadata values).
    func line(of text: String) -> String {
        lines(of: text).filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func isLineBreak(_ value: UInt32) -> Bool {
        value == 0x0A || value == 0x0D || value == 0x0B || value == 0x0C || value == 0x85 || value == 0x2028
            || value == 0x2029
    }

    /// Byte order mark, zero-width space, joiners, word joiner, soft hyphen, direction marks and other format
    /// characters that do not show.
    static func isInvisible(_ value: UInt32) -> Bool {
        switch value {
        case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060, 0x00AD, 0x200E, 0x200F, 0x2061...0x2064, 0x202A...0x202E,
            0x2066...0x2069, 0x180E:
            true
        case 0x00...0x08, 0x0E...0x1F, 0x7F:
            true
        default:
            false
        }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x20 || value == 0x09 { return true }
        if value < 0x80 { return false }
        return scalar.properties.generalCategory == .spaceSeparator
    }
}
