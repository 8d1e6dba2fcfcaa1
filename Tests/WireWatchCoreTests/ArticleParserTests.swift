import Testing
import WireWatchCore

struct ArticleParserTests {
    let parser = ArticleParser()

    @Test func parsesPlainTextWithHeadlineAndCleanBody() throws {
        let text = "Port Reopens After Storm\r\n\r\nThe port reopened on Monday.\r\n\r\n"
            + "Read more: Storm season explained\r\n"
        let articles = try parser.parse(Array(text.utf8), fileName: "port.txt")
        #expect(articles.count == 1)
        #expect(articles[0].headline == "Port Reopens After Storm")
        #expect(articles[0].body == ["The port reopened on Monday."])
        #expect(articles[0].removed == [RemovedLine(text: "Read more: Storm season explained", reason: "promo")])
    }

    @Test func parsesJSONItemsOneArticleEach() throws {
        let json = #"[{"title": "A", "text": "The first item is here."}, "#
            + #"{"title": "B", "text": "The second item is here."}]"#
        let articles = try parser.parse(Array(json.utf8), fileName: "items.json")
        #expect(articles.map(\.headline) == ["A", "B"])
    }

    @Test func parsesJSONDroppedWithATextExtension() throws {
        let json = #"{"title": "A", "text": "The only item is here."}"#
        #expect(try parser.parse(Array(json.utf8), fileName: "item.txt").first?.headline == "A")
    }

    @Test func quarantinesWhatIsNotAnArticle() {
        #expect(throws: PipelineError.emptyInput) { try parser.parse([], fileName: "a.txt") }
        #expect(throws: PipelineError.binaryContent) { try parser.parse([0, 1, 2, 3, 4, 5, 6, 7], fileName: "a.txt") }
        #expect(throws: PipelineError.noProse) { try parser.parse(Array("Headline Only\n".utf8), fileName: "a.txt") }
        #expect(throws: PipelineError.self) { try parser.parse(Array(#"{"id": 3}"#.utf8), fileName: "a.json") }
    }
}
