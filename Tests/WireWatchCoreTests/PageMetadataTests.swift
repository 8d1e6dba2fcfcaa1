import Testing
@testable import WireWatchCore

struct PageMetadataTests {
    @Test(arguments: [
        ("2019-11-19T10:00:00Z", "2019-11-19"),
        ("2019/11/19", "2019-11-19"),
        ("20191119", "2019-11-19"),
        ("November 19, 2019", "2019-11-19"),
        ("Tue, 19 Nov 2019 10:00:00 GMT", "2019-11-19"),
        ("19 de novembro de 2019", "2019-11-19"),
        ("yesterday", nil),
    ] as [(String, String?)])
    func readsDays(text: String, day: String?) {
        #expect(DateText.day(text) == day)
    }

    @Test func parsesLenientJSON() {
        let text = "<!--\n{\"headline\": \"Line one\nline two\", \"tags\": [\"a\", \"b\",], \"n\": 3, \"ok\": true,}\n-->"
        let value = LinkedDataValue.parse(text)
        #expect(value?["headline"]?.string == "Line one\nline two")
        #expect(value?["tags"]?.elements.compactMap(\.string) == ["a", "b"])
        #expect(value?["n"] == .number(3))
        #expect(value?["ok"] == .bool(true))
    }

    @Test func decodesEscapes() {
        let value = LinkedDataValue.parse(#"{"a": "caf\u00e9 \ud83d\ude00 \"q\" \\ \/"}"#)
        #expect(value?["a"]?.string == "café 😀 \"q\" \\ /")
    }

    @Test func stopsAtExcessiveNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(LinkedDataValue.parse(deep) == nil)
    }

    @Test func findsArticleInArraysAndGraphs() {
        let blocks = [
            #"[{"@type": "BreadcrumbList"}, {"@type": ["ReportageNewsArticle"], "headline": "H", "articleBody": "Body"}]"#,
        ]
        let article = LinkedDataArticle.first(in: blocks)
        #expect(article?.headline == "H")
        #expect(article?.articleBody == "Body")
    }

    @Test func cleansAuthorNames() {
        let names = PageMetadata.personNames(["By Jane Doe and John Roe", "https://example.com/jane", "@handle", "Jane Doe"])
        #expect(names == ["Jane Doe", "John Roe"])
    }

    @Test func stripsOutletFromTitle() {
        #expect(PageMetadata.strippingOutlet("Budget passes after vote | Example News", outlet: "Example News")
            == "Budget passes after vote")
        #expect(PageMetadata.strippingOutlet("Example News - Budget passes after vote", outlet: "Example News")
            == "Budget passes after vote")
        #expect(PageMetadata.strippingOutlet("Budget - the long night", outlet: "Example News") == "Budget - the long night")
    }
}
