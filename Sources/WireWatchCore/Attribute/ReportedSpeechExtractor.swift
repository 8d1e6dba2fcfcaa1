/// Decides what a cue's content is: the quoted spans inside it (when quoted words make nearly all of it, as in
/// `said: "..."`), or reported speech whose text is the content clause (`said he preferred Joe Biden`,
/// `stated that the US is "capable of helping bring the end to this conflict" in Ukraine`), quote marks kept.
enum ReportedSpeechExtractor {
    enum Decision: Equatable {
        /// The quote spans (indices into the paragraph's quotes) carry the content.
        case direct([Int])
        /// Reported speech with this text; the spans inside belong to it.
        case indirect(String, [Int])
        /// Reported speech made of quoted fragments in two clauses (`it would be "practically impossible" ... since
        /// they are "at their lowest point"`): each fragment of two words or more is a quote of its own.
        case fragments([Int])
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
        if let fragments = fragments(spans, in: range, paragraph) { return .fragments(fragments) }
        guard total >= minimumWords else { return .none }
        let text = trimmedText(range, in: paragraph)
        return text.isEmpty ? .none : .indirect(text, spans)
    }

    /// Words that open another clause between two quoted fragments (`, as`, `since`, `but`).
    static let clauseJoiners: Set<String> = ["since", "because", "but", "while", "although", "though", "whereas"]

    /// Words of a quoted fragment that reads as a clause of its own.
    static let clauseWords = 6

    /// The quoted fragments of two words or more inside `range` when there are several, one of them reads as a
    /// clause (``clauseWords``) and another clause opens between the first and the last one; nil otherwise
    /// (`called him "a liar" and "a cheat"` and `won "every debate" because there is "a lot going on"` stay whole).
    static func fragments(_ spans: [Int], in range: Range<Int>, _ paragraph: TextParagraph) -> [Int]? {
        let parts = spans.filter { number in
            let span = paragraph.quotes[number]
            guard let close = span.close, range.contains(span.open), range.contains(close) else { return false }
            return span.wordCount(in: paragraph) >= 2
        }
        guard parts.count >= 2, let first = paragraph.quotes[parts[0]].close,
            parts.contains(where: { paragraph.quotes[$0].wordCount(in: paragraph) >= clauseWords })
        else { return nil }
        let last = paragraph.quotes[parts[parts.count - 1]].open
        guard first < last else { return nil }
        let tokens = paragraph.tokens
        let between = (first..<last).filter { paragraph.quoteOf[$0] < 0 && tokens[$0].kind == .word }
        // `... "A," but he said that "B"`: the second fragment belongs to a cue of its own.
        guard !between.contains(where: { tokens[$0].isCueForm }) else { return nil }
        let joined = between.contains { position in
            let word = tokens[position].lower
            return clauseJoiners.contains(word) || word == "as" && position > 0 && tokens[position - 1].isComma
        }
        return joined ? parts : nil
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
