/// Keys that let spellings of one name meet: folded words, transliteration variants, given-name initial + surname.
enum SpeakerKey {
    private static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "prof", "the", "s", "sir"]

    private static let titleWords: Set<String> = Set(
        """
        president vice prime minister secretary spokesman spokeswoman spokesperson chairman chairwoman chair senator
        sen governor gov mayor representative rep general gen admiral colonel dr doctor chancellor ceo director
        ambassador judge justice pope king queen prince princess officer commander chief deputy press former leader
        nominee candidate speaker lawmaker attorney professor prof mr mrs ms sir lord lady
        """.split(whereSeparator: \.isWhitespace).map(String.init))
    private static let connectors: Set<String> = ["for", "of", "to", "at", "from", "with", "by", "on", "in"]

    /// The person's name inside a description: the trailing run of capitalised words after any role or title
    /// (`Kremlin press secretary Dmitry Peskov`, `Russian President Vladimir Putin` → the last two words), possessive
    /// dropped; descriptions with a connector (`spokeswoman for Hillary Clinton`) and organisations stay whole.
    static func personName(_ name: String) -> String {
        var tokens = name.split(whereSeparator: \.isWhitespace).map(String.init)
        if var last = tokens.last {
            for suffix in ["’s", "'s"] where last.hasSuffix(suffix) { last.removeLast(2) }
            tokens[tokens.count - 1] = last
        }
        let lowered = tokens.map { DedupeText.words($0).first ?? "" }
        if lowered.contains(where: connectors.contains) { return tokens.joined(separator: " ") }
        var start = tokens.count
        while start > 0, let first = tokens[start - 1].first, first.isUppercase, !titleWords.contains(lowered[start - 1]) {
            start -= 1
        }
        let run = tokens[start...]
        guard run.count >= 2, start > 0 else { return tokens.joined(separator: " ") }
        return run.joined(separator: " ")
    }

    /// The keys of one text that the registry asks for, computed ahead (off the serial queue).
    struct Computed: Sendable, Equatable {
        var text: String
        /// ``nameWords(_:)`` of `text`.
        var words: [String]
        /// ``personName(_:)`` of `text`, and its ``nameWords(_:)``.
        var person: String
        var personWords: [String]

        init(_ text: String) {
            self.text = text
            words = SpeakerKey.nameWords(text)
            person = SpeakerKey.personName(text)
            personWords = person == text ? words : SpeakerKey.nameWords(person)
        }
    }

    /// Whether the full-name key may be used for `name` (no connector word: not `spokeswoman for X`).
    static func isPlainName(_ words: [String]) -> Bool {
        !words.contains(where: connectors.contains)
    }

    /// The folded words of a name, titles and articles dropped.
    static func nameWords(_ name: String) -> [String] {
        DedupeText.words(name).filter { !titles.contains($0) }
    }

    /// The exact-alias key: folded words joined by spaces.
    static func alias(_ name: String) -> String {
        nameWords(name).joined(separator: " ")
    }

    /// The key of a full name: the transliterated surname and the initial of the given name before it
    /// (`Kremlin spokesman Dmitry Peskov` and `Dmitri Peskov` both give `peskov|d`).
    static func fullName(_ words: [String]) -> String {
        guard let surname = words.last else { return "" }
        let given = words.dropLast().last(where: { $0.count > 1 })?.first.map(String.init) ?? ""
        return transliterated(surname) + "|" + given
    }

    /// A word with common transliteration variants folded: `y`/`j` → `i`, `kh` → `h`, `ph` → `f`, `ck` → `k`,
    /// `x` → `ks`, `w` → `v`, doubled letters single (`Dmitriy`, `Dmitri`, `Dmitry` → `dmitri`).
    static func transliterated(_ word: String) -> String {
        let input = Array(word.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 2)
        var index = 0
        func emit(_ byte: UInt8) {
            if output.last != byte { output.append(byte) }
        }
        while index < input.count {
            let byte = input[index]
            let next: UInt8 = index + 1 < input.count ? input[index + 1] : 0
            switch (byte, next) {
            case (UInt8(ascii: "k"), UInt8(ascii: "h")), (UInt8(ascii: "c"), UInt8(ascii: "k")):
                emit(byte == UInt8(ascii: "k") ? UInt8(ascii: "h") : UInt8(ascii: "k"))
                index += 2
                continue
            case (UInt8(ascii: "p"), UInt8(ascii: "h")):
                emit(UInt8(ascii: "f"))
                index += 2
                continue
            case (UInt8(ascii: "x"), _):
                emit(UInt8(ascii: "k"))
                emit(UInt8(ascii: "s"))
            case (UInt8(ascii: "y"), _), (UInt8(ascii: "j"), _):
                emit(UInt8(ascii: "i"))
            case (UInt8(ascii: "w"), _):
                emit(UInt8(ascii: "v"))
            default:
                emit(byte)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
