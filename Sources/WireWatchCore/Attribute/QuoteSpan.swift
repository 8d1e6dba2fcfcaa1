/// A top-level stretch of quoted words in one paragraph.
struct QuoteSpan: Sendable, Equatable {
    /// Index of the paragraph in the article body.
    var paragraph: Int
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark, or nil when the quote runs to the end of the paragraph.
    var close: Int?
    /// Tokens between the marks.
    var inner: Range<Int>
    /// Written in single marks (`‘...’`).
    var isSingle: Bool
    /// Continues a quote left open at the end of the previous paragraph (multi-paragraph quote).
    var continuesFromPrevious = false
    /// Left open at the end of the paragraph while the next paragraph opens with a quote mark.
    var continuesToNext = false

    /// Every token of the span, marks included.
    var tokens: Range<Int> { open..<((close ?? (inner.upperBound - 1)) + 1) }

    /// Number of word and number tokens inside.
    func wordCount(in paragraph: TextParagraph) -> Int {
        var count = 0
        for position in inner where paragraph.tokens[position].kind == .word || paragraph.tokens[position].kind == .number {
            count += 1
        }
        return count
    }

    /// The quoted text as written, without the marks.
    func text(in paragraph: TextParagraph) -> String {
        paragraph.text(inner).trimmingQuoteEdges()
    }
}

extension String {
    /// The string without surrounding white space and without stray quote marks at its ends.
    func trimmingQuoteEdges() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace || Tokenizer.isQuoteMark(first) {
            scalars.removeFirst()
        }
        while let last = scalars.last, last.properties.isWhitespace || (Tokenizer.isQuoteMark(last) && last != "'") {
            scalars.removeLast()
        }
        return String(scalars)
    }
}
