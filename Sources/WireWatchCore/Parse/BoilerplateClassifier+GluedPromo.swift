/// Promo labels that scrapers glue to the next paragraph (`More Shorts“But after victory...`), and the byte-level
/// prefilter that spares most lines the character-level search.
extension BoilerplateClassifier {
    /// A promo label glued to the prose that follows it (`More Shorts“But after victory...`): the label and the
    /// prose, or nil.
    func gluedPromo(in line: String) -> (label: String, rest: String)? {
        guard Self.mayHoldGluedPromo(line) else { return nil }
        var words: [Substring] = []
        for word in line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: true).prefix(4) {
            words.append(word)
            // A word opening with an ASCII byte other than a capital initial of a noun cannot start one.
            if let byte = word.utf8.first, byte < 0x80, !Self.isGluableInitial(byte) { continue }
            guard let initial = word.first, initial.isUppercase, word.count > 3 else { continue }
            let lower = word.lowercased()
            for noun in Self.gluableNouns where lower.count > noun.count && lower.hasPrefix(noun) {
                let next = word[word.index(word.startIndex, offsetBy: noun.count)]
                guard LineShape.openers.contains(next) || next.isUppercase else { continue }
                let label = (words.dropLast().map(String.init) + [String(word.prefix(noun.count))])
                    .joined(separator: " ")
                let labelShape = LineShape(label)
                let isPhrase = BoilerplateVocabulary.promoPhrases.contains(label.comparable)
                guard labelShape.isTitleLike, isPhrase || BoilerplateVocabulary.promoNouns.contains(noun) else {
                    continue
                }
                let restStart = TextSearch.firstRange(of: label, in: line)?.upperBound ?? line.startIndex
                return (label, String(line[restStart...]))
            }
        }
        return nil
    }

    /// Last words of promo labels that scrapers glue to the next paragraph.
    static let gluableNouns = Array(BoilerplateVocabulary.promoNouns) + ["advertisement", "more", "read"]

    /// False when none of the first four words of `line` can be a capitalised ``gluableNouns`` noun glued to the
    /// next word (`ShortsThe`, `More“But`); true when one may. Read on the bytes while they are plain ASCII; a
    /// word or a space next to other bytes is left to ``gluedPromo(in:)`` (whose words are split on characters).
    static func mayHoldGluedPromo(_ line: String) -> Bool {
        var copy = line
        return copy.withUTF8 { bytes in
            var index = 0, words = 0
            while index < bytes.count {
                if bytes[index] == 0x20 {
                    if index > 0 && bytes[index - 1] >= 0x80 || index + 1 < bytes.count && bytes[index + 1] >= 0x80 {
                        return true
                    }
                    index += 1
                    continue
                }
                if words == 4 { return false }
                words += 1
                var end = index, ascii = true
                while end < bytes.count, bytes[end] != 0x20 {
                    if bytes[end] >= 0x80 { ascii = false }
                    end += 1
                }
                let initial = bytes[index]
                if initial >= 0x80 || isGluableInitial(initial) && (!ascii || gluesNoun(bytes[index..<end])) {
                    return true
                }
                index = end
            }
            return false
        }
    }

    /// True when the ASCII `word` starts with a ``gluableNouns`` noun in any case, followed by a capital or an
    /// opening quote or bracket.
    private static func gluesNoun(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        nouns: for noun in gluableNounBytes where word.count > noun.count {
            for (offset, byte) in noun.enumerated() where word[word.startIndex + offset] | 0x20 != byte {
                continue nouns
            }
            let next = word[word.startIndex + noun.count]
            if next &- 0x41 < 26 || asciiOpenerBytes.contains(next) { return true }
        }
        return false
    }

    static let gluableNounBytes = gluableNouns.map { Array($0.utf8) }
    /// The ASCII ``LineShape/openers``.
    static let asciiOpenerBytes: [UInt8] = Array("\"'([".utf8)

    /// True when `byte` is a capital whose lower case starts one of the ``gluableNouns``.
    static func isGluableInitial(_ byte: UInt8) -> Bool {
        byte &- 0x41 < 26 && gluableInitials.contains(byte | 0x20)
    }

    /// The first bytes of ``gluableNouns``, in lower case.
    static let gluableInitials = Array(Set(gluableNouns.compactMap(\.utf8.first)))
}
