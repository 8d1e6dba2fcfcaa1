import Testing
@testable import WireWatchCore

struct HTMLWhitespaceTests {
    private func collapsed(_ text: String) -> HTMLWhitespace.CollapsedText {
        text.withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: text.utf8.count + 1) {
                HTMLWhitespace.collapseRuns(utf8: $0)
            }
        }
    }

    @Test func collapsesRunsAndKeepsOneSpaceAtTheEnds() {
        let result = collapsed("\n  Hello,\u{00A0}\u{00A0}world \t\u{2003}again  ")
        #expect(result.text == " Hello, world again ")
        #expect(result.length == 18)
        #expect(result.commas == 1)
    }

    @Test func dropsInvisibleCharacters() {
        let result = collapsed("zero\u{200B}width soft\u{00AD}hyphen\u{FEFF}")
        #expect(result.text == "zerowidth softhyphen")
    }

    @Test func countsScalarsAndWideCommas() {
        let result = collapsed("東京、大阪，京都")
        #expect(result.text == "東京、大阪，京都")
        #expect(result.length == 8)
        #expect(result.commas == 2)
    }

    @Test func agreesWithTheStringVersion() {
        let text = " a\u{3000}b\u{2028}c\u{205F}d "
        #expect(collapsed(text).text == HTMLWhitespace.collapseRuns(text))
        #expect(HTMLWhitespace.collapse(text) == "a b c d")
    }
}
