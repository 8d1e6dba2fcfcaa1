import Testing
import WireWatchCore

/// Page layouts that trip simple extractors: split bodies, misleading class names, long comment threads.
struct ContentScorerTests {
    private func paragraphs(_ html: String) throws -> [String] {
        try HTMLArticleExtractor().extract(Array(html.utf8)).paragraphs
    }

    private var story: [String] { HTMLTestPages.story }

    @Test func joinsArticleChunksSplitByAds() throws {
        let chunk = { (range: Range<Int>) in
            "<div class=\"grid\"><div class=\"body-chunk\">"
                + self.story[range].map { "<p>\($0)</p>" }.joined() + "</div><div class=\"ad-slot\"></div></div>"
        }
        let html = """
            <html><body><nav>\(HTMLTestPages.linkList(10))</nav><article><div class="chunks">
            \(chunk(0..<2))\(chunk(2..<4))</div></article></body></html>
            """
        #expect(try paragraphs(html) == story)
    }

    @Test func keepsProseInsideWidgetClasses() throws {
        let html = """
            <html><body><div class="page-builder">
            <div class="builder-widget widget-text-editor">\(HTMLTestPages.storyParagraphs)
            <p>\(story[0]) Again, for length.</p></div>
            <div class="builder-widget widget-sidebar">\(HTMLTestPages.linkList(8))</div>
            </div></body></html>
            """
        let result = try paragraphs(html)
        #expect(Array(result.prefix(4)) == story)
        #expect(!result.contains { $0.contains("Section") })
    }

    @Test func keepsWrappersWhoseClassMentionsTheHeader() throws {
        let html = """
            <html><body><div class="wrapper header-style-2 with-menu">
            <div class="entry">\(HTMLTestPages.storyParagraphs)</div>
            <div class="footer-menu">\(HTMLTestPages.linkList(6))</div></div></body></html>
            """
        #expect(try paragraphs(html) == story)
    }

    @Test func prefersTheShortArticleOverALongCommentThread() throws {
        let comment = "I have lived in this city for thirty years, and every year the council promises the same thing, "
            + "more money for roads, better parks, safer bridges, and every year nothing changes at all."
        let comments = (1...12).map { "<li class=\"comment\"><p>\(comment) (\($0))</p></li>" }.joined()
        let html = """
            <html><body><article class="post"><h1>Council approves budget</h1>
            <div class="entry-content"><p>\(story[0])</p><p>\(story[3])</p></div></article>
            <section id="comments"><ol class="comment-list">\(comments)</ol></section></body></html>
            """
        #expect(try paragraphs(html) == [story[0], story[3]])
    }

    @Test func dropsCaptionsCreditsAndDateLines() throws {
        let html = """
            <html><body><article>
            <p class="timestamp">Updated 5:27 am EST, Wednesday, March 6, 2024</p>
            <div class="image-wrapper"><img src="x.jpg"><span class="caption">Council members vote.</span>
            <span class="credit">Photo: John Roe</span></div>
            \(HTMLTestPages.storyParagraphs)
            <p><a href="/related">Related: Mayor vetoes the park plan</a></p>
            </article></body></html>
            """
        #expect(try paragraphs(html) == story)
    }
}
