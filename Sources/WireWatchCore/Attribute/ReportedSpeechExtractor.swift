/// Decides what a cue's content is: the quoted spans inside it (when quoted words make nearly all of it, as in
/// `said: "..."`), or reported speech whose text is the content clause (`said he preferred Joe Biden`,
/// `stated that the US is "capable of helping bring the end to this conflict" in Ukraine`), quote marks kept.
enum ReportedSpeechExtractor {
    enum Decision: Equatable {
        /// The quote spans (indices into the paragraph's quotes) carry the content.
        case direct([Int])
        /// Reported speech with this text; the spans inside belong to it.
        case indirect(String, [Int])
        case none
    }

    /// Fewest words for reported speech to count.
    static let minimumWords = 3

    static func decide(_ range: Range<Int>, in paragraph: TextParagraph) -> Decision {
        var total = 0
        var quoted = 0
        var spans: [Int] = []
        for position in range {
            let token = paragraph.tokens[position]
            let span = paragraph.quoteOf[position]
            if span >= 0, spans.last != span { spans.append(span) }
            guard token.kind == .word || token.kind == .number else { continue }
            total += 1
            if span >= 0 { quoted += 1 }
        }
        guard total > 0 else { return .none }
        if quoted > 0, quoted * 5 >= total * 4 { return .direct(spans) }
        guard total >= minimumWords else { return .none }
        let text = trimmedText(range, in: paragraph)
        return text.isEmpty ? .none : .indirect(text, spans)
    }

    /// The content as written, without the leading `that`, bullets and commas and the closing punctuation.
    static func trimmedText(_ range: Range<Int>, in paragraph: TextParagraph) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        let tokens = paragraph.tokens
        while lower < upper {
            let token = tokens[lower]
            let leading = token.kind == .punctuation && !token.isPunctuation("(") && !token.isPunctuation("[")
                || token.kind == .word && token.lower == "that" && lower == range.lowerBound
            guard leading else { break }
            lower += 1
        }
        while upper > lower {
            let token = tokens[upper - 1]
            let trailing = token.kind == .punctuation && !token.isPunctuation(")") && !token.isPunctuation("]")
                && !token.isPunctuation("?") && !token.isPunctuation("!")
            guard trailing else { break }
            upper -= 1
        }
        return paragraph.text(lower..<upper)
    }
}
