/// Lowercased words of a text read scalar by scalar: the fast path of ``ArticleAssembler/normalisedBytes(_:)``.
///
/// `Character.isLetter` and `isNumber` test a grapheme's first scalar, and `String.lowercased()` maps scalar by
/// scalar; so when every scalar of a text is its own grapheme (no combining marks, joiners, emoji or other
/// clustering scalars), testing and lowering single scalars gives exactly the words of the `Character` path.
enum ScalarWords {
    /// Appends the lowercased words of `text` to `out` (a space before each word when `out` is not empty) and
    /// returns true; returns false, leaving `out` untouched, when `text` holds a scalar outside the simple set.
    static func appendWords(of text: String, to out: inout [UInt8]) -> Bool {
        let mark = out.count
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                let isUpper = byte >= 65 && byte <= 90
                if isUpper || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                    if !inWord, !out.isEmpty { out.append(0x20) }
                    inWord = true
                    out.append(isUpper ? byte + 32 : byte)
                } else {
                    inWord = false
                }
                continue
            }
            guard isSimple(scalar) else {
                out.removeSubrange(mark...)
                return false
            }
            let properties = scalar.properties
            guard properties.isAlphabetic || properties.numericType != nil else {
                inWord = false
                continue
            }
            if !inWord, !out.isEmpty { out.append(0x20) }
            inWord = true
            out.append(contentsOf: properties.lowercaseMapping.utf8)
        }
        return true
    }

    /// Whether `scalar` (not ASCII) always stands as a grapheme of its own and lowercases to one such scalar:
    /// Latin-1 and the Latin Extended blocks (but `İ`, whose lowercase adds a combining dot), General Punctuation
    /// (but the zero-width joiners), super- and subscripts, currency signs and letterlike symbols.
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x00A0...0x024F: return value != 0x0130
        case 0x2000...0x214F: return value != 0x200C && value != 0x200D && !(0x20D0...0x20FF).contains(value)
        default: return false
        }
    }
}
