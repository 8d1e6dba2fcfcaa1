/// Joins the stages' results into the article record and derives its stable id.
public enum ArticleAssembler {
    /// The article id: the first 16 hex digits of the SHA-256 of the normalised body text
    /// (lowercased words joined by single spaces), so reformatted copies of one text share an id.
    public static func articleID(body: [String], headline: String?) -> String {
        let text = normalised(body.isEmpty ? [headline ?? ""] : body)
        return String(ContentHash.sha256Hex(text).prefix(16))
    }

    /// Builds the article record from a parsed article, its attribution and its source.
    public static func assemble(parsed: ParsedArticle, attribution: Attribution, source: ArticleSource) -> Article {
        Article(
            id: articleID(body: parsed.body, headline: parsed.headline),
            source: source,
            headline: parsed.headline,
            outlet: parsed.outlet,
            byline: parsed.byline,
            published: parsed.published,
            body: parsed.body,
            removed: parsed.removed,
            quotes: attribution.quotes,
            speakers: attribution.speakers
        )
    }

    static func normalised(_ paragraphs: [String]) -> String {
        var words: [String] = []
        for paragraph in paragraphs {
            for word in paragraph.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                words.append(String(word))
            }
        }
        return words.joined(separator: " ")
    }
}
