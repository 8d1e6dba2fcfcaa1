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
        let paragraphs = bodyParagraphs(tree, metadata: metadata)
        guard !paragraphs.isEmpty else { throw .noProse }
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
        var best: [String] = []
        var bestLength = 0
        for (options, cleanConditionally) in attempts {
            var working = tree
            let roots = ContentScorer(options: options).selectContent(in: &working)
            ContentCleaner(cleanConditionally: cleanConditionally).clean(&working, roots: roots)
            let collected = ParagraphCollector().paragraphs(in: working, roots: roots)
            let paragraphs = finish(collected, metadata: metadata)
            let length = paragraphs.reduce(0) { $0 + $1.count }
            if length >= Self.minimumLength { return paragraphs }
            if length > bestLength {
                best = paragraphs
                bestLength = length
            }
        }
        return best
    }

    /// Drops the headline repeated in the body and empty paragraphs.
    private func finish(_ collected: [CollectedParagraph], metadata: PageMetadata) -> [String] {
        let title = metadata.title.map { $0.lowercased() }
        return collected.compactMap { paragraph in
            if let title, paragraph.text.lowercased() == title { return nil }
            let density = paragraph.linkDensity
            if density >= 0.8 || density >= 0.5 && paragraph.text.count < 150 { return nil }
            return paragraph.text
        }
    }
}
