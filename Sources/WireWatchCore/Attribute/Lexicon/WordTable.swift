/// A read-only table from words to values, probed with the bytes of a word instead of `String` hashing.
///
/// Built once from a dictionary; an ASCII word is looked up by an FNV-1a hash of its bytes and a byte comparison
/// (for ASCII text, byte equality is `String` equality). A word with other scalars goes to the dictionary itself,
/// whose canonical-equivalence comparison stays the reference. A one-byte tag per slot (part of the hash, 0 for an
/// empty slot) keeps most probes of absent words within a small array.
struct WordTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var offset: Int32
        var length: Int32
        var value: Int32
    }

    private let dictionary: [String: Value]
    private let values: [Value]
    private let bytes: [UInt8]
    /// Open-addressed slots, a power of two in number, and their tags.
    private let slots: [Slot]
    private let tags: [UInt8]

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var capacity = 16
        while capacity < dictionary.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(offset: 0, length: 0, value: 0), count: capacity)
        var tags = [UInt8](repeating: 0, count: capacity)
        var bytes: [UInt8] = []
        var values: [Value] = []
        for (word, value) in dictionary where word.utf8.allSatisfy({ $0 < 0x80 }) {
            let hash = Self.hash(word.utf8)
            var index = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while tags[index] != 0 { index = (index + 1) & (capacity - 1) }
            tags[index] = Self.tag(hash)
            slots[index] = Slot(offset: Int32(bytes.count), length: Int32(word.utf8.count), value: Int32(values.count))
            bytes.append(contentsOf: word.utf8)
            values.append(value)
        }
        self.slots = slots
        self.tags = tags
        self.bytes = bytes
        self.values = values
    }

    /// The value of `word`, as `dictionary[word]` would give it.
    subscript(word: String) -> Value? {
        let probe: (isASCII: Bool, value: Value?)? = word.utf8.withContiguousStorageIfAvailable { buffer in
            for byte in buffer where byte >= 0x80 { return (false, nil) }
            return (true, lookup(buffer))
        }
        if let probe, probe.isASCII { return probe.value }
        return dictionary[word]
    }

    private func lookup(_ word: UnsafeBufferPointer<UInt8>) -> Value? {
        let mask = slots.count - 1
        let hash = Self.hash(word)
        let tag = Self.tag(hash)
        var index = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let found = tags[index]
                if found == 0 { return nil }
                if found == tag, Int(slots[index].length) == word.count {
                    let start = Int(slots[index].offset)
                    var equal = true
                    for offset in 0..<word.count where stored[start + offset] != word[offset] {
                        equal = false
                        break
                    }
                    if equal { return values[Int(slots[index].value)] }
                }
                index = (index + 1) & mask
            }
        }
    }

    private static func hash(_ word: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash ^ (hash >> 29)
    }

    /// A nonzero byte from the hash's top bits (the slot index uses the low ones).
    private static func tag(_ hash: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: hash >> 56) | 1 }
}
