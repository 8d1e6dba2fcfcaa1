/// Small hand-written pages for the HTML extraction tests.
enum HTMLTestPages {
    /// Four paragraphs of a made-up council story.
    static let story = [
        "The city council voted on Tuesday to approve a new budget that raises spending on schools, roads and parks, after a debate that lasted well into the night.",
        "Supporters said the plan, which adds twelve million dollars for repairs, would fix bridges that have been closed for years, while critics warned about the cost.",
        "\u{201C}We cannot keep patching the same potholes every spring,\u{201D} said Maria Lopez, who chairs the finance committee and wrote most of the proposal.",
        "The budget now goes to the mayor, who has ten days to sign it or send it back, and residents can comment on it at a hearing next month.",
    ]

    /// The story as `<p>` elements.
    static var storyParagraphs: String {
        story.map { "<p>\($0)</p>" }.joined(separator: "\n")
    }

    /// A list of `count` links, as navigation menus and related-story boxes have.
    static func linkList(_ count: Int, prefix: String = "Section") -> String {
        "<ul>" + (1...count).map { "<li><a href=\"/s/\($0)\">\(prefix) \($0) headline</a></li>" }.joined() + "</ul>"
    }

    /// A full news page: navigation, header, article with a figure, share bar, related links, comments, footer.
    static var newsPage: String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Council approves budget | The Daily Example</title>
        <meta property="og:title" content="Council approves budget">
        <meta property="og:site_name" content="The Daily Example">
        <meta property="article:published_time" content="2024-03-05T18:30:00Z">
        <meta name="author" content="Jane Doe">
        </head><body>
        <header class="site-header"><a href="/">The Daily Example</a><nav>\(linkList(8))</nav></header>
        <div id="main-wrapper"><div class="article-container">
        <article>
          <h1>Council approves budget</h1>
          <div class="byline">By Jane Doe</div>
          <p class="dateline">Published March 5, 2024 at 6:30 PM</p>
          <figure><img src="a.jpg"><figcaption>Council members at the vote. Photo: John Roe</figcaption></figure>
          <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
          <div class="article-body">\(storyParagraphs)</div>
          <div class="related-stories"><h3>Related</h3>\(linkList(5, prefix: "Story"))</div>
        </article>
        <div id="comments" class="comments-area">
          <p>This is a long reader comment that goes on and on about the budget, taxes, the mayor, the weather, and many other things, with many commas, words, and opinions.</p>
          <p>Another long reader comment disagrees with the first one at great length, with more commas, more words, more opinions, and a few complaints about parking.</p>
        </div>
        </div><aside class="sidebar"><p>Subscribe to our newsletter for more local news every morning.</p></aside></div>
        <footer><p>Copyright 2024 The Daily Example. All rights reserved.</p>\(linkList(6, prefix: "Footer"))</footer>
        </body></html>
        """
    }
}
