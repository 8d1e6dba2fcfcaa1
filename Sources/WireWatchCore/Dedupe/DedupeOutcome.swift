/// What admitting one article to the dedupe memory decided.
public struct DedupeOutcome: Sendable, Equatable {
    /// The admitted article with `duplicates`, `story` and canonical speaker names filled in.
    public var article: Article
    /// Earlier articles whose records changed (a later original found for an earlier copy, a story merged, ...):
    /// rewrite them.
    public var revisedArticles: [Article]
    /// Story records that changed: rewrite them.
    public var stories: [Story]
    /// Ids of stories merged into another one: remove their records.
    public var removedStories: [String]
    /// True when the exact same article (same id) was admitted before; nothing new was indexed, and the records
    /// returned are the current ones (so a re-run after a crash can rewrite them).
    public var alreadyKnown: Bool

    public init(
        article: Article, revisedArticles: [Article] = [], stories: [Story] = [], removedStories: [String] = [],
        alreadyKnown: Bool = false
    ) {
        self.article = article
        self.revisedArticles = revisedArticles
        self.stories = stories
        self.removedStories = removedStories
        self.alreadyKnown = alreadyKnown
    }
}
