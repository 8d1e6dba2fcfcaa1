import Testing
@testable import WireWatchCore

struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test func splitsOnEveryKindOfLineBreak() {
        #expect(normalizer.lines(of: "one\r\ntwo\rthree\nfour\u{2028}five") == ["one", "two", "three", "four", "five"])
    }

    @Test func keepsBlankLinesButDropsTrailingOnes() {
        #expect(normalizer.lines(of: "a\n\n  \nb\n\n") == ["a", "", "", "b"])
    }

    @Test func dropsByteOrderMarksAndZeroWidthCharacters() {
        #expect(normalizer.lines(of: "\u{FEFF}Kre\u{200B}mlin says\u{200D}") == ["Kremlin says"])
        #expect(normalizer.lines(of: "co\u{00AD}operate") == ["cooperate"])
    }

    @Test func turnsNoBreakAndOtherSpacesIntoOneSpace() {
        #expect(normalizer.lines(of: "9:00\u{00A0}a.m.\u{2009}to\t\t10  a.m. ") == ["9:00 a.m. to 10 a.m."])
    }

    @Test func joinsATitleIntoOneLine() {
        #expect(normalizer.line(of: "  Two\nlines  ") == "Two lines")
    }
}
