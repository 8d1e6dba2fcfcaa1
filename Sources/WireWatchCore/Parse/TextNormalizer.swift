/// Splits decoded text into clean lines.
///
/// Line breaks are CRLF, CR, LF, NEL and the Unicode line and paragraph separators. Byte order marks, zero-width
/// characters, soft hyphens, direction marks and control characters are dropped; no-break, thin and other Unicode
/// spaces and tabs become plain spaces; runs of spaces are collapsed and each line is trimmed. Blank lines stay, as
/// empty strings, because they separate paragraphs. Works on the UTF-8 bytes, copying runs of ordinary text as is.
struct TextNormalizer: Sendable {
    func lines(of text: String) -> [String] {
        var text = text
        var lines = text.withUTF8 { bytes in Self.split(bytes) }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines
    }

    /// Normalises one piece of text into a single trimmed line (for titles and metadata values).
    func line(of text: String) -> String {
        lines(of: text).filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var lines: [String] = []
        var current: [UInt8] = []
        var pendingSpace = false
        var index = 0
        func endLine() {
            lines.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                switch byte {
                case 0x0D:
                    if index < bytes.count, bytes[index] == 0x0A { index += 1 }
                    endLine()
                case 0x0A, 0x0B, 0x0C:
                    endLine()
                case 0x20, 0x09:
                    pendingSpace = !current.isEmpty
                case 0x00...0x1F, 0x7F:
                    continue
                default:
                    if pendingSpace { current.append(0x20) }
                    pendingSpace = false
                    current.append(byte)
                }
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let end = min(index + length, bytes.count)
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for continuation in bytes[(index + 1)..<end] { value = value << 6 | (UInt32(continuation) & 0x3F) }
            if isLineBreak(value) {
                endLine()
            } else if isSpace(value) {
                pendingSpace = !current.isEmpty
            } else if !isInvisible(value) {
                if pendingSpace { current.append(0x20) }
                pendingSpace = false
                current.append(contentsOf: bytes[index..<end])
            }
            index = end
        }
        endLine()
        return lines
    }

    /// NEL and the Unicode line and paragraph separators (ASCII breaks are handled byte by byte).
    static func isLineBreak(_ value: UInt32) -> Bool {
        value == 0x85 || value == 0x2028 || value == 0x2029
    }

    /// Byte order mark, zero-width space, joiners, word joiner, soft hyphen, direction marks, other format
    /// characters that do not show, and C1 control characters.
    static func isInvisible(_ value: UInt32) -> Bool {
        switch value {
        case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060, 0x00AD, 0x200E, 0x200F, 0x2061...0x2064, 0x202A...0x202E,
            0x2066...0x2069, 0x180E, 0x80...0x9F:
            true
        default:
            false
        }
    }

    /// The Unicode space separators other than the ASCII space.
    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
