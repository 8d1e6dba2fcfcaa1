@testable import WireWatchCore

/// Helpers for the attribute-stage tests: run the attributor on hand-written paragraphs.
enum AttributeTestSupport {
    static func attribute(_ paragraphs: String...) -> Attribution {
        Attributor().attribute(ParsedArticle(headline: "Test", body: paragraphs))
    }

    static func paragraphs(_ texts: [String]) -> [TextParagraph] {
        var paragraphs = texts.enumerated().map { TextParagraph(index: $0.offset, text: $0.element) }
        QuoteScanner.scan(&paragraphs)
        for index in paragraphs.indices { SentenceSplitter.split(&paragraphs[index]) }
        return paragraphs
    }

    static func paragraph(_ text: String) -> TextParagraph {
        paragraphs([text])[0]
    }
}

extension Attribution {
    /// The quote whose text contains `fragment`.
    func quote(containing fragment: String) -> Quote? {
        quotes.first { $0.text.contains(fragment) }
    }
}
