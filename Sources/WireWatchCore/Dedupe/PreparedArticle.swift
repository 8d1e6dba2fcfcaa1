import Foundation

/// An article with everything its dedupe admission needs that depends on the article alone: the text sketch of
/// its fingerprint (shingle signature, sentence sketches, term and entity counts), the content terms of its quotes'
/// pieces and its published day.
///
/// Made by ``Deduplicator/prepare(_:)`` on any thread (it reads no shared state), so that the parallel stages do
/// this work and the serial ``Deduplicator/admit(_:at:)-(PreparedArticle,_)`` keeps only what needs the memory.
public struct PreparedArticle: Sendable {
    /// The article as it came from the parallel stages (speakers not yet canonical).
    public let article: Article
    let sketch: FingerprintBuilder.TextSketch
    /// Per quote of `article`: the sorted content terms of each piece that makes a statement unit.
    let quotePieces: [[[UInt32]]]
    /// Days since 1970-01-01 of the article's published date, when it has a readable one.
    let publishedDay: Int32?
    /// The name keys of every speaker name, alias and role of the article, for the speaker registry.
    let speakerNames: [SpeakerKey.Computed]

    init(_ article: Article) {
        self.article = article
        sketch = FingerprintBuilder.sketch(of: article)
        quotePieces = StatementMatcher.pieceTerms(of: article)
        publishedDay = article.published.flatMap(CivilDay.days(fromISODate:))
        var texts: [String] = []
        for speaker in article.speakers { texts += [speaker.name] + speaker.aliases + speaker.roles }
        for quote in article.quotes {
            guard let reference = quote.speaker else { continue }
            texts.append(reference.name)
            if let role = reference.role { texts.append(role) }
        }
        var seen = Set<String>()
        speakerNames = texts.filter { !$0.isEmpty && seen.insert($0).inserted }.map(SpeakerKey.Computed.init)
    }

    /// The article's day: its published day when it has one, else the day of `date` (when it was received).
    func day(receivedAt date: Date) -> (day: Int32, isPublished: Bool) {
        if let publishedDay { return (publishedDay, true) }
        return (Int32((date.timeIntervalSince1970 / 86_400).rounded(.down)), false)
    }
}
