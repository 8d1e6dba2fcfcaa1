import Foundation

/// One line of `ledger.jsonl`: what became of one input file (see the output contract).
public struct LedgerEntry: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Equatable, Codable {
        case processed
        case duplicate
        case quarantined
    }

    /// The input's name as dropped.
    public var file: String
    /// Hex SHA-256 of the input's bytes; nil when it had none to read (a FIFO, a directory, ...).
    public var sha256: String?
    /// The article the input became or duplicates; nil when quarantined.
    public var article: String?
    /// Every article of an input that held several (absent otherwise).
    public var articles: [String]?
    public var status: Status
    /// Why the input was quarantined (`code: sentence`), or nil.
    public var reason: String?
    /// RFC 3339 time of handling.
    public var at: String

    public init(
        file: String, sha256: String?, article: String?, articles: [String]? = nil, status: Status,
        reason: String? = nil, at: String
    ) {
        self.file = file
        self.sha256 = sha256
        self.article = article
        self.articles = articles
        self.status = status
        self.reason = reason
        self.at = at
    }

    enum CodingKeys: String, CodingKey {
        case file, sha256, article, articles, status, reason, at
    }

    /// Encodes every contract key, with `null` for absent values; `articles` only when present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(article, forKey: .article)
        try container.encodeIfPresent(articles, forKey: .articles)
        try container.encode(status, forKey: .status)
        try container.encode(reason, forKey: .reason)
        try container.encode(at, forKey: .at)
    }

    /// The line as written: compact JSON in the contract's key order, and a final newline.
    public func line() -> [UInt8] {
        func text(_ value: String?) -> String { value.map(JSONText.quoted) ?? "null" }
        var line = "{\"file\":" + JSONText.quoted(file) + ",\"sha256\":" + text(sha256)
        line += ",\"article\":" + text(article)
        if let articles { line += ",\"articles\":[" + articles.map(JSONText.quoted).joined(separator: ",") + "]" }
        line += ",\"status\":" + JSONText.quoted(status.rawValue) + ",\"reason\":" + text(reason)
        line += ",\"at\":" + JSONText.quoted(at) + "}\n"
        return Array(line.utf8)
    }
}
