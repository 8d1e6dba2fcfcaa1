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
/// First version: not implemented yet.
public struct HTMLArticleExtractor: Sendable {
    public init() {}

    public func extract(_ bytes: [UInt8]) throws(PipelineError) -> ExtractedPage {
        throw .unsupportedShape("HTML extraction is not implemented yet")
    }
}
