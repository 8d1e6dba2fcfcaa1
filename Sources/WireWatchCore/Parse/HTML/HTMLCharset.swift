/// The character encoding of a saved page, and its conversion to UTF-8.
///
/// The encoding comes from a byte-order mark, then from the first `<meta charset>` (or `http-equiv` content type)
/// or XML declaration in the first few kilobytes. Without any, valid UTF-8 is taken as UTF-8 and anything else
/// as Windows-1252, as browsers do.
enum HTMLCharset: Equatable, Sendable {
    case utf8
    case utf16LittleEndian
    case utf16BigEndian
    case windows1252
    /// Any other declared encoding, by its label; libxml2 converts it through iconv.
    case other(String)

    /// How many bytes are searched for a declaration.
    static let sniffLength = 16_384

    /// Detects the encoding of `bytes`.
    static func detect(_ bytes: [UInt8]) -> HTMLCharset {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        let isUTF8 = isValidUTF8(bytes)
        if let label = declaredLabel(in: bytes) {
            let declared = named(label)
            // Pages mislabel: valid UTF-8 with non-ASCII text is not Latin-1, and bytes without a single
            // UTF-8 sequence are not UTF-8.
            if declared == .windows1252, isUTF8, bytes.contains(where: { $0 >= 0x80 }) { return .utf8 }
            if declared == .utf8, !isUTF8, !hasMultibyteSequence(bytes) { return .windows1252 }
            return declared
        }
        return isUTF8 ? .utf8 : .windows1252
    }

    /// True when `bytes` are well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF),
    /// checked without building a string; runs of ASCII are skipped eight bytes at a time.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            while index < count {
                if index + 8 <= count {
                    let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let width: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: width = 2
                case 0xE0: (width, low) = (3, 0xA0)
                case 0xE1...0xEC, 0xEE...0xEF: width = 3
                case 0xED: (width, high) = (3, 0x9F)
                case 0xF0: (width, low) = (4, 0x90)
                case 0xF1...0xF3: width = 4
                case 0xF4: (width, high) = (4, 0x8F)
                default: return false
                }
                guard index + width <= count, (low...high).contains(buffer[index + 1]) else { return false }
                for offset in 2..<max(2, width) where buffer[index + offset] & 0xC0 != 0x80 { return false }
                index += width
            }
            return true
        }
    }

    /// True when `bytes` hold at least one well-formed two- or three-byte UTF-8 sequence.
    static func hasMultibyteSequence(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            let lead = bytes[index]
            let isContinuation = { (byte: UInt8) in byte & 0xC0 == 0x80 }
            if (0xC2...0xDF).contains(lead), isContinuation(bytes[index + 1]) { return true }
            if (0xE0...0xEF).contains(lead), index + 2 < bytes.count, isContinuation(bytes[index + 1]),
                isContinuation(bytes[index + 2])
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// The encoding for a declared label such as `ISO-8859-1` or `utf8`.
    static func named(_ label: String) -> HTMLCharset {
        let key = label.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8", "unicode11utf8", "unicode20utf8", "xunicode20utf8": return .utf8
        // A page cannot really be UTF-16 when its ASCII declaration was readable without a BOM.
        case "utf16", "utf16le", "utf16be", "unicode", "ucs2": return .utf8
        case "windows1252", "cp1252", "xcp1252", "iso88591", "latin1", "l1", "ascii", "usascii", "iso885915",
            "cp819", "ibm819", "iso8859115", "usascii1968", "ansix341968":
            return .windows1252
        default: return .other(label)
        }
    }

    /// The page as UTF-8 bytes, or nil when the conversion is left to libxml2 (`other`).
    func utf8Bytes(_ bytes: [UInt8]) -> [UInt8]? {
        switch self {
        case .utf8:
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if Self.isValidUTF8(body) { return body }
            return Array(String(decoding: body, as: UTF8.self).utf8)
        case .utf16LittleEndian, .utf16BigEndian:
            let little = self == .utf16LittleEndian
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
                units.append(little ? a | b << 8 : a << 8 | b)
                index += 2
            }
            return Array(String(decoding: units, as: UTF16.self).utf8)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            scalars.reserveCapacity(bytes.count)
            for byte in bytes { scalars.append(Self.windows1252Scalar(byte)) }
            return Array(String(scalars).utf8)
        case .other:
            return nil
        }
    }

    /// The Unicode scalar of one Windows-1252 byte.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let table: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
            0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
            0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(table[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
    }

    /// The label of the first `charset=` (meta tag, content type) or `encoding=` (XML declaration) in the head.
    static func declaredLabel(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(sniffLength).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        for marker in ["charset", "encoding"] {
            let pattern = Array(marker.utf8)
            var index = head.startIndex
            while let found = firstIndex(of: pattern, in: head, from: index) {
                index = found + pattern.count
                if let label = labelAfter(index, in: head), isInsideTag(found, in: head) { return label }
            }
        }
        return nil
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count, start <= bytes.count - pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// `= "label"` after `index`, with optional spaces and quotes.
    private static func labelAfter(_ start: Int, in bytes: [UInt8]) -> String? {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x22 || bytes[index] == 0x27 { index += 1 }
        var label: [UInt8] = []
        while index < bytes.count, label.count < 40 {
            let byte = bytes[index]
            let isLabel = (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D || byte == 0x5F
                || byte == 0x2E || byte == 0x3A
            guard isLabel else { break }
            label.append(byte)
            index += 1
        }
        return label.isEmpty ? nil : String(decoding: label, as: UTF8.self)
    }

    /// True when `index` is inside a `<meta ...>` or `<?xml ...?>` tag (not in a script or text).
    private static func isInsideTag(_ index: Int, in bytes: [UInt8]) -> Bool {
        var cursor = index
        while cursor > 0, index - cursor < 512 {
            cursor -= 1
            if bytes[cursor] == UInt8(ascii: ">") { return false }
            if bytes[cursor] == UInt8(ascii: "<") {
                let name = bytes[(cursor + 1)...].prefix(5)
                return name.starts(with: Array("meta".utf8)) || name.starts(with: Array("?xml".utf8))
            }
        }
        return false
    }
}
