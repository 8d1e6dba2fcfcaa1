import Testing
@testable import WireWatchCore

struct TokenizerTests {
    private func words(_ text: String) -> [String] {
        Tokenizer.tokenize(Array(text.unicodeScalars)).map(\.text)
    }

    @Test func splitsPossessiveEndings() {
        #expect(words("Russia’s Foreign Ministry") == ["Russia", "’s", "Foreign", "Ministry"])
        #expect(words("the mayor's office") == ["the", "mayor", "'s", "office"])
    }

    @Test func keepsContractionsAndInnerHyphens() {
        #expect(words("don't stop the old-school band") == ["don't", "stop", "the", "old-school", "band"])
        #expect(words("Rossiya-24 aired it") == ["Rossiya-24", "aired", "it"])
    }

    @Test func keepsPeriodsOfAbbreviations() {
        #expect(words("Mr. Smith met Gov. Jones in the U.S. today.") == [
            "Mr.", "Smith", "met", "Gov.", "Jones", "in", "the", "U.S.", "today", ".",
        ])
        #expect(words("Rep. Ann Lee (D-Wis.) and Sen. Bo Ray (R-S.C.)").contains("D-Wis."))
        #expect(words("Rep. Ann Lee (D-Wis.) and Sen. Bo Ray (R-S.C.)").contains("R-S.C."))
    }

    @Test func readsDoubledSingleMarksAsOneMark() {
        let tokens = Tokenizer.tokenize(Array("''Not now,'' he said.".unicodeScalars))
        #expect(tokens.first?.isDoubledSingle == true)
        #expect(tokens.filter { $0.kind == .quoteMark }.count == 2)
    }
}
