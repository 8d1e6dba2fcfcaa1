extension AttributionWalker {
    /// Gives each floating quote of a paragraph the speaker of the quotes around it: an attributed quote earlier
    /// (or else later) in the paragraph, the `X said:` that closed the previous paragraph, or the last speaker of
    /// the two paragraphs before. A short quote that does not stand alone is a scare quote and is left out.
    mutating func resolveFloating(_ floating: [Floating], _ paragraph: TextParagraph, firstQuoteIndex: Int) {
        for item in floating where item.words >= ReportedSpeechExtractor.minimumWords {
            let span = paragraph.quotes[item.span.index]
            var choice: SpeakerChoice?
            let local = quotes[firstQuoteIndex...].filter { $0.paragraph == paragraph.index && $0.entity != nil }
            if let before = local.last(where: { $0.position < item.position }) {
                choice = (before.entity, before.mention)
            } else if let after = local.first(where: { $0.position > item.position }) {
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
            if choice == nil && !item.standalone && item.words < 5 { continue }
            guard item.standalone || choice != nil || item.words >= 6 else { continue }
            var quote = PendingQuote(
                paragraph: paragraph.index, position: item.position, text: span.text(in: paragraph), kind: .direct,
                mention: choice?.mention, entity: choice?.entity, cue: nil)
            quote.inheritsCredit = true
            quote.isFloating = true
            quote.span = item.span
            quotes.append(quote)
        }
        quotes.sort { ($0.paragraph, $0.position) < ($1.paragraph, $1.position) }
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
