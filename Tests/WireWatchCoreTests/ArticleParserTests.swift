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

    @Test func parsesJSONLinesWithTheirFields() throws {
        let lines = #"{"title": "Pier Approved", "text": "The harbour board approved the pier on Monday.", "#
            + #""url": "https://news.example/pier", "source": "Harbour Times", "date": "2024-03-04", "#
            + #""authors": "Ann Lee and Tom Roe"}"# + "\n"
            + #"{"headline": "Ferry Delayed", "html": "<p>The morning ferry was delayed by fog for two hours.</p>", "#
            + #""outlet": "Coast News", "published": 1709510400, "author": {"name": "Sam Poe"}}"# + "\n"
        let articles = try parser.parse(Array(lines.utf8), fileName: "feed.jsonl")
        #expect(articles.map(\.headline) == ["Pier Approved", "Ferry Delayed"])
        #expect(articles.map(\.outlet) == ["Harbour Times", "Coast News"])
        #expect(articles.map(\.published) == ["2024-03-04", "2024-03-04"])
        #expect(articles.map(\.byline) == [["Ann Lee", "Tom Roe"], ["Sam Poe"]])
        #expect(articles[1].body == ["The morning ferry was delayed by fog for two hours."])
    }

    @Test func quarantinesUnknownJSONShapesNamingWhatWasExpected() {
        for (bytes, name) in [(#"[{"id": 1}]"#, "a.json"), (#"{"id": 1}"# + "\n", "a.jsonl"), ("\"text\"", "a.json")] {
            do {
                _ = try parser.parse(Array(bytes.utf8), fileName: name)
                Issue.record("\(name) was accepted")
            } catch {
                guard case .unsupportedShape(let reason) = error else {
                    Issue.record("\(name): \(error)")
                    continue
                }
                #expect(reason.contains("expected"), "\(reason)")
            }
        }
    }

    @Test func quarantinesWhatIsNotAnArticle() {
        #expect(throws: PipelineError.emptyInput) { try parser.parse([], fileName: "a.txt") }
        #expect(throws: PipelineError.binaryContent) { try parser.parse([0, 1, 2, 3, 4, 5, 6, 7], fileName: "a.txt") }
        #expect(throws: PipelineError.noProse) { try parser.parse(Array("Headline Only\n".utf8), fileName: "a.txt") }
        #expect(throws: PipelineError.self) { try parser.parse(Array(#"{"id": 3}"#.utf8), fileName: "a.json") }
    }
}
