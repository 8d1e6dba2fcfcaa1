/// The parse stage: turns the bytes of a dropped file into clean articles.
///
/// Formats, chosen by the file's extension and, for text, by a look at its first characters:
/// - `.html`, `.htm` (or text starting with `<!DOCTYPE html` or `<html`): main text and metadata from
///   ``HTMLArticleExtractor``, then the same cleaning as plain text.
/// - `.json` (or text starting with `{`) and `.jsonl`: article items read by ``JSONArticleReader``; their `text`
///   (or `html`) is cleaned, their fields give headline, outlet, authors and date.
/// - anything else: plain text in UTF-8, UTF-16 or Windows-1252 (see ``TextDecoder``), with the headline on the first
///   line when it is a heading.
///
/// Each article lists the lines taken out of its body, with a reason (see ``BoilerplateReason``).
public struct ArticleParser: Sendable {
    public init() {}

    /// Parses one dropped file. A file may hold several articles (a JSON array, JSON Lines).
    /// - Parameters:
    ///   - bytes: the raw bytes of the file.
    ///   - fileName: the name as dropped; its extension selects the format.
    /// - Throws: `PipelineError.emptyInput`, `.binaryContent`, `.undecodableText`, `.unsupportedShape` (JSON that is
    ///   not article items) or `.noProse` (nothing left once boilerplate is removed).
    public func parse(_ bytes: [UInt8], fileName: String) throws(PipelineError) -> [ParsedArticle] {
        guard !bytes.isEmpty else { throw .emptyInput }
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") { return [try parseHTML(bytes)] }
        let text = try TextDecoder().decode(bytes)
        if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") {
            return try parseItems(JSONArticleReader().articles(inJSONLines: Array(text.utf8)))
        }
        let opening = text.prefix(64).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if lowered.hasSuffix(".json") {
            return try parseItems(JSONArticleReader().articles(inJSON: Array(text.utf8)))
        }
        if opening.hasPrefix("{") || opening.hasPrefix("["),
           let items = try? JSONArticleReader().articles(inJSON: Array(text.utf8)) {
            return try parseItems(items)
        }
        let head = opening.lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return [try parseHTML(Array(text.utf8))] }
        return [try requireProse(ArticleCleaner().clean(lines: Self.shortLines(TextNormalizer().lines(of: text))))]
    }

    // MARK: - Formats

    private func parseHTML(_ bytes: [UInt8]) throws(PipelineError) -> ParsedArticle {
        let page = try HTMLArticleExtractor().extract(bytes)
        let normalizer = TextNormalizer()
        let known = ArticleCleaner.Known(
            headline: page.title.map(normalizer.line(of:)).flatMap { $0.isEmpty ? nil : $0 },
            outlet: page.outlet, byline: page.byline, published: page.published, detectsHeadline: false)
        let lines = try Self.shortLines(Self.lines(ofParagraphs: page.paragraphs))
        return try requireProse(ArticleCleaner.forPages.clean(lines: lines, known: known))
    }

    private func parseItems(_ items: [JSONArticle]) throws(PipelineError) -> [ParsedArticle] {
        let normalizer = TextNormalizer()
        var articles: [ParsedArticle] = []
        for item in items {
            let title = item.title.map(normalizer.line(of:)).flatMap { $0.isEmpty ? nil : $0 }
            var known = ArticleCleaner.Known(
                headline: title, outlet: item.outlet.map(normalizer.line(of:)), byline: item.authors,
                published: item.published, detectsHeadline: title == nil)
            let lines: [String]
            var cleaner = ArticleCleaner()
            if let text = item.text {
                lines = normalizer.lines(of: text)
            } else if let html = item.html {
                let page = try? HTMLArticleExtractor().extract(Array(html.utf8))
                if let page, !page.paragraphs.isEmpty {
                    lines = Self.lines(ofParagraphs: page.paragraphs)
                    known.headline = known.headline ?? page.title.map(normalizer.line(of:))
                    known.detectsHeadline = false
                    cleaner = .forPages
                } else {
                    lines = normalizer.lines(of: HTMLFragmentText.text(of: html))
                }
            } else {
                continue
            }
            let article = cleaner.clean(lines: try Self.shortLines(lines), known: known)
            if !article.body.isEmpty { articles.append(article) }
        }
        guard !articles.isEmpty else { throw .noProse }
        return articles
    }

    /// The longest line (paragraph) the stages take, in UTF-8 bytes: 100 times the longest paragraph of real
    /// articles, and short enough that parse and attribute stay well under a second or two on it.
    static let maxLineBytes = 100_000

    /// `lines`, or `.unsupportedShape` when one is longer than ``maxLineBytes`` (a megabyte-long line is not
    /// prose, and the stages' time grows with a paragraph's length: it must not stall the daemon).
    static func shortLines(_ lines: [String]) throws(PipelineError) -> [String] {
        if let long = lines.first(where: { $0.utf8.count > maxLineBytes }) {
            throw .unsupportedShape("a line of \(long.utf8.count) bytes, over the limit of \(maxLineBytes)")
        }
        return lines
    }

    private func requireProse(_ article: ParsedArticle) throws(PipelineError) -> ParsedArticle {
        guard !article.body.isEmpty else { throw .noProse }
        return article
    }

    /// Paragraphs as normalised lines with a blank line between them.
    static func lines(ofParagraphs paragraphs: [String]) -> [String] {
        let normalizer = TextNormalizer()
        var lines: [String] = []
        for paragraph in paragraphs {
            let paragraphLines = normalizer.lines(of: paragraph).filter { !$0.isEmpty }
            guard !paragraphLines.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append(paragraphLines.joined(separator: " "))
        }
        return lines
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
