/// A fixed set of phrases searched for together in one pass over a text's UTF-8 bytes: each position is checked
/// only against the phrases that start with its byte.
struct PhraseSet: Sendable {
    /// The phrases' bytes, one after the other; phrase `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Phrase indexes grouped by first byte: those starting with byte `b` are `members[firsts[b]..<firsts[b + 1]]`.
    private let firsts: [Int]
    private let members: [Int]

    init(_ phrases: [String]) {
        let encoded = phrases.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var bytes: [UInt8] = [], starts = [0]
        for phrase in encoded {
            bytes += phrase
            starts.append(bytes.count)
        }
        var firsts = [0], members: [Int] = []
        for byte in 0...255 {
            members += encoded.indices.filter { encoded[$0][0] == UInt8(byte) }
            firsts.append(members.count)
        }
        self.bytes = bytes
        self.starts = starts
        self.firsts = firsts
        self.members = members
    }

    /// True when any phrase occurs in `text`.
    func occurs(in text: String) -> Bool {
        scan(text, onlyAtStart: false, stopAtFirst: true) > 0
    }

    /// True when `text` starts with one of the phrases.
    func isPrefix(of text: String) -> Bool {
        scan(text, onlyAtStart: true, stopAtFirst: true) > 0
    }

    /// How many different phrases occur in `text`.
    func distinctCount(in text: String) -> Int {
        scan(text, onlyAtStart: false, stopAtFirst: false)
    }

    private func scan(_ text: String, onlyAtStart: Bool, stopAtFirst: Bool) -> Int {
        var text = text
        return text.withUTF8 { haystack in
            bytes.withUnsafeBufferPointer { phraseBytes in
                starts.withUnsafeBufferPointer { starts in
                    firsts.withUnsafeBufferPointer { firsts in
                        members.withUnsafeBufferPointer { members in
                            var found = Set<Int>()
                            let end = onlyAtStart ? min(1, haystack.count) : haystack.count
                            for position in 0..<end {
                                let first = Int(haystack[position])
                                for slot in firsts[first]..<firsts[first + 1] {
                                    let phrase = members[slot]
                                    let start = starts[phrase], length = starts[phrase + 1] - start
                                    guard position + length <= haystack.count, !found.contains(phrase) else { continue }
                                    var matched = 1
                                    while matched < length,
                                          haystack[position + matched] == phraseBytes[start + matched] {
                                        matched += 1
                                    }
                                    guard matched == length else { continue }
                                    if stopAtFirst { return 1 }
                                    found.insert(phrase)
                                }
                            }
                            return found.count
                        }
                    }
                }
            }
        }
    }
}
