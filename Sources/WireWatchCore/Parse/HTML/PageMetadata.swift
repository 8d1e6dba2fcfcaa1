/// Headline, outlet, byline, date and (when the page carries one) the full text of a page, read from its
/// Open Graph and article meta tags and its JSON-LD `NewsArticle` / `Article` object.
struct PageMetadata: Sendable, Equatable {
    var title: String?
    var outlet: String?
    var byline: [String] = []
    /// `YYYY-MM-DD`.
    var published: String?
    /// The JSON-LD `articleBody`, when present.
    var articleBody: String?

    init(title: String? = nil, outlet: String? = nil, byline: [String] = [], published: String? = nil,
        articleBody: String? = nil)
    {
        self.title = title
        self.outlet = outlet
        self.byline = byline
        self.published = published
        self.articleBody = articleBody
    }

    /// Reads the metadata of a page. Meta tags come first, then JSON-LD, then the `<title>`.
    init(head: PageHead) {
        let article = LinkedDataArticle.first(in: head.linkedData)
        outlet = head.meta("og:site_name", "application-name") ?? article?.publisher
        let headline = head.meta("og:title", "twitter:title", "headline", "title") ?? article?.headline
        title = (headline ?? head.title).map { Self.headline($0, outlet: outlet, headings: head.headings) }
            ?? head.headings.first
        let dateText = head.meta(
            "article:published_time", "datepublished", "og:article:published_time", "article.published",
            "publishdate", "pubdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
            "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime")
        published = (dateText.flatMap(DateText.day) ?? article?.datePublished.flatMap(DateText.day))
        var names = article?.authors ?? []
        if names.isEmpty {
            names = head.metaValues("author") + head.metaValues("article:author") + head.metaValues("dc.creator")
                + head.metaValues("byl") + head.metaValues("parsely-author") + head.metaValues("sailthru.author")
        }
        byline = Self.personNames(names)
        articleBody = article?.articleBody
    }

    /// Names from author fields: no URLs or handles, `By` dropped, lists split, duplicates removed.
    static func personNames(_ values: [String]) -> [String] {
        var result: [String] = []
        for value in values {
            var text = HTMLWhitespace.collapse(value)
            if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
            if text.contains("://") || text.hasPrefix("@") || text.hasPrefix("www.") { continue }
            let parts = text.replacing(" and ", with: ",").replacing(" & ", with: ",").split(separator: ",")
            for part in parts {
                let name = HTMLWhitespace.collapse(String(part))
                guard !name.isEmpty, name.count <= 60, !result.contains(name) else { continue }
                result.append(name)
            }
        }
        return result
    }

    /// The headline in a page title: the part that the page's `<h1>` repeats when the title has several
    /// parts (`Headline | Section | Site`), else the title without the outlet's name.
    static func headline(_ title: String, outlet: String?, headings: [String]) -> String {
        let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "]
        let keys = Set(headings.map(ParagraphFilter.letters))
        for separator in separators where TextSearch.contains(title, separator) {
            for part in title.split(separator: separator) {
                let part = HTMLWhitespace.collapse(String(part))
                if part.count >= 10, keys.contains(ParagraphFilter.letters(part)) { return part }
            }
        }
        return strippingOutlet(title, outlet: outlet)
    }

    /// `title` without a trailing or leading ` | Outlet` (also ` - `, ` — `, ` :: `).
    static func strippingOutlet(_ title: String, outlet: String?) -> String {
        let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "]
        guard let outlet = outlet?.lowercased(), !outlet.isEmpty else { return title }
        for separator in separators {
            let ranges = title.ranges(of: separator)
            if let range = ranges.last {
                let suffix = title[range.upperBound...].lowercased()
                if !suffix.isEmpty, suffix.contains(outlet) || outlet.contains(suffix) {
                    let kept = HTMLWhitespace.collapse(String(title[..<range.lowerBound]))
                    if kept.count >= 10 { return kept }
                }
            }
            if let range = ranges.first, title[..<range.lowerBound].lowercased() == outlet {
                let kept = HTMLWhitespace.collapse(String(title[range.upperBound...]))
                if kept.count >= 10 { return kept }
            }
        }
        return title
    }
}
