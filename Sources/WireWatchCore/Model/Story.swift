/// A group of articles about one event, with the statements reported across them (`stories/<id>.json`).
public struct Story: Sendable, Equatable, Codable {
    public var id: String
    public var articles: [String]
    public var statements: [Statement]

    public init(id: String, articles: [String] = [], statements: [Statement] = []) {
        self.id = id
        self.articles = articles
        self.statements = statements
    }
}

/// One utterance by one speaker as reported across articles, earliest article first.
public struct Statement: Sendable, Equatable, Codable {
    public var id: String
    public var speaker: String
    /// A representative wording.
    public var text: String
    public var quotes: [StatementMember]

    public init(id: String, speaker: String, text: String, quotes: [StatementMember]) {
        self.id = id
        self.speaker = speaker
        self.text = text
        self.quotes = quotes
    }
}

/// A quote of one article that carries a statement.
public struct StatementMember: Sendable, Equatable, Hashable, Codable {
    public var article: String
    public var quote: String

    public init(article: String, quote: String) {
        self.article = article
        self.quote = quote
    }
}
