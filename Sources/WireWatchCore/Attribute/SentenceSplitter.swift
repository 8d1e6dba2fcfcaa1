/// Splits a paragraph's tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quote marks and brackets after it) when the next token
/// starts a sentence: a capital, a digit or an opening mark. Inside a quote no sentence ends, so that a quote and its
/// attribution (`"A. B," he said.`) stay in one sentence. Abbreviations (`Mr.`, `U.S.`) end a sentence only when a
/// typical sentence opener (`The`, `He`) follows.
enum SentenceSplitter {
    static func split(_ paragraph: inout TextParagraph) {
        let tokens = paragraph.tokens
        var sentences: [Range<Int>] = []
        var start = 0
        var position = 0
        var depth = 0
        while position < tokens.count {
            let token = tokens[position]
            if token.isPunctuation("(") { depth += 1 } else if token.isPunctuation(")"), depth > 0 { depth -= 1 }
            var boundary = -1
            if depth > 0 && !paragraph.isQuoted(position) && hasClosingParenthesis(after: position, tokens) {
                position += 1
                continue
            }
            if token.isSentenceFinal, !paragraph.isQuoted(position) || isLastInnerToken(position, paragraph) {
                var end = position + 1
                while end < tokens.count, isTrailingCloser(tokens[end]), !opensQuote(end, paragraph) {
                    end += 1
                }
                if end >= tokens.count || startsSentence(end, paragraph) { boundary = end }
            } else if token.isAbbreviation, !paragraph.isQuoted(position),
                AbbreviationLexicon.mayEndSentence.contains(token.lower), position + 1 < tokens.count,
                OpenerLexicon.sentenceOpeners.contains(tokens[position + 1].lower), tokens[position + 1].isCapitalized
            {
                boundary = position + 1
            }
            if boundary > start {
                sentences.append(start..<boundary)
                start = boundary
                position = boundary
                continue
            }
            position += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        paragraph.sentences = sentences
    }

    /// A `)` closes the open parenthesis within the next few tokens (so a period inside does not end the sentence).
    private static func hasClosingParenthesis(after position: Int, _ tokens: [TextToken]) -> Bool {
        var probe = position + 1
        while probe < tokens.count, probe - position <= 12 {
            if tokens[probe].isPunctuation(")") { return true }
            if tokens[probe].isPunctuation("(") { return false }
            probe += 1
        }
        return false
    }

    /// The token is the last one inside a quote span (its closing mark follows).
    private static func isLastInnerToken(_ position: Int, _ paragraph: TextParagraph) -> Bool {
        let number = paragraph.quoteOf[position]
        guard number >= 0 else { return false }
        let span = paragraph.quotes[number]
        return span.close == position + 1 || (span.close == nil && position + 1 == span.inner.upperBound)
    }

    private static func isTrailingCloser(_ token: TextToken) -> Bool {
        if token.kind == .quoteMark { return true }
        guard token.kind == .punctuation else { return false }
        return token.mark == ")" || token.mark == "]" || token.isSentenceFinal
    }

    private static func opensQuote(_ position: Int, _ paragraph: TextParagraph) -> Bool {
        let number = paragraph.quoteOf[position]
        return number >= 0 && paragraph.quotes[number].open == position
    }

    private static func startsSentence(_ position: Int, _ paragraph: TextParagraph) -> Bool {
        let token = paragraph.tokens[position]
        switch token.kind {
        case .word: return token.isCapitalized
        case .number: return true
        case .quoteMark: return opensQuote(position, paragraph)
        case .punctuation: return token.mark == "(" || token.mark == "[" || token.isDash
        case .possessive: return false
        }
    }
}
