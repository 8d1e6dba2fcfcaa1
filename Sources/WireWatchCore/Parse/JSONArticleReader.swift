/// One article item as a scraper writes it in JSON.
struct JSONArticle: Sendable, Equatable {
    var title: String?
    var text: String?
    var html: String?
    var url: String?
    var outlet: String?
    var published: String?
    var authors: [String] = []
}

/// Reads article items from `.json` files (one object, an array of objects, or an object wrapping such an array
/// under `articles`, `items`, `data`, `results` or `entries`) and `.jsonl` files (one object per line).
///
/// Fields, first present of each list: title `title`/`headline`; text `text`/`body`/`content`/`articleBody`/
/// `maintext` (a string or an array of paragraphs); HTML `html`/`body_html`/`content_html`/`raw_html`; URL
/// `url`/`link`; outlet `source`/`outlet`/`publisher`/`site_name` (a string or an object with a `name`); date
/// `published`/`date`/`published_at`/`datePublished`/`pubDate` (text or Unix time); authors `author`/`authors`/
/// `byline`/`creator` (a string, an object with a `name`, or an array of either).
struct JSONArticleReader: Sendable {
    static let expectedShape = "an object with a `text` or `html` field (and optionally `title`, `url`, `source`, "
        + "`published`, `author`), or an array of such objects"
    static let wrapperKeys = ["articles", "items", "data", "results", "entries", "posts"]

    /// The articles of a `.json` file.
    func articles(inJSON bytes: [UInt8]) throws(PipelineError) -> [JSONArticle] {
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch {
            throw .unsupportedShape("not valid JSON (\(error.offsetDescription)); expected \(Self.expectedShape)")
        }
        var items: [JSONValue]
        switch value {
        case .array(let elements): items = elements
        case .object:
            if let wrapped = Self.wrapperKeys.lazy.compactMap({ value.field($0) }).first,
               case .array(let elements) = wrapped, Self.article(from: value) == nil {
                items = elements
            } else {
                items = [value]
            }
        default:
            throw .unsupportedShape("the file holds \(value.kind); expected \(Self.expectedShape)")
        }
        guard !items.isEmpty else { throw .unsupportedShape("an empty array; expected \(Self.expectedShape)") }
        var articles: [JSONArticle] = []
        for (offset, item) in items.enumerated() {
            guard let article = Self.article(from: item) else {
                throw .unsupportedShape("item \(offset + 1) is \(Self.describe(item)); expected \(Self.expectedShape)")
            }
            articles.append(article)
        }
        return articles
    }

    /// The articles of a `.jsonl` file: one JSON object per non-blank line.
    func articles(inJSONLines bytes: [UInt8]) throws(PipelineError) -> [JSONArticle] {
        var articles: [JSONArticle] = []
        for (offset, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { continue }
            let value: JSONValue
            do { value = try JSONParser.parse(line) } catch {
                throw .unsupportedShape("line \(offset + 1) is not valid JSON; expected one article object per line")
            }
            guard let article = Self.article(from: value) else {
                throw .unsupportedShape("line \(offset + 1) is \(Self.describe(value)); expected \(Self.expectedShape)")
            }
            articles.append(article)
        }
        guard !articles.isEmpty else { throw .emptyInput }
        return articles
    }

    /// The article in one JSON object, or nil when it has neither text nor HTML.
    static func article(from value: JSONValue) -> JSONArticle? {
        guard value.isObject else { return nil }
        var article = JSONArticle()
        article.title = value.field("title", "headline").flatMap(\.string)
        article.text = value.field("text", "body", "content", "articlebody", "maintext", "full_text", "fulltext")
            .flatMap(paragraphs)
        article.html = value.field("html", "body_html", "content_html", "raw_html", "html_content").flatMap(\.string)
        if let text = article.text, article.html == nil, text.hasPrefix("<"), text.contains("</") {
            article.html = text
            article.text = nil
        }
        guard article.text != nil || article.html != nil else { return nil }
        article.url = value.field("url", "link", "canonical_url").flatMap(\.string)
        article.outlet = value.field("source", "outlet", "publisher", "site_name", "sitename", "source_name")
            .flatMap(name)
        article.published = value.field(
            "published", "date", "published_at", "publishedat", "date_published", "datepublished", "pubdate",
            "published_date", "publish_date", "created_at", "timestamp"
        ).flatMap(date)
        article.authors = value.field("author", "authors", "byline", "creator", "creators").map(names) ?? []
        return article
    }

    private static func paragraphs(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .array(let parts): parts.compactMap(\.string).joined(separator: "\n\n")
        default: nil
        }
    }

    private static func name(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text.isEmpty ? nil : text
        case .object: value.field("name", "title").flatMap(\.string)
        default: nil
        }
    }

    private static func names(_ value: JSONValue) -> [String] {
        switch value {
        case .array(let elements): return elements.flatMap(names)
        case .object: return name(value).map { [$0] } ?? []
        case .string(let text):
            if let byline = BylineParser.parse(text) { return byline.names }
            return BylineParser.splitParts(Substring(text)).filter { !$0.isEmpty }
        default: return []
        }
    }

    private static func date(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): DateParser.firstDate(in: text) ?? Double(text).flatMap(DateParser.date(fromUnixTime:))
        case .number(let number): DateParser.date(fromUnixTime: number)
        default: nil
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        guard case .object(let members) = value else { return value.kind }
        let keys = members.prefix(8).map(\.key).joined(separator: ", ")
        return members.isEmpty ? "an empty object" : "an object with keys \(keys)"
    }
}

extension JSONParser.Failure {
    var offsetDescription: String {
        switch self {
        case .invalid(let offset): "error at byte \(offset)"
        }
    }
}
