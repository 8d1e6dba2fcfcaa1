/// The article object of a page's JSON-LD (`NewsArticle`, `Article`, `BlogPosting`, ... also inside `@graph`).
struct LinkedDataArticle: Sendable, Equatable {
    var headline: String?
    var authors: [String] = []
    var publisher: String?
    var datePublished: String?
    var articleBody: String?

    /// The first article object in the JSON-LD blocks; one with an `articleBody` wins over one without.
    static func first(in blocks: [String]) -> LinkedDataArticle? {
        var found: [LinkedDataValue] = []
        for block in blocks {
            guard let value = LinkedDataValue.parse(block) else { continue }
            collectArticles(value, into: &found)
        }
        guard let object = found.first(where: { $0["articleBody"]?.string != nil }) ?? found.first else { return nil }
        return LinkedDataArticle(object)
    }

    init(_ object: LinkedDataValue) {
        headline = (object["headline"] ?? object["name"])?.string.map(HTMLWhitespace.collapse)
        authors = (object["author"] ?? object["creator"])?.elements.compactMap(Self.name) ?? []
        publisher = object["publisher"].flatMap(Self.name)
        datePublished = (object["datePublished"] ?? object["dateCreated"])?.string
        articleBody = object["articleBody"]?.string
    }

    /// `name` of a person or organisation object, or the string itself.
    private static func name(_ value: LinkedDataValue) -> String? {
        let text = value.string ?? value["name"]?.elements.first?.string
        return text.map(HTMLWhitespace.collapse).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// True for schema.org types of articles.
    static func isArticleType(_ type: String) -> Bool {
        let name = type.split(separator: "/").last.map(String.init) ?? type
        return name.hasSuffix("Article") || name == "BlogPosting" || name == "LiveBlogPosting" || name == "Report"
            || name == "SocialMediaPosting"
    }

    /// Walks arrays, `@graph` and `mainEntity` (loop, bounded) for objects of an article type.
    private static func collectArticles(_ root: LinkedDataValue, into found: inout [LinkedDataValue]) {
        var pending = [root]
        var visited = 0
        while let value = pending.popLast(), visited < 1000 {
            visited += 1
            switch value {
            case .array(let items):
                pending += items.reversed()
            case .object:
                let types = value["@type"]?.elements.compactMap(\.string) ?? []
                if types.contains(where: isArticleType) { found.append(value) }
                for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
                    if let nested = value[key] { pending.append(nested) }
                }
            default:
                break
            }
        }
    }
}
