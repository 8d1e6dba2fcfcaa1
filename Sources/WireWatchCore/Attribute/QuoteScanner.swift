/// Finds the quote spans of an article's paragraphs from their quote marks.
///
/// Each mark is classed as opening or closing from the white space and punctuation around it (flanking), falling
/// back on its glyph (`“` opens, `”` closes) and, for straight marks, on whether a quote is open. Apostrophes inside
/// and at the end of words are not quote marks. Nested quotes stay inside their outer span. A quote left open runs to
/// the end of its paragraph only, and continues into the next paragraph when that one opens with a mark.
enum QuoteScanner {
    private enum Role { case open, close, either, none }

    private struct OpenMark {
        var token: Int
        var isSingle: Bool
        var isStraight: Bool
    }

    /// Fills `quotes` and `quoteOf` of every paragraph.
    static func scan(_ paragraphs: inout [TextParagraph]) {
        for index in paragraphs.indices {
            scan(&paragraphs[index])
        }
        for index in paragraphs.indices.dropLast() {
            guard let last = paragraphs[index].quotes.last, last.close == nil else { continue }
            let next = paragraphs[index + 1]
            if let first = next.quotes.first, first.open == 0, !first.isSingle, !last.isSingle {
                paragraphs[index].quotes[paragraphs[index].quotes.count - 1].continuesToNext = true
                paragraphs[index + 1].quotes[0].continuesFromPrevious = true
            }
        }
    }

    static func scan(_ paragraph: inout TextParagraph) {
        let tokens = paragraph.tokens
        var stack: [OpenMark] = []
        var spans: [QuoteSpan] = []
        func closeTop(at end: Int, closeMark: Int?) {
            guard let top = stack.popLast() else { return }
            if stack.isEmpty {
                spans.append(QuoteSpan(
                    paragraph: paragraph.index, open: top.token, close: closeMark, inner: (top.token + 1)..<end,
                    isSingle: top.isSingle))
            }
        }
        for position in tokens.indices where tokens[position].kind == .quoteMark {
            let token = tokens[position]
            let single = isSingleMark(token.mark) && !token.isDoubledSingle
            let role = classify(position, in: tokens)
            if single {
                switch role {
                case .open:
                    if stack.last?.isSingle == true { stack.removeLast() }
                    stack.append(OpenMark(token: position, isSingle: true, isStraight: token.mark == "'"))
                case .close, .either:
                    if stack.last?.isSingle == true { closeTop(at: position, closeMark: position) }
                case .none:
                    break
                }
                continue
            }
            if isInchMark(position, in: tokens) { continue }
            var opens: Bool
            switch role {
            case .open: opens = true
            case .close: opens = false
            case .either, .none:
                if token.mark == "\u{201C}" || token.mark == "\u{201E}" || token.mark == "\u{00AB}"
                    || token.text == "\u{2018}\u{2018}"
                {
                    opens = true
                } else if token.mark == "\u{201D}" || token.mark == "\u{00BB}" || token.text == "\u{2019}\u{2019}" {
                    opens = false
                } else {
                    opens = !stack.contains { !$0.isSingle }
                }
            }
            if position == 0 { opens = true }
            while stack.last?.isSingle == true { stack.removeLast() }
            if opens {
                let straight = token.mark == "\"" || token.text == "''"
                if let top = stack.last, top.isStraight == straight {
                    // The same kind of mark opening again: the earlier quote lost its closing mark.
                    closeTop(at: position, closeMark: nil)
                }
                stack.append(OpenMark(token: position, isSingle: false, isStraight: straight))
            } else if !stack.isEmpty {
                closeTop(at: position, closeMark: position)
            }
        }
        while stack.count > 1 { stack.removeLast() }
        if let top = stack.first, !top.isSingle {
            closeTop(at: tokens.count, closeMark: nil)
        }
        spans.removeAll { span in
            span.inner.isEmpty || !span.inner.contains { tokens[$0].kind == .word || tokens[$0].kind == .number }
        }
        paragraph.quotes = spans
        for (number, span) in spans.enumerated() {
            for position in span.tokens where position < tokens.count {
                paragraph.quoteOf[position] = number
            }
        }
    }

    static func isSingleMark(_ mark: Unicode.Scalar) -> Bool {
        mark == "'" || mark == "\u{2018}" || mark == "\u{2019}" || mark == "\u{201A}" || mark == "\u{201B}"
            || mark == "\u{2039}" || mark == "\u{203A}"
    }

    private static func classify(_ position: Int, in tokens: [TextToken]) -> Role {
        let token = tokens[position]
        let previous = position > 0 ? tokens[position - 1] : nil
        let next = position + 1 < tokens.count ? tokens[position + 1] : nil
        let openBefore = token.spaceBefore || previous.map(isOpeningContext) ?? true
        let closeAfter = token.spaceAfter || next.map(isClosingContext) ?? true
        let leftFlanking = openBefore && !token.spaceAfter && next != nil
        let rightFlanking = closeAfter && !token.spaceBefore && previous != nil
        if isSingleMark(token.mark), !token.isDoubledSingle, leftFlanking, !rightFlanking, let next, next.kind == .number {
            return .none  // '90s
        }
        switch (leftFlanking, rightFlanking) {
        case (true, false): return .open
        case (false, true): return .close
        case (true, true): return .either
        case (false, false): return isSingleMark(token.mark) && !token.isDoubledSingle ? .none : .either
        }
    }

    private static func isOpeningContext(_ token: TextToken) -> Bool {
        switch token.kind {
        case .quoteMark: return true
        case .punctuation:
            return "([{/\u{2014}\u{2013}\u{2015}-:".unicodeScalars.contains(token.mark)
        default: return false
        }
    }

    private static func isClosingContext(_ token: TextToken) -> Bool {
        switch token.kind {
        case .quoteMark, .possessive: return true
        case .punctuation: return !"([{".unicodeScalars.contains(token.mark)
        default: return false
        }
    }

    /// `6'3"`: a double mark after a number that follows a single mark.
    private static func isInchMark(_ position: Int, in tokens: [TextToken]) -> Bool {
        guard position >= 2, !tokens[position].spaceBefore, tokens[position - 1].kind == .number else { return false }
        return tokens[position - 2].kind == .quoteMark && isSingleMark(tokens[position - 2].mark)
    }
}
