/// The attribute stage: finds who said what in a parsed article.
///
/// Rule-based and linear in the article's length: quote marks are paired per paragraph (``QuoteScanner``),
/// sentences split around them, speech cues found with their speakers (``CueFinder``), contents turned into direct
/// quotes or reported speech (``ReportedSpeechExtractor``), speakers resolved within the article
/// (``SpeakerResolver``) and media credits carried over (``MediaCredits``).
public struct Attributor: Sendable {
    public init() {}

    /// Finds the direct and reported speech of `article`, each with its speaker and the media it is credited through.
    public func attribute(_ article: ParsedArticle) -> Attribution {
        var paragraphs = article.body.enumerated().map { TextParagraph(index: $0.offset, text: $0.element) }
        QuoteScanner.scan(&paragraphs)
        for index in paragraphs.indices { SentenceSplitter.split(&paragraphs[index]) }
        var resolver = SpeakerResolver()
        MentionScanner.scan(paragraphs, into: &resolver)
        var walker = AttributionWalker(resolver: resolver)
        for paragraph in paragraphs { walker.walk(paragraph) }
        walker.joinContinuedQuotes(paragraphs)
        var pending = walker.quotes
        MediaCredits.propagate(&pending)
        return AttributionAssembler.assemble(pending, resolver: walker.resolver)
    }
}
