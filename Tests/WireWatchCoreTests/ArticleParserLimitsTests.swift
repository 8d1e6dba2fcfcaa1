import Testing
import WireWatchCore

/// Hostile shapes found by reliability/hostile.py: a megabyte-long line took the parse and attribute stages
/// about 18 s per megabyte, long enough for the systemd watchdog to restart the daemon.
struct ArticleParserLimitsTests {
    let parser = ArticleParser()

    @Test(arguments: ["one-line.txt", "feed.json", "page.html"])
    func refusesALineOfAMegabyteQuickly(fileName: String) {
        let sentence = #"The council met again and "we are not done yet," said Tomas Reyes. "#
        let line = String(repeating: sentence, count: 16_000)
        let text: String
        switch fileName {
        case "feed.json": text = #"{"headline":"Long","body":""# + line.replacingQuotes() + #""}"#
        case "page.html": text = "<html><body><article><p>" + line + "</p></article></body></html>"
        default: text = "Long line\n" + line + "\n"
        }
        let clock = ContinuousClock()
        let started = clock.now
        #expect(throws: PipelineError.self) { try parser.parse(Array(text.utf8), fileName: fileName) }
        #expect(clock.now - started < .seconds(10))
    }

    @Test func keepsLongButRealParagraphs() throws {
        let paragraph = String(repeating: "The harbour board met again on Tuesday to discuss the ferry fares. ", count: 300)
        let articles = try parser.parse(Array(("Fares\n\n" + paragraph + "\n").utf8), fileName: "long.txt")
        #expect(articles.count == 1)
        #expect(articles[0].body.first?.hasPrefix("The harbour board") == true)
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        String(map { $0 == "\"" ? "'" : $0 })
    }
}
