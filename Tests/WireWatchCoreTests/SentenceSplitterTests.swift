import Testing
@testable import WireWatchCore

struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let paragraph = AttributeTestSupport.paragraph(text)
        return paragraph.sentences.map { paragraph.text($0) }
    }

    @Test func splitsAtSentenceEnds() {
        #expect(sentences("The vote was held. It passed easily!") == ["The vote was held.", "It passed easily!"])
    }

    @Test func doesNotSplitAfterTitlesOrInsideParentheses() {
        #expect(sentences("Mr. Lee met Sen. Ann Ray (R-S.C.) on Monday.").count == 1)
    }

    @Test func keepsAQuoteWithItsAttribution() {
        #expect(sentences("“It works. It really does,” she said. Then she left.") == [
            "“It works. It really does,” she said.", "Then she left.",
        ])
    }

    @Test func splitsBetweenASplitQuoteAndItsContinuation() {
        #expect(sentences("“First,” he said. “Second.”") == ["“First,” he said.", "“Second.”"])
    }

    @Test func endsAfterTheUSWhenASentenceStarts() {
        #expect(sentences("He lives in the U.S. The rest is history.").count == 2)
    }
}
