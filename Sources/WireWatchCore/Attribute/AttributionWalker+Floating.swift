extension AttributionWalker {
    /// Gives each floating quote of a paragraph the speaker of the quotes around it: an attributed quote earlier
    /// (or else later) in the paragraph, the `X said:` that closed the previous paragraph, or the last speaker of
    /// the two paragraphs before. A short quote that does not stand alone is a scare quote and is left out.
    mutating func resolveFloating(_ floating: [Floating], _ paragraph: TextParagraph, firstQuoteIndex: Int) {
        for item in floating where item.words >= ReportedSpeechExtractor.minimumWords {
            let span = paragraph.quotes[item.span.index]
            if !item.standalone && item.words < 6 { continue }
            if isTitle(span, in: paragraph) { continue }
            var choice: SpeakerChoice?
            if let signed = signature(after: span, in: paragraph) {
                // `"..." ― Sonya Herridge`
                choice = (resolver.resolve(signed, position: signed.range.lowerBound), signed)
            } else if let before = paragraphSpeakers.last(where: { $0.position < item.position }) {
                choice = (before.entity, before.mention)
            } else if let after = paragraphSpeakers.first(where: { $0.position > item.position }) {
                choice = (after.entity, after.mention)
            } else if item.isFirstInParagraph, let introducer {
                choice = introducer
            } else if item.standalone, let last = quotes.last(where: { $0.entity != nil }),
                paragraph.index - last.paragraph <= 2
            {
                choice = (last.entity, last.mention)
            } else if !item.standalone, item.words >= 5, let subject = item.subject,
                subject.kind == .organization || resolver.knownPerson(subject) != nil
            {
                choice = (resolver.resolve(subject, position: subject.range.lowerBound), subject)
            } else if let last = quotes.last(where: { $0.entity != nil }), paragraph.index - last.paragraph <= 2 {
                choice = (last.entity, last.mention)
            }
            var quote = PendingQuote(
                paragraph: paragraph.index, position: item.position, text: span.text(in: paragraph), kind: .direct,
                mention: choice?.mention, entity: choice?.entity, cue: nil)
            quote.inheritsCredit = true
            quote.isFloating = true
            quote.span = item.span
            quotes.append(quote)
        }
        if !floating.isEmpty, firstQuoteIndex < quotes.count {
            quotes[firstQuoteIndex...].sort { ($0.paragraph, $0.position) < ($1.paragraph, $1.position) }
        }
    }

    /// A name signed after a quote with a dash, ending the paragraph (`"..." ― Sonya Herridge`).
    private mutating func signature(after span: QuoteSpan, in paragraph: TextParagraph) -> SpeakerMention? {
        guard let close = span.close, close + 2 < paragraph.tokens.count else { return nil }
        var start = close + 1
        while start < paragraph.tokens.count, paragraph.tokens[start].isComma || paragraph.tokens[start].isSentenceFinal {
            start += 1
        }
        guard start < paragraph.tokens.count, paragraph.tokens[start].isDash else { return nil }
        while start < paragraph.tokens.count, paragraph.tokens[start].isDash { start += 1 }
        let end = paragraph.tokens.count
        guard start < end, end - start <= 8,
            let mention = MentionParser(paragraph).parseForward(startingAt: start, limit: end),
            mention.kind == .name || mention.kind == .organization,
            mention.range.upperBound == end || (mention.range.upperBound == end - 1 && paragraph.tokens[end - 1].isSentenceFinal)
        else { return nil }
        return mention
    }

    /// A quoted title or heading rather than speech: most words capitalised (`"Contract with America."`), or a
    /// web address.
    private func isTitle(_ span: QuoteSpan, in paragraph: TextParagraph) -> Bool {
        var words = 0
        var capitalised = 0
        for position in span.inner where paragraph.tokens[position].kind == .word {
            let token = paragraph.tokens[position]
            if Self.looksLikeAddress(token.lower) { return true }
            words += 1
            if token.isCapitalized || Self.titleFillers.contains(token.lower) {
                capitalised += 1
            }
        }
        guard words > 0, words <= 8 else { return false }
        let sentenceLike = span.inner.contains { position in
            let token = paragraph.tokens[position]
            return token.isComma || (token.isSentenceFinal && position + 1 < span.inner.upperBound)
        }
        return !sentenceLike && capitalised * 10 >= words * 8
            && span.inner.contains { paragraph.tokens[$0].isCapitalized && $0 > span.inner.lowerBound }
    }

    /// Small words that may stand lower-case in a title.
    private static let titleFillers: Set<String> = ["of", "the", "a", "an", "and", "in", "on", "to", "for", "with"]

    /// A web or social-media address: holds `http` or `.com`, or starts with `@`. The bytes are checked first; only
    /// when they match does the `Character` test decide (a byte match is necessary for it, so results are the same).
    private static func looksLikeAddress(_ word: String) -> Bool {
        let bytes = word.utf8
        if bytes.first == 0x40, word.hasPrefix("@") { return true }
        return bytes.containsBytes("http") && word.contains("http") || bytes.containsBytes(".com") && word.contains(".com")
    }

    /// Gives the parts of a multi-paragraph quote one speaker: the one attributed part's, when a part has one.
    mutating func joinContinuedQuotes(_ paragraphs: [TextParagraph]) {
        var indexOfSpan: [PendingQuote.SpanKey: Int] = [:]
        for (index, quote) in quotes.enumerated() {
            if let span = quote.span { indexOfSpan[span] = index }
        }
        var chain: [Int] = []
        func settle() {
            defer { chain.removeAll() }
            guard chain.count > 1,
                let anchor = chain.first(where: { !quotes[$0].isFloating && quotes[$0].entity != nil })
            else { return }
            for member in chain where quotes[member].isFloating {
                quotes[member].entity = quotes[anchor].entity
                quotes[member].mention = quotes[anchor].mention
                quotes[member].cue = quotes[anchor].cue
            }
        }
        for paragraph in paragraphs {
            for (number, span) in paragraph.quotes.enumerated() {
                let key = PendingQuote.SpanKey(paragraph: paragraph.index, index: number)
                if !span.continuesFromPrevious { settle() }
                if let index = indexOfSpan[key] { chain.append(index) } else if span.continuesFromPrevious { settle() }
            }
        }
        settle()
    }
}
