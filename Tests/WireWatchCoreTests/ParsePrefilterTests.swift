import Testing
@testable import WireWatchCore

/// The byte-level fast paths of the parse stage give the answers of the character-level rules they stand before:
/// phrases of every length at every place, text with marks, capitals and quotes beyond ASCII.
struct ParsePrefilterTests {
    @Test func phraseSetFindsShortAndLongPhrasesAnywhere() {
        let set = PhraseSet(["x", "ab", "abc", "abcd", "long phrase"])
        #expect(set.occurs(in: "x"))
        #expect(set.occurs(in: "zzzzx"))
        #expect(set.occurs(in: "zab"))
        #expect(set.occurs(in: "a long phrase"))
        #expect(!set.occurs(in: "a long phras"))
        #expect(set.distinctCount(in: "abcd") == 3)
        #expect(set.distinctCount(in: "ab x long phrase x") == 3)
        #expect(set.isPrefix(of: "abcdef"))
        #expect(!set.isPrefix(of: " abcdef"))
        #expect(!PhraseSet(["only long ones"]).occurs(in: "only long on"))
    }

    @Test func phraseSetMatchesBytesBeyondASCII() {
        let set = PhraseSet(["caf\u{E9} cr\u{E8}me", "\u{2192} next"])
        #expect(set.occurs(in: "un caf\u{E9} cr\u{E8}me"))
        #expect(set.occurs(in: "\u{2192} next"))
        #expect(!set.occurs(in: "un cafe creme"))
    }
}

extension ParsePrefilterTests {
    @Test func comparableFormLowersAndSeparatesBeyondASCII() {
        #expect("Caf\u{E9} \u{C9}T\u{C9} \u{2014} 2024!".comparable == "caf\u{E9} \u{E9}t\u{E9} 2024")
        #expect("\u{212A}elvin\u{201D}s".comparable == "kelvin s")
        #expect(" \u{201C}Hello,\u{201D} ".comparable == "hello")
        #expect("Hello world".dropFirst(6).comparable == "world")
    }

    @Test func lineShapeCountsAndLastMarkBeyondASCII() {
        let shape = LineShape("\u{C9}t\u{E9} en France: \u{201C}Oui.\u{201D}")
        #expect(shape.wordCount == 4)
        #expect(shape.upperCount == 3)
        #expect(shape.lowerCount == 11)
        #expect(shape.lastMark == ".")
        #expect(LineShape("Done (twice)").lastMark == "e")
        #expect(LineShape("caf\u{E9}").lastMark == "\u{E9}")
        #expect(LineShape("cafe\u{301}").lastMark == "e\u{301}")
        #expect(LineShape("a").lastMark == "a")
    }
}

extension ParsePrefilterTests {
    @Test func gluedPromosAreStillFound() {
        let classifier = BoilerplateClassifier()
        let glued = classifier.gluedPromo(in: "More Shorts\u{201C}But after the vote the minister left.")
        #expect(glued?.label == "More Shorts")
        #expect(classifier.gluedPromo(in: "Top StoriesThe minister resigned on Monday.")?.label == "Top Stories")
        #expect(classifier.gluedPromo(in: "The minister resigned on Monday after the vote.") == nil)
        #expect(classifier.gluedPromo(in: "Shortsighted plans were dropped, the minister said.") == nil)
        #expect(!BoilerplateClassifier.mayHoldGluedPromo("He said the plan would pass."))
        #expect(BoilerplateClassifier.mayHoldGluedPromo("\u{201C}More\u{201D} was all he said."))
    }

    @Test func bylineOpeningsInAnyCase() {
        #expect(BylineParser.parse("BY JANE ROE")?.names.isEmpty == false)
        #expect(BylineParser.parse("Written by Jane Roe")?.names.isEmpty == false)
        #expect(BylineParser.parse("Bystanders ran for cover") == nil)
        #expect(BylineParser.mayOpenByline("\u{201C}By\u{201D}"))
        #expect(!BylineParser.mayOpenByline("The minister"))
        #expect(!BylineParser.mayOpenByline("b"))
    }

    @Test func stampsNeedDigits() {
        #expect(DateParser.isDateStamp("Updated: Nov. 8, 2024"))
        #expect(!DateParser.isDateStamp("Updated on Friday"))
        #expect(DateParser.firstDate(in: "Published November eighth") == nil)
        #expect(BoilerplateClassifier().isTimeStamp("10:42 GMT"))
        #expect(!BoilerplateClassifier().isTimeStamp("Noon GMT"))
        #expect(TextSearch.hasDigit("a1"))
        #expect(!TextSearch.hasDigit("\u{0661}\u{0662}"))
    }
}
