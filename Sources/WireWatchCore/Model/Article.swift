/// One distinct article as written to `articles/<id>.json` (see the output contract).
public struct Article: Sendable, Equatable, Codable {
    /// Stable id: the first 16 hex digits of the SHA-256 of the normalised body text.
    public var id: String
    public var source: ArticleSource
    public var headline: String?
    public var outlet: String?
    public var byline: [String]
    /// `YYYY-MM-DD` or nil.
    public var published: String?
    public var body: [String]
    public var removed: [RemovedLine]
    public var quotes: [Quote]
    public var speakers: [Speaker]
    public var duplicates: [DuplicateLink]
    public var story: String?

    public init(
        id: String,
        source: ArticleSource,
        headline: String? = nil,
        outlet: String? = nil,
        byline: [String] = [],
        published: String? = nil,
        body: [String] = [],
        removed: [RemovedLine] = [],
        quotes: [Quote] = [],
        speakers: [Speaker] = [],
        duplicates: [DuplicateLink] = [],
        story: String? = nil
    ) {
        self.id = id
        self.source = source
        self.headline = headline
        self.outlet = outlet
        self.byline = byline
        self.published = published
        self.body = body
        self.removed = removed
        self.quotes = quotes
        self.speakers = speakers
        self.duplicates = duplicates
        self.story = story
    }

    enum CodingKeys: String, CodingKey {
        case id, source, headline, outlet, byline, published, body, removed, quotes, speakers, duplicates, story
    }

    /// Encodes every key, writing `null` for absent values as the contract shows.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(headline, forKey: .headline)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(byline, forKey: .byline)
        try container.encode(published, forKey: .published)
        try container.encode(body, forKey: .body)
        try container.encode(removed, forKey: .removed)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(speakers, forKey: .speakers)
        try container.encode(duplicates, forKey: .duplicates)
        try container.encode(story, forKey: .story)
    }
}

/// Where an article came from: the dropped file's name, the SHA-256 of its raw bytes and their count.
public struct ArticleSource: Sendable, Equatable, Codable {
    public var file: String
    public var sha256: String
    public var bytes: Int

    public init(file: String, sha256: String, bytes: Int) {
        self.file = file
        self.sha256 = sha256
        self.bytes = bytes
    }
}

/// A line taken out of the body, with the reason it is not article prose.
public struct RemovedLine: Sendable, Equatable, Codable {
    public var text: String
    /// `photo-credit`, `caption`, `disclaimer`, `syndication-id`, `promo`, `repeated-headline`, `byline`,
    /// `section-label`, `outlet-label`, `summary`, ...
    public var reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }
}

/// A relation between this article and an earlier (or, once revised, a later) one.
public struct DuplicateLink: Sendable, Equatable, Codable {
    public enum Relation: String, Sendable, Codable, CaseIterable {
        case exact
        case nearDuplicate = "near-duplicate"
        case rewrite
    }

    public var article: String
    public var relation: Relation
    public var similarity: Double

    public init(article: String, relation: Relation, similarity: Double) {
        self.article = article
        self.relation = relation
        self.similarity = similarity
    }
}
