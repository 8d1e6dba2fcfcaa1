import Testing
@testable import WireWatchCore

struct ArticleCleanerTests {
    func clean(_ text: String, known: ArticleCleaner.Known = .init()) -> ParsedArticle {
        ArticleCleaner().clean(lines: TextNormalizer().lines(of: text), known: known)
    }

    func reasons(_ article: ParsedArticle) -> [String: String] {
        Dictionary(article.removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func removesACaptionWithItsCredit() {
        let article = clean("""
            Bridge Reopens After Repairs
            The repaired bridge at dawn on Monday.
            Ann Lee | Harbour Photo Agency | Getty Images
            The bridge reopened on Monday after two years of repairs, the city said.
            """)
        #expect(reasons(article)["The repaired bridge at dawn on Monday."] == "caption")
        #expect(article.body == ["The bridge reopened on Monday after two years of repairs, the city said."])
    }

    @Test func keepsQuotedSpeechAboveACredit() {
        let article = clean("""
            Bridge Reopens After Repairs

            “We finished early and under budget,” the engineer said at the opening ceremony.

            Ann Lee | Getty Images
            """)
        #expect(article.body.count == 1)
    }

    @Test func removesRepeatedHeadlinesAndSummaryBullets() {
        let article = clean("""
            Port workers end strike after pay deal

            Port workers end strike after pay deal
              • Port workers voted to end their strike after a new pay deal was agreed on Friday.
              • The deal raises wages by six percent over two years.

            Port workers voted on Friday to end their strike after the union agreed a pay deal that raises wages \
            by six percent over two years.
            """)
        #expect(article.headline == "Port workers end strike after pay deal")
        #expect(article.removed.map(\.reason) == ["repeated-headline", "summary", "summary"])
        #expect(article.body.count == 1)
    }

    @Test func keepsBulletsThatDoNotRepeatTheArticle() {
        let article = clean("""
            What the budget means for you

            • Fuel duty frozen for another year
            • Childcare support extended to toddlers

            The finance minister presented the budget on Wednesday, promising relief to families.
            """)
        #expect(article.body.count == 3)
    }

    @Test func removesTrailingLabelsBylinesAndDisclaimers() {
        let article = clean("""
            Tram Line Approved

            The council approved the new tram line on Tuesday after a long debate.

            by Ann Lee

            Transport

            Harbour Gazette

            Disclaimer:
            The publisher accepts no liability for the content of this article.
            """)
        let removed = reasons(article)
        #expect(removed["by Ann Lee"] == "byline")
        #expect(removed["Transport"] == "section-label")
        #expect(removed["Harbour Gazette"] == "outlet-label")
        #expect(removed["Disclaimer:"] == "disclaimer")
        #expect(removed["The publisher accepts no liability for the content of this article."] == "disclaimer")
        #expect(article.byline == ["Ann Lee"])
        #expect(article.outlet == "Harbour Gazette")
        #expect(article.body == ["The council approved the new tram line on Tuesday after a long debate."])
    }

    @Test func stripsASyndicationTagAndReadsItsOutletAndIdDate() {
        let article = clean("""
            Ferry Service Resumes

            (FEEDCO- Harbour Gazette) LISBON – The ferry service resumed on Monday after a week of storms.

            FEEDCO31012023000123456789ID1234567890
            """)
        #expect(article.outlet == "Harbour Gazette")
        #expect(article.published == "2023-01-31")
        #expect(article.body == ["LISBON – The ferry service resumed on Monday after a week of storms."])
        #expect(reasons(article)["(FEEDCO- Harbour Gazette)"] == "syndication-id")
    }

    @Test func keepsTheProseOfALineGluedToAPromo() {
        let article = clean("""
            Coach Confident Before Final
            The coach spoke to reporters on Friday before the final.
            Top Stories
            More Stories“We are ready for anything,” he said.
            """)
        #expect(article.body.last == "“We are ready for anything,” he said.")
        #expect(reasons(article)["More Stories"] == "promo")
        #expect(reasons(article)["Top Stories"] == "promo")
    }

    @Test func removesALoneKickerHeadingButNotASeriesOfThem() {
        let lone = clean("""
            Storm Hits Coast
            The storm reached the coast on Sunday night, cutting power to thousands of homes.
            Winter weather: Ten tips to keep your home warm
            “We have never seen winds like this,” a resident said.
            """)
        #expect(reasons(lone)["Winter weather: Ten tips to keep your home warm"] == "related-link")
        let series = clean("""
            Three Ways Forward
            The committee set out three options for the council on Monday evening.
            Option one: Repair the old bridge
            Repairs would take two years.
            Option two: Build a new crossing
            A new crossing would take five years.
            """)
        #expect(series.removed.isEmpty)
    }

    @Test func removesABylineThatPlacesItsAuthor() {
        let article = clean("""
            Talks Stall Again

            Negotiators failed to agree on Monday and will meet again next week.

            Ann Lee in Geneva

            The two sides remain far apart on the question of borders.
            """)
        #expect(article.byline == ["Ann Lee"])
        #expect(article.body.count == 2)
    }

    @Test func usesKnownMetadataAndTheKnownHeadline() {
        let known = ArticleCleaner.Known(headline: "Tram Line Approved", outlet: "Wire", byline: ["Sam Poe"],
                                         published: "2024-01-02", detectsHeadline: false)
        let article = clean("Tram Line Approved\n\nThe council approved the new tram line on Tuesday.", known: known)
        #expect(article.headline == "Tram Line Approved")
        #expect(article.outlet == "Wire")
        #expect(article.byline == ["Sam Poe"])
        #expect(article.published == "2024-01-02")
        #expect(article.body == ["The council approved the new tram line on Tuesday."])
    }
}
