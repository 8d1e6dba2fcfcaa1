import Testing
@testable import WireWatchCore

struct JSONArticleReaderTests {
    let reader = JSONArticleReader()

    @Test func readsOneObjectWithCommonFields() throws {
        let json = #"""
            {"title": "Port Reopens", "text": "The port reopened.", "url": "https://news.example/port",
             "source": {"name": "Harbour Gazette"}, "published": "2024-03-05T08:00:00Z",
             "authors": ["Ann Lee", {"name": "Sam Poe"}]}
            """#
        let articles = try reader.articles(inJSON: Array(json.utf8))
        #expect(articles == [JSONArticle(
            title: "Port Reopens", text: "The port reopened.", url: "https://news.example/port",
            outlet: "Harbour Gazette", published: "2024-03-05", authors: ["Ann Lee", "Sam Poe"])])
    }

    @Test func readsArraysWrappersAndAlternativeNames() throws {
        let json = #"""
            {"articles": [{"headline": "A", "body": ["One.", "Two."], "date": 1700000000, "author": "By Ann Lee"},
                          {"title": "B", "html": "<p>Hi</p>", "outlet": "Wire"}]}
            """#
        let articles = try reader.articles(inJSON: Array(json.utf8))
        #expect(articles.count == 2)
        #expect(articles[0].text == "One.\n\nTwo.")
        #expect(articles[0].published == "2023-11-14")
        #expect(articles[0].authors == ["Ann Lee"])
        #expect(articles[1].html == "<p>Hi</p>")
    }

    @Test func readsJSONLines() throws {
        let lines = "{\"title\": \"A\", \"text\": \"One.\"}\n\n{\"title\": \"B\", \"content\": \"Two.\"}\n"
        #expect(try reader.articles(inJSONLines: Array(lines.utf8)).map(\.title) == ["A", "B"])
    }

    @Test func refusesUnknownShapesNamingWhatWasExpected() {
        #expect(throws: PipelineError.unsupportedShape(
            "item 1 is an object with keys id, score; expected \(JSONArticleReader.expectedShape)")) {
            try reader.articles(inJSON: Array(#"{"id": 1, "score": 2}"#.utf8))
        }
        let number = "the file holds a number; expected \(JSONArticleReader.expectedShape)"
        #expect(throws: PipelineError.unsupportedShape(number)) {
            try reader.articles(inJSON: Array("42".utf8))
        }
        #expect(throws: PipelineError.self) { try reader.articles(inJSON: Array("[1, 2".utf8)) }
        #expect(throws: PipelineError.self) { try reader.articles(inJSONLines: Array("{\"text\": 1}\n".utf8)) }
    }
}
