/// What the parse stage makes of one article in a dropped file: metadata, clean body paragraphs and what was removed.
public struct ParsedArticle: Sendable, Equatable {
    public var headline: String?
    public var outlet: String?
    public var byline: [String]
    /// `YYYY-MM-DD` or nil.
    public var published: String?
    /// Clean paragraphs of prose, in order.
    public var body: [String]
    public var removed: [RemovedLine]

    public init(
        headline: String? = nil,
        outlet: String? = nil,
        byline: [String] = [],
        published: String? = nil,
        body: [String] = [],
        removed: [RemovedLine] = []
    ) {
        self.headline = headline
        self.outlet = outlet
        self.byline = byline
        self.published = published
        self.body = body
        self.removed = removed
    }
}

/// The attribute stage's result for one article.
public struct Attribution: Sendable, Equatable {
    public var quotes: [Quote]
    public var speakers: [Speaker]

    public init(quotes: [Quote] = [], speakers: [Speaker] = []) {
        self.quotes = quotes
        self.speakers = speakers
    }
}
