import Testing

@testable import WireWatchCore

/// Furniture that comes without its usual label or separator: time stamps, embedded posts, related links without a
/// colon, captions without a credit, bylines without `By`, author notes, and the subheads that must stay.
struct UnlabelledBoilerplateTests {
    let classifier = BoilerplateClassifier()

    func clean(_ text: String) -> ParsedArticle {
        ArticleCleaner().clean(lines: TextNormalizer().lines(of: text))
    }

    func reasons(_ article: ParsedArticle) -> [String: String] {
        Dictionary(article.removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
    }

    @Test(arguments: ["10:42 GMT", "Updated 9:05 a.m. ET", "10.42pm", "14:30", "21h30 CET", "Posted at 7:15 BST"])
    func findsLiveBlogTimeStamps(line: String) {
        #expect(classifier.reason(for: line) == .dateStamp)
    }

    @Test(arguments: [
        "The ferry left at 10:42 and reached the island an hour later.", "Score: 3.14 points", "Chapter 3:16",
        "At 10:42 GMT the vote was called",
    ])
    func keepsLinesThatOnlyMentionATime(line: String) {
        #expect(classifier.reason(for: line) != .dateStamp)
    }

    @Test(arguments: [
        "\u{2014} Ann Lee (@annlee_news) March 4, 2024",
        "The count is done and we won pic.twitter.com/AbC123xyz",
        "We are ready for the vote tonight. \u{2014} Tom Roe (@tomroe) 4 March 2024",
    ])
    func findsEmbeddedPostText(line: String) {
        #expect(classifier.reason(for: line) == .embed)
    }

    @Test func keepsPostsAndTimesInTheTextOfWebPages() {
        let pages = BoilerplateClassifier(removesPostsAndTimes: false)
        #expect(pages.reason(for: "The count is done and we won pic.twitter.com/AbC123xyz") == nil)
        #expect(pages.reason(for: "10:42 GMT") == nil)
    }

    @Test func removesThePostAboveItsSignature() {
        let article = clean("""
            Harbour Vote Count Ends

            The harbour board finished counting the ballots late on Monday, two days after the polls closed.

            The count is finally done and the new pier will be built next spring
            \u{2014} Ann Lee (@annlee) March 4, 2024

            The board will meet again on Friday to approve the contracts for the new pier.
            """)
        #expect(reasons(article)["The count is finally done and the new pier will be built next spring"] == "embed")
        #expect(article.body.count == 2)
    }

    @Test(arguments: [
        "Related Court blocks the new visa rules", "RELATED Ministers agree on a budget deal",
        "See Also The ten best ferry routes in the north",
    ])
    func findsRelatedLinksWithoutAColon(line: String) {
        #expect(classifier.reason(for: line) == .relatedLink)
    }

    @Test(arguments: [
        "Related efforts by the council failed last year.", "Recommended changes to the budget were adopted.",
    ])
    func keepsProseOpeningWithALinkWord(line: String) {
        #expect(classifier.reason(for: line) == nil)
    }

    @Test(arguments: [
        "File photo of a ferry leaving the harbour at dawn, March 4, 2024.",
        "Council members (L-R) Ann Lee, Tom Roe and Sam Poe arrive for the vote.",
        "The old pier is seen in this picture taken on March 4, 2024.",
    ])
    func findsCaptionsWithoutACredit(line: String) {
        #expect(classifier.reason(for: line) == .caption)
    }

    @Test func keepsProseAboutAPhoto() {
        let line = "Police released a file photo of the van on Monday and said the driver had fled."
        #expect(classifier.reason(for: line) == nil)
    }

    @Test func removesABylineWithoutBy() {
        let article = clean("""
            Harbour Board Approves New Pier

            Ann Lee and Tom Roe, Harbour Times

            The harbour board approved plans for a new pier on Monday after a vote that split its members.
            """)
        #expect(reasons(article)["Ann Lee and Tom Roe, Harbour Times"] == "byline")
        #expect(article.byline == ["Ann Lee", "Tom Roe"])
        #expect(BylineParser.parseCredited("JANE ROE | AFP")?.names == ["Jane Roe"])
        #expect(BylineParser.parseCredited("New York, United States") == nil)
    }

    @Test func removesAnAuthorNoteAtTheEnd() {
        let article = clean("""
            Harbour Board Approves New Pier

            The harbour board approved plans for a new pier on Monday after a vote that split its members.

            Work is due to start in the spring and should take two years, the board said.

            Ann Lee is a senior correspondent for the Harbour Times covering transport.
            """)
        #expect(reasons(article)["Ann Lee is a senior correspondent for the Harbour Times covering transport."]
            == "author-bio")
        #expect(article.body.count == 2)
        #expect(ArticleCleaner.isAuthorBio("Tom Roe covers energy and climate for the Harbour Times."))
        #expect(!ArticleCleaner.isAuthorBio("Tom Roe is the mayor of the town and voted against the plan."))
    }

    @Test func keepsSubheadsInCapitals() {
        let article = clean("""
            Harbour Board Approves New Pier

            The harbour board approved plans for a new pier on Monday after a vote that split its members.

            THE COST OF WAITING

            Work is due to start in the spring and should take two years, the board said.
            """)
        #expect(article.body.contains("THE COST OF WAITING"))
        #expect(classifier.reason(for: "TWITTER.") == .sectionLabel)
    }
}
