extension HTMLWhitespace {
    /// A text node's content with white space runs collapsed (as ``collapseRuns(_:)``), read straight from the
    /// NUL-terminated UTF-8 that libxml2 holds, with its visible length and commas counted on the way.
    struct CollapsedText {
        var text: String
        /// Unicode scalars, not counting a leading or trailing space.
        var length: Int32
        /// Commas (`,` and the CJK and Arabic commas).
        var commas: Int32
    }

    /// Collapses the UTF-8 text at `pointer`.
    static func collapseRuns(utf8 pointer: UnsafePointer<UInt8>) -> CollapsedText {
        var bytes: [UInt8] = []
        var length: Int32 = 0
        var commas: Int32 = 0
        var pendingSpace = false
        var index = 0
        while true {
            let byte = pointer[index]
            if byte == 0 { break }
            var width = sequenceWidth(byte)
            // Never read past the terminating NUL, even in a truncated sequence.
            for offset in 1..<width where pointer[index + offset] == 0 {
                width = offset
                break
            }
            switch classify(pointer + index, width: width) {
            case .space:
                pendingSpace = true
            case .invisible:
                break
            case .visible:
                if pendingSpace {
                    bytes.append(0x20)
                    length += 1
                    pendingSpace = false
                }
                for offset in 0..<width { bytes.append(pointer[index + offset]) }
                length += 1
                if isComma(pointer + index, width: width) { commas += 1 }
            }
            index += width
        }
        if pendingSpace {
            bytes.append(0x20)
            length += 1
        }
        if bytes.first == 0x20 { length -= 1 }
        if bytes.count > 1, bytes.last == 0x20 { length -= 1 }
        return CollapsedText(text: String(decoding: bytes, as: UTF8.self), length: max(0, length), commas: commas)
    }

    private enum ByteClass {
        case space, invisible, visible
    }

    /// The length of the UTF-8 sequence that starts with `byte` (1 for stray continuation bytes).
    private static func sequenceWidth(_ byte: UInt8) -> Int {
        switch byte {
        case 0xC0...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF7: 4
        default: 1
        }
    }

    /// Spaces and invisible characters by their UTF-8 bytes (see ``isSpace(_:)`` and ``isInvisible(_:)``).
    private static func classify(_ bytes: UnsafePointer<UInt8>, width: Int) -> ByteClass {
        let first = bytes[0]
        switch width {
        case 1:
            return first == 0x20 || (0x09...0x0D).contains(first) ? .space : .visible
        case 2 where first == 0xC2:
            let second = bytes[1]
            if second == 0x85 || second == 0xA0 { return .space }
            return second == 0xAD ? .invisible : .visible
        case 3:
            let (second, third) = (bytes[1], bytes[2])
            if first == 0xE2, second == 0x80 {
                if (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF { return .space }
                return third == 0x8B ? .invisible : .visible
            }
            if first == 0xE2, second == 0x81 {
                if third == 0x9F { return .space }
                return third == 0xA0 ? .invisible : .visible
            }
            if first == 0xE1, second == 0x9A, third == 0x80 { return .space }
            if first == 0xE3, second == 0x80, third == 0x80 { return .space }
            if first == 0xEF, second == 0xBB, third == 0xBF { return .invisible }
            return .visible
        default:
            return .visible
        }
    }

    private static func isComma(_ bytes: UnsafePointer<UInt8>, width: Int) -> Bool {
        switch width {
        case 1: bytes[0] == 0x2C
        case 2: bytes[0] == 0xD8 && bytes[1] == 0x8C
        case 3: (bytes[0] == 0xEF && bytes[1] == 0xBC && bytes[2] == 0x8C) || (bytes[0] == 0xE3 && bytes[1] == 0x80 && bytes[2] == 0x81)
        default: false
        }
    }
}
