/// A JSON value from a page's JSON-LD block, read leniently (raw control characters in strings, trailing commas,
/// HTML comment markers around the block and trailing garbage are tolerated, as browsers' sites produce them).
indirect enum LinkedDataValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([LinkedDataValue])
    case object([String: LinkedDataValue])

    /// Parses `text`; nil when it is not JSON at all. Nesting deeper than `maximumDepth` is cut off.
    static func parse(_ text: String, maximumDepth: Int = 64) -> LinkedDataValue? {
        var reader = Reader(bytes: Array(text.utf8), maximumDepth: maximumDepth)
        reader.skipSpaceAndComments()
        return reader.value(depth: 0)
    }

    subscript(key: String) -> LinkedDataValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The value as a string (numbers are rendered), or nil.
    var string: String? {
        switch self {
        case .string(let text): text
        case .number(let number): number == number.rounded() ? String(Int(number)) : String(number)
        default: nil
        }
    }

    /// The value itself for an object or string, the elements for an array.
    var elements: [LinkedDataValue] {
        if case .array(let items) = self { return items }
        return [self]
    }

    private struct Reader {
        let bytes: [UInt8]
        let maximumDepth: Int
        var position = 0

        init(bytes: [UInt8], maximumDepth: Int) {
            self.bytes = bytes
            self.maximumDepth = maximumDepth
        }

        mutating func skipSpaceAndComments() {
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                    position += 1
                } else if bytes[position...].starts(with: Array("<!--".utf8)) {
                    position += 4
                } else if bytes[position...].starts(with: Array("-->".utf8)) {
                    position += 3
                } else if bytes[position...].starts(with: Array("//".utf8)), position == 0 || bytes[position - 1] < 0x21 {
                    while position < bytes.count, bytes[position] != 0x0A { position += 1 }
                } else {
                    return
                }
            }
        }

        mutating func value(depth: Int) -> LinkedDataValue? {
            skipSpaceAndComments()
            guard position < bytes.count, depth < maximumDepth else { return nil }
            switch bytes[position] {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""): return stringValue().map { .string($0) }
            default: return literal()
            }
        }

        private mutating func object(depth: Int) -> LinkedDataValue? {
            position += 1
            var members: [String: LinkedDataValue] = [:]
            while true {
                skipSeparators()
                guard position < bytes.count else { return .object(members) }
                if bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    return .object(members)
                }
                guard bytes[position] == UInt8(ascii: "\""), let key = stringValue() else { return nil }
                skipSpaceAndComments()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
                position += 1
                guard let member = value(depth: depth + 1) else { return nil }
                if members[key] == nil { members[key] = member }
            }
        }

        private mutating func array(depth: Int) -> LinkedDataValue? {
            position += 1
            var items: [LinkedDataValue] = []
            while true {
                skipSeparators()
                guard position < bytes.count else { return .array(items) }
                if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
            }
        }

        private mutating func skipSeparators() {
            skipSpaceAndComments()
            while position < bytes.count, bytes[position] == UInt8(ascii: ",") {
                position += 1
                skipSpaceAndComments()
            }
        }

        private mutating func stringValue() -> String? {
            position += 1
            var scalars = String.UnicodeScalarView()
            var run = position
            var buffer: [UInt8] = []
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    buffer += bytes[run..<position]
                    position += 1
                    scalars.append(contentsOf: String(decoding: buffer, as: UTF8.self).unicodeScalars)
                    return String(scalars)
                }
                guard byte == UInt8(ascii: "\\") else {
                    position += 1
                    continue
                }
                buffer += bytes[run..<position]
                scalars.append(contentsOf: String(decoding: buffer, as: UTF8.self).unicodeScalars)
                buffer.removeAll(keepingCapacity: true)
                position += 1
                guard position < bytes.count else { return nil }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "b"), UInt8(ascii: "f"): scalars.append(" ")
                case UInt8(ascii: "u"): scalars.append(unicodeEscape())
                default: scalars.append(Unicode.Scalar(escaped))
                }
                run = position
            }
            return nil
        }

        /// The scalar of `XXXX` after `\u` (joining surrogate pairs); U+FFFD when malformed.
        private mutating func unicodeEscape() -> Unicode.Scalar {
            guard let high = hex4() else { return "\u{FFFD}" }
            if (0xD800..<0xDC00).contains(high), bytes[position...].starts(with: Array("\\u".utf8)) {
                let saved = position
                position += 2
                if let low = hex4(), (0xDC00..<0xE000).contains(low) {
                    return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
                }
                position = saved
            }
            return Unicode.Scalar(high) ?? "\u{FFFD}"
        }

        private mutating func hex4() -> UInt32? {
            guard position + 4 <= bytes.count else { return nil }
            let digits = String(decoding: bytes[position..<position + 4], as: UTF8.self)
            guard let value = UInt32(digits, radix: 16) else { return nil }
            position += 4
            return value
        }

        private mutating func literal() -> LinkedDataValue? {
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte <= 0x20 {
                    break
                }
                position += 1
            }
            let word = String(decoding: bytes[start..<position], as: UTF8.self)
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default: return Double(word).map { .number($0) }
            }
        }
    }
}
