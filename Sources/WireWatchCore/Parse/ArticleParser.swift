/// The parse stage: turns the bytes of a dropped file into clean articles.
///
/// First version: UTF-8 text, one paragraph per non-empty line, the first line as headline.
public struct ArticleParser: Sendable {
    public init() {}

    /// Parses one dropped file. A file may hold several articles (a JSON array, JSON Lines).
    /// - Parameters:
    ///   - bytes: the raw bytes of the file.
    ///   - fileName: the name as dropped; its extension selects the format.
    public func parse(_ bytes: [UInt8], fileName: String) throws(PipelineError) -> [ParsedArticle] {
        guard !bytes.isEmpty else { throw .emptyInput }
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") {
            let page = try HTMLArticleExtractor().extract(bytes)
            return [ParsedArticle(
                headline: page.title, outlet: page.outlet, byline: page.byline, published: page.published,
                body: page.paragraphs)]
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .undecodableText("not valid UTF-8")
        }
        var lines = text.split(whereSeparator: \.isNewline).map { String($0).trimmed }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { throw .noProse }
        let headline = lines.removeFirst()
        return [ParsedArticle(headline: headline, body: lines)]
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmed: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
