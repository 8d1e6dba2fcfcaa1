/// A body paragraph prepared for attribution: its scalars, tokens, sentences and quote spans.
struct TextParagraph: Sendable {
    /// Index of the paragraph in the article body.
    let index: Int
    let scalars: [Unicode.Scalar]
    /// The paragraph's UTF-8 bytes and, for each scalar offset (and the end), its byte offset: text is cut from
    /// these without re-encoding.
    let utf8: [UInt8]
    let byteOffsets: [Int]
    let tokens: [TextToken]
    /// Token ranges of the sentences, in order; filled once quote spans are known.
    var sentences: [Range<Int>] = []
    /// Top-level quote spans of this paragraph, in order.
    var quotes: [QuoteSpan] = []
    /// For each token, the index in `quotes` of the top-level span it stands in (marks included), or -1.
    var quoteOf: [Int] = []

    init(index: Int, text: String) {
        self.index = index
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        self.utf8 = Array(text.utf8)
        self.byteOffsets = Tokenizer.byteOffsets(of: scalars)
        self.tokens = Tokenizer.tokenize(scalars, utf8: utf8, byteOffsets: byteOffsets)
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
        return String(decoding: utf8[byteOffsets[start]..<byteOffsets[end]], as: UTF8.self)
    }

    /// Whether token `position` stands inside (or on a mark of) a top-level quote span.
    func isQuoted(_ position: Int) -> Bool { quoteOf[position] >= 0 }

    /// The sentence that holds token `position`.
    func sentence(containing position: Int) -> Range<Int>? {
        sentences.first { $0.contains(position) }
    }
}
