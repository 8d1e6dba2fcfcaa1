/// Joins the stages' results into the article record and derives its stable id.
public enum ArticleAssembler {
    /// The article id: the first 16 hex digits of the SHA-256 of the normalised body text
    /// (lowercased words joined by single spaces), so reformatted copies of one text share an id.
    public static func articleID(body: [String], headline: String?) -> String {
        let bytes = normalisedBytes(body.isEmpty ? [headline ?? ""] : body)
        return String(ContentHash.sha256Hex(bytes).prefix(16))
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

    /// The normalised text: each paragraph lowercased, cut into words at every character that is neither a letter
    /// nor a number, the words of all paragraphs joined by single spaces.
    static func normalised(_ paragraphs: [String]) -> String {
        String(decoding: normalisedBytes(paragraphs), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``normalised(_:)``, built without intermediate strings.
    ///
    /// Paragraphs whose scalars each form a grapheme of their own (``ScalarWords/isSimple(_:)``) are read scalar by
    /// scalar; any other paragraph takes the reference path over `Character`s, so results never differ.
    static func normalisedBytes(_ paragraphs: [String]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(paragraphs.reduce(0) { $0 + $1.utf8.count })
        for paragraph in paragraphs {
            if ScalarWords.appendWords(of: paragraph, to: &out) { continue }
            for word in paragraph.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                if !out.isEmpty { out.append(0x20) }
                out.append(contentsOf: word.utf8)
            }
        }
        return out
    }
}
