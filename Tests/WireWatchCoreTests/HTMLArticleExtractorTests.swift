import Testing
import WireWatchCore

struct HTMLArticleExtractorTests {
    private func extract(_ html: String) throws -> ExtractedPage {
        try HTMLArticleExtractor().extract(Array(html.utf8))
    }

    @Test func keepsStoryAndDropsPageFurniture() throws {
        let page = try extract(HTMLTestPages.newsPage)
        #expect(page.paragraphs == HTMLTestPages.story)
    }

    @Test func readsOpenGraphAndArticleMetadata() throws {
        let page = try extract(HTMLTestPages.newsPage)
        #expect(page.title == "Council approves budget")
        #expect(page.outlet == "The Daily Example")
        #expect(page.byline == ["Jane Doe"])
        #expect(page.published == "2024-03-05")
    }

    @Test func dropsLinkDenseBlocksInsideTheArticle() throws {
        let html = """
            <html><body><div class="post">
            \(HTMLTestPages.storyParagraphs)
            <div class="more">\(HTMLTestPages.linkList(6, prefix: "Read also"))</div>
            <p><a href="/x">Click here for all our coverage of the city budget</a></p>
            </div></body></html>
            """
        #expect(try extract(html).paragraphs == HTMLTestPages.story)
    }

    @Test func readsTitleFromHeadWithoutOutletSuffix() throws {
        let html = """
            <html><head><title>Budget passes after long night - Example News</title>
            <meta property="og:site_name" content="Example News"></head>
            <body><article>\(HTMLTestPages.storyParagraphs)</article></body></html>
            """
        let page = try extract(html)
        #expect(page.title == "Budget passes after long night")
        #expect(page.outlet == "Example News")
    }

    @Test func picksTheTitlePartThatTheHeadingRepeats() throws {
        let html = """
            <html><head><title>Budget passes after long night | Politics | Example Daily</title></head>
            <body><article><h1>Budget passes after long night</h1>\(HTMLTestPages.storyParagraphs)</article></body></html>
            """
        let page = try extract(html)
        #expect(page.title == "Budget passes after long night")
        #expect(page.paragraphs == HTMLTestPages.story)
    }

    @Test func usesTheHeadingWhenThePageHasNoTitle() throws {
        let html = "<html><body><article><h1>Budget passes</h1>\(HTMLTestPages.storyParagraphs)</article></body></html>"
        #expect(try extract(html).title == "Budget passes")
    }

    @Test func readsJSONLDNewsArticle() throws {
        let html = """
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Example Site"},
              {"@type": "NewsArticle", "headline": "Council approves budget",
               "datePublished": "2024-03-05T18:30:00-05:00",
               "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
               "publisher": {"@type": "Organization", "name": "Example Times"}}
            ]}
            </script></head><body><article>\(HTMLTestPages.storyParagraphs)</article></body></html>
            """
        let page = try extract(html)
        #expect(page.title == "Council approves budget")
        #expect(page.byline == ["Jane Doe", "John Roe"])
        #expect(page.published == "2024-03-05")
        #expect(page.outlet == "Example Times")
        #expect(page.paragraphs == HTMLTestPages.story)
    }

    @Test func fallsBackToJSONLDArticleBodyWhenMarkupIsEmpty() throws {
        let body = HTMLTestPages.story.joined(separator: "\\n")
            .replacing("\u{201C}", with: "\\u201c").replacing("\u{201D}", with: "\\u201d")
        let html = """
            <html><head><script type="application/ld+json">
            {"@type": "NewsArticle", "headline": "Council approves budget", "articleBody": "\(body)"}
            </script></head><body><div id="app">Loading the story, please wait for the page to finish.</div></body></html>
            """
        #expect(try extract(html).paragraphs == HTMLTestPages.story)
    }

    @Test func survivesMalformedMarkup() throws {
        let html = """
            <html><body><div class="content"><p>\(HTMLTestPages.story[0])<p>\(HTMLTestPages.story[1]) </b></i>
            <p>\(HTMLTestPages.story[2])</span><p>\(HTMLTestPages.story[3])</div></table>
            """
        #expect(try extract(html).paragraphs == HTMLTestPages.story)
    }

    @Test func splitsParagraphsOnDoubleLineBreaks() throws {
        let html = """
            <html><body><div class="entry">\(HTMLTestPages.story[0])<br><br>\(HTMLTestPages.story[1])<br>
            <br>\(HTMLTestPages.story[2])<br/><br/>\(HTMLTestPages.story[3])</div></body></html>
            """
        #expect(try extract(html).paragraphs == HTMLTestPages.story)
    }

    @Test func readsTableRowsAsLines() throws {
        let rows = (1...12).map { "<tr><td>\($0)</td><td>Driver \($0)</td><td>\(5000 - $0)</td></tr>" }.joined()
        let html = """
            <html><body><div class="entry">\(HTMLTestPages.storyParagraphs)
            <table><tr><th>Pos</th><th>Name</th><th>Points</th></tr>\(rows)</table></div></body></html>
            """
        let page = try extract(html)
        #expect(page.paragraphs.contains("Pos Name Points"))
        #expect(page.paragraphs.contains("3 Driver 3 4997"))
    }

    @Test(arguments: [
        "<html><body>\(HTMLTestPages.linkList(40))</body></html>",
        "<html><head><title>Nothing</title></head><body><script>var story = 1;</script></body></html>",
        "<html><body><p>Too short.</p></body></html>",
    ])
    func rejectsPagesWithoutProse(html: String) {
        #expect(throws: PipelineError.noProse) { try HTMLArticleExtractor().extract(Array(html.utf8)) }
    }

    @Test func rejectsEmptyInput() {
        #expect(throws: PipelineError.emptyInput) { try HTMLArticleExtractor().extract([]) }
    }

    @Test func extractsPagesConcurrently() async {
        let bytes = Array(HTMLTestPages.newsPage.utf8)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<16 {
                group.addTask { (try? HTMLArticleExtractor().extract(bytes).paragraphs) ?? [] }
            }
            return await group.reduce(into: [[String]]()) { $0.append($1) }
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == HTMLTestPages.story })
    }

    @Test func handlesDeeplyNestedMarkup() throws {
        let depth = 20_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + HTMLTestPages.storyParagraphs
            + String(repeating: "</div>", count: depth) + "</body></html>"
        #expect(try extract(html).paragraphs == HTMLTestPages.story)
    }

    @Test func handlesUnclosedInlineNesting() throws {
        let html = "<html><body>" + String(repeating: "<span><b>", count: 20_000) + HTMLTestPages.storyParagraphs
        #expect(try extract(html).paragraphs == HTMLTestPages.story)
    }
}
