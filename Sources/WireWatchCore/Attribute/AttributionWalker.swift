/// Walks an article's sentences in order and turns cues and quote spans into pending quotes with speakers.
///
/// Per sentence: resolve each cue's speaker; find which cues nest in another's content (the outer one is the
/// quote, except under an outlet's report, where the inner one is and the outlet becomes its credit); let each
/// outer cue's content become direct quotes or reported speech; give each quote span the speaker of the innermost
/// cue around it. Spans with no cue around them are floating and are resolved per paragraph.
struct AttributionWalker {
    struct Floating: Sendable {
        var span: PendingQuote.SpanKey
        var position: Int
        var words: Int
        var standalone: Bool
        var isFirstInParagraph: Bool
        var subject: SpeakerMention?
    }

    typealias SpeakerChoice = (entity: Int?, mention: SpeakerMention?)

    var resolver: SpeakerResolver
    var quotes: [PendingQuote] = []
    /// Speaker of a paragraph ending `X said:`, for the quote that opens the next paragraph.
    var introducer: SpeakerChoice?
    /// Speakers of the cues of the current paragraph with their positions (quotes or not), for floating quotes.
    var paragraphSpeakers: [(position: Int, entity: Int, mention: SpeakerMention?)] = []

    init(resolver: SpeakerResolver) { self.resolver = resolver }

    mutating func walk(_ paragraph: TextParagraph) {
        let finder = CueFinder(paragraph)
        var floating: [Floating] = []
        var nextIntroducer: SpeakerChoice?
        let firstQuoteIndex = quotes.count
        paragraphSpeakers.removeAll()
        for (number, sentence) in paragraph.sentences.enumerated() {
            let cues = finder.cues(in: sentence)
            if cues.isEmpty {
                creditMediaOnlySentence(sentence, in: paragraph, since: firstQuoteIndex)
            }
            let speakers = resolveSpeakers(cues, paragraph, sentence)
            for (cue, speaker) in zip(cues, speakers) where !cue.isAccordingTo {
                if let entity = speaker.entity { paragraphSpeakers.append((cue.head, entity, speaker.mention)) }
            }
            if let last = cues.last, last.introducesNextParagraph, number == paragraph.sentences.count - 1 {
                nextIntroducer = speakers[cues.count - 1]
            }
            floating += emit(cues, speakers, sentence, paragraph)
        }
        resolveFloating(floating, paragraph, firstQuoteIndex: firstQuoteIndex)
        introducer = nextIntroducer
    }

    // MARK: - Speakers

    private mutating func resolveSpeakers(
        _ cues: [AttributionCue], _ paragraph: TextParagraph, _ sentence: Range<Int>
    ) -> [SpeakerChoice] {
        var speakers: [SpeakerChoice] = []
        for (index, cue) in cues.enumerated() {
            if cue.speakerSource == .inherited {
                if let previous = (0..<index).last(where: { !cues[$0].isAccordingTo }) {
                    speakers.append(speakers[previous])
                    continue
                }
                let parser = MentionParser(paragraph)
                let start = MentionScanner.subjectStart(of: sentence, in: paragraph)
                if start < cue.head, let subject = parser.parseForward(startingAt: start, limit: cue.head) {
                    speakers.append((resolver.resolve(subject, position: subject.range.lowerBound), subject))
                } else {
                    speakers.append((nil, nil))
                }
                continue
            }
            guard let mention = cue.speaker else {
                speakers.append((nil, nil))
                continue
            }
            if mention.kind == .vague, MentionParser(paragraph).documentNouns.contains(mention.head) {
                let entity = resolver.lastSpeaker(before: paragraph.index, mention.range.lowerBound, window: 1)
                speakers.append((entity, mention))
                continue
            }
            let isTail = cue.contentBefore != nil && cue.contentAfter == nil
            speakers.append((resolver.resolve(mention, position: mention.range.lowerBound, isTailCue: isTail), mention))
        }
        return speakers
    }

    private func isMedia(_ cue: AttributionCue) -> Bool { cue.speaker?.kind == .media }
}
