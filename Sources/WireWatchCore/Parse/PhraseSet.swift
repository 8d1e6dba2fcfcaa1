/// A fixed set of phrases searched for together in one pass over a text's UTF-8 bytes: each position is checked
/// only against the phrases that start with its byte.
struct PhraseSet: Sendable {
    private let phrases: [[UInt8]]
    /// For each byte value, the indexes of the phrases starting with it.
    private let buckets: [[Int]]

    init(_ phrases: [String]) {
        let encoded = phrases.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, phrase) in encoded.enumerated() { buckets[Int(phrase[0])].append(index) }
        self.phrases = encoded
        self.buckets = buckets
    }

    /// True when any phrase occurs in `text`.
    func occurs(in text: String) -> Bool {
        scan(text, stopAtFirst: true) > 0
    }

    /// How many different phrases occur in `text`.
    func distinctCount(in text: String) -> Int {
        scan(text, stopAtFirst: false)
    }

    private func scan(_ text: String, stopAtFirst: Bool) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var found = [Bool](repeating: false, count: phrases.count)
            var count = 0
            for start in 0..<bytes.count {
                for index in buckets[Int(bytes[start])] where !found[index] {
                    let phrase = phrases[index]
                    guard start + phrase.count <= bytes.count else { continue }
                    var matched = 1
                    while matched < phrase.count, bytes[start + matched] == phrase[matched] { matched += 1 }
                    guard matched == phrase.count else { continue }
                    if stopAtFirst { return 1 }
                    found[index] = true
                    count += 1
                }
            }
            return count
        }
    }
}
