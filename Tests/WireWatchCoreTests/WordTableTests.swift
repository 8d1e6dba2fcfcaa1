import Testing

@testable import WireWatchCore

/// The byte-probed lexicon table and the byte-split helpers must answer exactly as the `String` APIs they replace.
struct WordTableTests {
    @Test func answersAsTheDictionary() {
        let dictionary = ["said": 1, "told": 2, "jr.": 3, "müller": 4, "o'neill": 5]
        let table = WordTable(dictionary)
        for word in ["said", "told", "jr.", "müller", "o'neill", "sai", "saids", "", "Said", "mu\u{308}ller", "x"] {
            #expect(table[word] == dictionary[word], "\(word)")
        }
    }

    @Test func wordLexiconTableMatchesItsDictionary() {
        for (word, classes) in WordLexicon.dictionary {
            #expect(WordLexicon.table[word] == classes, "\(word)")
            #expect(WordLexicon.table[word + "zz"] == WordLexicon.dictionary[word + "zz"])
        }
    }

    @Test func tokenFlagsFollowTheLexicons() {
        let tokens = Tokenizer.tokenize(Array("He said it was cut, Jr. pointed out".unicodeScalars))
        for token in tokens where token.kind == .word {
            #expect(token.isCueForm == (CueLexicon.forms[token.lower] != nil), "\(token.text)")
            #expect(token.flags.contains(.nameSuffix) == WordClass.nameSuffixes.contains(token.lower))
            let finite = CueFinder.auxiliaries.contains(token.lower) || CueFinder.finiteVerbs.contains(token.lower)
                || CueFinder.irregularPast.contains(token.lower)
            #expect(token.isFiniteVerbWord == finite, "\(token.text)")
            #expect(token.isNotName == OpenerLexicon.notNames.contains(token.lower), "\(token.text)")
        }
    }

    @Test(arguments: ["Dmitry Peskov", "  Anne  de la Cruz ", "", "Zoë Müller", "e\u{301} \u{301}x y", "one"])
    func spaceSeparatedWordsMatchSplit(text: String) {
        #expect(text.spaceSeparatedWords() == text.split(separator: " ").map(String.init))
        #expect(text.spaceSeparatedWordCount == text.split(separator: " ").count)
    }

    @Test(arguments: ["Kremlin press secretary", "vice-president of the U.S. (acting)", "CEO, RDIF", "Zoë's aide", ""])
    func roleWordsMatchTheCharacterSplit(role: String) {
        let expected = role.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        #expect(SpeakerEntity.roleWords(of: role) == expected)
    }
}
