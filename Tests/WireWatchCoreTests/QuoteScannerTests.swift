import Testing
@testable import WireWatchCore

struct QuoteScannerTests {
    private func spans(_ texts: String...) -> [[String]] {
        AttributeTestSupport.paragraphs(texts).map { paragraph in paragraph.quotes.map { $0.text(in: paragraph) } }
    }

    @Test func pairsStraightCurlyAndSingleMarks() {
        #expect(spans("\"We will go,\" she said.") == [["We will go,"]])
        #expect(spans("“We will go,” she said.") == [["We will go,"]])
        #expect(spans("‘We will go,’ she said.") == [["We will go,"]])
    }

    @Test func readsMarksWithoutSpacesAroundThem() {
        #expect(spans("He warned that“prices will rise soon.”") == [["prices will rise soon."]])
    }

    @Test func ignoresApostrophes() {
        #expect(spans("The voters’ mood and the ’90s show it isn’t over.") == [[]])
    }

    @Test func keepsNestedQuotesInsideTheOuterOne() {
        let found = spans("“I told him, ‘No way,’ and left,” she said.")
        #expect(found == [["I told him, ‘No way,’ and left,"]])
    }

    @Test func anUnclosedQuoteStopsAtTheEndOfItsParagraph() {
        let found = spans("She said “we never had a deal with them.", "The talks went on.")
        #expect(found == [["we never had a deal with them."], []])
    }

    @Test func aMissingClosingMarkDoesNotSwallowTheNextQuote() {
        let found = spans("“First part of it, he said. “Second part of it.”")
        #expect(found[0].count == 2)
    }

    @Test func linksMultiParagraphQuotes() {
        let paragraphs = AttributeTestSupport.paragraphs([
            "“The first paragraph of the statement runs on.",
            "“The second one ends it,” the governor said.",
        ])
        #expect(paragraphs[0].quotes.first?.continuesToNext == true)
        #expect(paragraphs[1].quotes.first?.continuesFromPrevious == true)
    }

    @Test func treatsDoubledSingleMarksAsDoubleQuotes() {
        #expect(spans("''It is a start,'' the mayor said.") == [["It is a start,"]])
    }
}
