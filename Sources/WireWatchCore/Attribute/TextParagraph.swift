/// A body paragraph prepared for attribution: its scalars, tokens, sentences and quote spans.
struct TextParagraph: Sendable {
    /// Index of the paragraph in the article body.
    let index: Int
    let scalars: [Unicode.Scalar]
    let tokens: [TextToken]
    /// Token ranges of the sentences, in order; filled once quote spans are known.
    var sentences: [Range<Int>] = []
    /// Top-level quote spans of this paragraph, in order.
    var quotes: [QuoteSpan] = []
    /// For each token, the index in `quotes` of the top-level span it stands in (marks included), or -1.
    var quoteOf: [Int] = []

    init(index: Int, text: String) {
        self.index = index
        self.scalars = Array(text.unicodeScalars)
        self.tokens = Tokenizer.tokenize(scalars)
        self.quoteOf = Array(repeating: -1, count: tokens.count)
    }

    /// The source text of tokens `range`, as written (spaces kept).
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return "" }
        return text(scalarsFrom: tokens[range.lowerBound].start, to: tokens[range.upperBound - 1].end)
    }

    /// The source text between two scalar offsets.
    func text(scalarsFrom start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// Whether token `position` stands inside (or on a mark of) a top-level quote span.
    func isQuoted(_ position: Int) -> Bool { quoteOf[position] >= 0 }

    /// The sentence that holds token `position`.
    func sentence(containing position: Int) -> Range<Int>? {
        sentences.first { $0.contains(position) }
    }
}
