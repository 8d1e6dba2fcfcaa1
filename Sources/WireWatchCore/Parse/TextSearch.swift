/// Fast substring search over the UTF-8 bytes of strings, for the rules that look for phrases in every line.
/// (The generic `contains(_:)` of the standard library compares characters one by one, which is far slower.)
enum TextSearch {
    /// True when `needle` occurs in `haystack` (byte for byte).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        firstOffset(of: needle, in: haystack) != nil
    }

    /// True when `text` holds an ASCII digit: every date, clock and time stamp the rules read has one, so a line
    /// without is none of them.
    static func hasDigit(_ text: some StringProtocol) -> Bool {
        text.utf8.contains { $0 &- 0x30 < 10 }
    }

    /// True when `text` holds `byte` (a search of its contiguous UTF-8 storage, not of the `utf8` view).
    static func containsByte(_ text: some StringProtocol, _ byte: UInt8) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
    }

    /// True when any of `needles` occurs in `haystack`.
    static func containsAny(_ haystack: String, _ needles: [String]) -> Bool {
        needles.contains { firstOffset(of: $0, in: haystack) != nil }
    }

    /// How many of `needles` occur in `haystack`.
    static func count(of needles: [String], in haystack: String) -> Int {
        needles.reduce(0) { $0 + (firstOffset(of: $1, in: haystack) != nil ? 1 : 0) }
    }

    /// The UTF-8 offset of the first occurrence of `needle` in `haystack`.
    static func firstOffset(of needle: String, in haystack: String) -> Int? {
        offsets(of: needle, in: haystack, last: false)
    }

    /// The range of the first occurrence of `needle` in `haystack`.
    static func firstRange(of needle: String, in haystack: String) -> Range<String.Index>? {
        range(at: offsets(of: needle, in: haystack, last: false), length: needle.utf8.count, in: haystack)
    }

    /// The range of the last occurrence of `needle` in `haystack`.
    static func lastRange(of needle: String, in haystack: String) -> Range<String.Index>? {
        range(at: offsets(of: needle, in: haystack, last: true), length: needle.utf8.count, in: haystack)
    }

    private static func range(at offset: Int?, length: Int, in haystack: String) -> Range<String.Index>? {
        guard let offset else { return nil }
        let utf8 = haystack.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: length)
    }

    private static func offsets(of needle: String, in haystack: String, last: Bool) -> Int? {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin -> Int? in
                let count = pin.count
                guard count > 0, count <= hay.count else { return count == 0 ? 0 : nil }
                let first = pin[0]
                let lastStart = hay.count - count
                var found: Int?
                var index = 0
                while index <= lastStart {
                    if hay[index] == first {
                        var matched = 1
                        while matched < count, hay[index + matched] == pin[matched] { matched += 1 }
                        if matched == count {
                            found = index
                            if !last { return index }
                        }
                    }
                    index += 1
                }
                return found
            }
        }
    }
}
