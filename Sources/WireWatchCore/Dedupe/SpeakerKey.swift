/// Keys that let spellings of one name meet: folded words, transliteration variants, given-name initial + surname.
enum SpeakerKey {
    private static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "prof", "the", "s", "sir"]

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
