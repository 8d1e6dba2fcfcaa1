/// The main text and metadata of a saved web page.
public struct ExtractedPage: Sendable, Equatable {
    public var title: String?
    public var outlet: String?
    public var byline: [String]
    /// `YYYY-MM-DD` or nil.
    public var published: String?
    /// The article body, one entry per paragraph, in reading order.
    public var paragraphs: [String]

    public init(title: String? = nil, outlet: String? = nil, byline: [String] = [], published: String? = nil, paragraphs: [String] = []) {
        self.title = title
        self.outlet = outlet
        self.byline = byline
        self.published = published
        self.paragraphs = paragraphs
    }
}

/// Extracts the article from an HTML page with libxml2's HTML parser.
///
/// The page is decoded (byte-order mark, `<meta charset>`, else UTF-8 or Windows-1252), parsed with libxml2's
/// forgiving parser and copied into a compact tree. Paragraphs vote for the containers around them; the best
/// container and its related siblings are cleaned of widgets and link lists and read out paragraph by paragraph.
/// Headline, outlet, byline and date come from Open Graph, article meta tags and JSON-LD.
public struct HTMLArticleExtractor: Sendable {
    /// Below this many characters an extraction is retried with fewer heuristics.
    static let minimumLength = 500

    public init() {}

    /// Extracts the article of one page.
    /// - Parameter bytes: the page as saved, in any encoding it declares.
    /// - Throws: `PipelineError.noProse` when the page holds no article text.
    public func extract(_ bytes: [UInt8]) throws(PipelineError) -> ExtractedPage {
        guard !bytes.isEmpty else { throw .emptyInput }
        let document = try HTMLDocument(bytes: bytes, charset: HTMLCharset.detect(bytes))
        var head = PageHead()
        let tree = PageTree(document: document, head: &head)
        let metadata = PageMetadata(head: head)
        var paragraphs = bodyParagraphs(tree, metadata: metadata)
        if let fallback = Self.linkedDataParagraphs(metadata.articleBody, instead: paragraphs) {
            paragraphs = fallback
        }
        guard Self.isProse(paragraphs) else { throw .noProse }
        return ExtractedPage(
            title: metadata.title, outlet: metadata.outlet, byline: metadata.byline, published: metadata.published,
            paragraphs: paragraphs)
    }

    /// The paragraphs of the best extraction: strict heuristics first, relaxed ones when too little is found.
    func bodyParagraphs(_ tree: PageTree, metadata: PageMetadata) -> [String] {
        let attempts: [(ContentScorer.Options, Bool)] = [
            (ContentScorer.Options(stripUnlikely: true, weighClasses: true), true),
            (ContentScorer.Options(stripUnlikely: false, weighClasses: true), true),
            (ContentScorer.Options(stripUnlikely: false, weighClasses: false), true),
            (ContentScorer.Options(stripUnlikely: false, weighClasses: false), false),
        ]
        let filter = ParagraphFilter(title: metadata.title)
        var best: [String] = []
        var bestLength = 0
        for (options, cleanConditionally) in attempts {
            var working = tree
            let roots = ContentScorer(options: options).selectContent(in: &working)
            ContentCleaner(cleanConditionally: cleanConditionally).clean(&working, roots: roots)
            let paragraphs = filter.filter(ParagraphCollector().paragraphs(in: working, roots: roots))
            let length = paragraphs.reduce(0) { $0 + $1.count }
            if length >= Self.minimumLength { return paragraphs }
            if length > bestLength {
                best = paragraphs
                bestLength = length
            }
        }
        return best
    }

    /// The JSON-LD `articleBody` as paragraphs when it is much longer than what the markup gave (pages that
    /// render their text with scripts); nil otherwise.
    static func linkedDataParagraphs(_ articleBody: String?, instead paragraphs: [String]) -> [String]? {
        guard let articleBody else { return nil }
        let lines = articleBody.split(whereSeparator: \.isNewline).map { HTMLWhitespace.collapse(String($0)) }
            .filter { !$0.isEmpty }
        let length = lines.reduce(0) { $0 + $1.count }
        let extracted = paragraphs.reduce(0) { $0 + $1.count }
        guard length >= minimumLength, length > extracted * 2, !articleBody.contains("</") else { return nil }
        return lines
    }

    /// True when the paragraphs hold at least one sentence-sized piece of text.
    static func isProse(_ paragraphs: [String]) -> Bool {
        let total = paragraphs.reduce(0) { $0 + $1.count }
        guard total >= 80 else { return false }
        return paragraphs.contains { $0.unicodeScalars.count >= 60 || $0.split(separator: " ").count >= 10 }
    }
}
