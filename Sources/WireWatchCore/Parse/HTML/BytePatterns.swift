/// A set of short byte strings searched for as substrings in one pass: the patterns are bucketed by their first
/// byte, so each position of the text is compared only with the patterns that can start there.
struct BytePatterns: Sendable {
    private let buckets: [[[UInt8]]]

    /// The patterns, as UTF-8.
    init(_ patterns: String...) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for pattern in patterns where !pattern.isEmpty {
            let bytes = Array(pattern.utf8)
            buckets[Int(bytes[0])].append(bytes)
        }
        self.buckets = buckets
    }

    /// True when any pattern occurs in `bytes`.
    func occurs(in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { text in
            for start in text.indices {
                for pattern in buckets[Int(text[start])] where pattern.count <= text.count - start {
                    var offset = 1
                    while offset < pattern.count, text[start + offset] == pattern[offset] { offset += 1 }
                    if offset == pattern.count { return true }
                }
            }
            return false
        }
    }
}
