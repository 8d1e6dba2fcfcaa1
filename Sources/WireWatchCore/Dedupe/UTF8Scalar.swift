import Foundation

/// Decoding and folding of single Unicode scalars inside UTF-8 byte arrays (the slow path of ``DedupeText`` for
/// non-ASCII text).
enum UTF8Scalar {
    /// The scalar starting at `bytes[index]` and its length in bytes; U+FFFD with length 1 for a broken sequence.
    static func decode(_ bytes: [UInt8], at index: Int, end: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
        guard length > 1, index + length <= end else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1f : length == 3 ? 0x0f : 0x07)
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xc0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3f)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The UTF-8 of a letter or digit lowercased and without diacritics (`É` → `e`, `ł` → `l`); nil for anything
    /// else (punctuation, quote marks, spaces).
    static func foldedLetter(_ scalar: Unicode.Scalar) -> [UInt8]? {
        guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return nil }
        if scalar == "ł" || scalar == "Ł" { return [UInt8(ascii: "l")] }
        if scalar == "ß" { return [UInt8(ascii: "s"), UInt8(ascii: "s")] }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
        var bytes: [UInt8] = []
        for part in decomposed.unicodeScalars where part.properties.generalCategory != .nonspacingMark {
            bytes.append(contentsOf: String(part).utf8)
        }
        return bytes
    }

    /// Whether the text at `bytes[index]` starts with an upper-case letter (ASCII or not).
    static func isUppercase(_ bytes: [UInt8], at index: Int, end: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte >= 65 && byte <= 90 }
        return decode(bytes, at: index, end: end).0.properties.isUppercase
    }

    /// Whether the text at `bytes[index]` starts with a letter or digit, and the length of that character.
    static func wordCharacter(_ bytes: [UInt8], at index: Int, end: Int) -> (Bool, Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            return ((byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57), 1)
        }
        let (scalar, length) = decode(bytes, at: index, end: end)
        return (scalar.properties.isAlphabetic || scalar.properties.numericType != nil, length)
    }
}
