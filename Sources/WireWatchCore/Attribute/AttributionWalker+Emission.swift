extension AttributionWalker {
    /// Emits the quotes of one sentence and returns its floating spans.
    mutating func emit(
        _ cues: [AttributionCue], _ speakers: [SpeakerChoice], _ sentence: Range<Int>, _ paragraph: TextParagraph
    ) -> [Floating] {
        let hasSpeechCue = cues.contains { !$0.isAccordingTo }
        var suppressed = Set<Int>()
        var extraVia = Array(repeating: [String](), count: cues.count)
        var sentenceCredits: [String] = []
        for (index, cue) in cues.enumerated() {
            if cue.isAccordingTo, cue.speaker?.kind == .media, hasSpeechCue {
                suppressed.insert(index)
                sentenceCredits += cue.via
            }
        }
        for index in cues.indices {
            guard let parent = innermostHolder(cues, of: index), !suppressed.contains(index) else { continue }
            if cues[parent].speaker?.kind == .media && cues[parent].speakerSource == .explicit {
                suppressed.insert(parent)
                extraVia[index] += cues[parent].via + [cues[parent].speaker?.name ?? ""].filter { !$0.isEmpty }
            } else {
                suppressed.insert(index)
            }
        }
        let sentenceStart = quotes.count
        var consumed = Set<Int>()
        var fragments = Set<Int>()
        for (index, cue) in cues.enumerated() where !suppressed.contains(index) {
            for range in [cue.contentBefore, cue.contentAfter].compactMap({ $0 }) {
                switch ReportedSpeechExtractor.decide(range, in: paragraph) {
                case .indirect(let text, let spans):
                    consumed.formUnion(spans)
                    var quote = makeQuote(cue, speakers[index], paragraph, position: range.lowerBound, text: text)
                    quote.kind = .indirect
                    quote.addVia(extraVia[index])
                    quotes.append(quote)
                case .fragments(let spans):
                    fragments.formUnion(spans)
                case .direct, .none:
                    break
                }
            }
        }
        var floating: [Floating] = []
        for (number, span) in paragraph.quotes.enumerated() where sentence.contains(span.open) {
            guard !consumed.contains(number) else { continue }
            let words = span.wordCount(in: paragraph)
            if let owner = innermostCue(cues, holding: span.open) {
                guard words >= ReportedSpeechExtractor.minimumWords || fragments.contains(number) && words >= 2 else {
                    continue
                }
                var quote = makeQuote(
                    cues[owner], speakers[owner], paragraph, position: span.open, text: span.text(in: paragraph))
                quote.span = PendingQuote.SpanKey(paragraph: paragraph.index, index: number)
                quote.addVia(extraVia[owner])
                quotes.append(quote)
            } else {
                let first = sentence.first { paragraph.tokens[$0].kind != .punctuation } ?? sentence.lowerBound
                let standalone = first >= span.open
                var subject: SpeakerMention?
                if !standalone {
                    let start = MentionScanner.subjectStart(of: sentence, in: paragraph)
                    if start < span.open, let mention = MentionParser(paragraph).parseForward(startingAt: start, limit: span.open),
                        mention.kind == .name || mention.kind == .organization
                    {
                        subject = mention
                    }
                }
                floating.append(Floating(
                    span: PendingQuote.SpanKey(paragraph: paragraph.index, index: number), position: span.open,
                    words: words, standalone: standalone, isFirstInParagraph: number == 0, subject: subject))
            }
        }
        if !sentenceCredits.isEmpty {
            for index in sentenceStart..<quotes.count { quotes[index].addVia(sentenceCredits) }
        }
        return floating
    }

    private func makeQuote(
        _ cue: AttributionCue, _ speaker: SpeakerChoice, _ paragraph: TextParagraph, position: Int, text: String
    ) -> PendingQuote {
        var quote = PendingQuote(
            paragraph: paragraph.index, position: position, text: text, kind: .direct, mention: speaker.mention,
            entity: speaker.entity, cue: paragraph.text(cue.cueRange))
        quote.addVia(cue.via)
        if speaker.entity.map({ resolver.entity($0).kind == .media }) == true, let name = speaker.mention?.name,
            speaker.mention?.kind == .media
        {
            quote.addVia([name])
        }
        let kind = speaker.mention?.kind
        quote.inheritsCredit = cue.speakerSource == .inherited || kind == .pronoun || kind == .description
        quote.isReported = cue.isReported
        return quote
    }

    /// The cue (other than `index`) whose content holds cue `index`'s head most tightly.
    private func innermostHolder(_ cues: [AttributionCue], of index: Int) -> Int? {
        var best: Int?
        var bestSize = Int.max
        for (other, cue) in cues.enumerated() where other != index && cue.contentContains(cues[index].head) {
            let size = (cue.contentBefore?.count ?? 0) + (cue.contentAfter?.count ?? 0)
            if size < bestSize {
                best = other
                bestSize = size
            }
        }
        return best
    }

    private func innermostCue(_ cues: [AttributionCue], holding position: Int) -> Int? {
        var best: Int?
        var bestSize = Int.max
        for (index, cue) in cues.enumerated() where cue.contentContains(position) {
            if cue.isAccordingTo && cue.speaker?.kind == .media && cues.contains(where: { !$0.isAccordingTo }) {
                continue
            }
            let size = (cue.contentBefore?.count ?? 0) + (cue.contentAfter?.count ?? 0)
            if size < bestSize {
                best = index
                bestSize = size
            }
        }
        return best
    }

    /// A sentence that only names an outlet (`National news agency Interfax.`) credits the quotes before it.
    mutating func creditMediaOnlySentence(_ sentence: Range<Int>, in paragraph: TextParagraph, since first: Int) {
        guard sentence.count <= 10, !sentence.contains(where: { paragraph.isQuoted($0) }), first < quotes.count else {
            return
        }
        let outlets = MediaMatcher.matches(in: paragraph, range: sentence, expectingMedia: true).map(\.name)
        guard !outlets.isEmpty else { return }
        for index in first..<quotes.count where quotes[index].paragraph == paragraph.index {
            quotes[index].addVia(outlets)
        }
    }
}
