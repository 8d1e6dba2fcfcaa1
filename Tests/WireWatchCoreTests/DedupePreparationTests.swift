import Foundation
import Testing

@testable import WireWatchCore

/// The split of an admission into a text-only preparation (any thread) and the serial admission, and the caches
/// and shortcuts of the serial part: each must give exactly what the plain computation gives.
struct DedupePreparationTests {
    typealias F = DedupeFixtures

    private static let articles = [
        F.article(
            file: "a.txt", headline: "Dockers strike in Valmora", body: F.strike,
            quotes: [F.quote("q1", "We will not unload a single ship until the bonus is back, and we mean it.", by: "Elena Marchetti")]),
        F.article(
            file: "b.txt", headline: "Valmora dockers stop work", body: F.strikeRewrite, published: "2023-11-14",
            quotes: [F.quote("q1", "We will not unload a ship until the bonus is back", by: "Marchetti")]),
        F.article(
            file: "c.txt", headline: "Strike", body: F.strikeOtherOutlet,
            quotes: [F.quote("q1", "Talks resume on Monday", by: "Harbour Authority spokesman Paolo Rinaldi")]),
        F.article(file: "d.txt", headline: "Port fire", body: F.portFire),
        F.article(file: "e.txt", headline: "Quake", body: F.earthquake2024, published: "2024-03-02"),
    ]

    @Test func admittingPreparedArticlesGivesWhatAdmittingTheArticlesGives() throws {
        let plain = Deduplicator()
        let split = Deduplicator()
        // Prepared elsewhere (as on the workers), admitted in order.
        let prepared = Self.articles.map { Deduplicator.prepare($0) }
        for (article, ready) in zip(Self.articles, prepared) {
            let expected = try plain.admit(article, at: F.date)
            let outcome = try split.admit(ready, at: F.date)
            #expect(outcome == expected)
        }
        #expect(split.indexedCount == plain.indexedCount)
    }

    @Test func theSketchMakesTheFingerprintOfTheArticle() {
        let builder = FingerprintBuilder()
        var statistics = TermStatistics()
        for article in Self.articles {
            let direct = builder.fingerprint(
                of: article, ordinal: 3, day: 10, isPublishedDay: false, story: "s", statistics: statistics)
            let sketch = FingerprintBuilder.sketch(of: article)
            let split = builder.fingerprint(
                of: sketch, articleID: article.id, ordinal: 3, day: 10, isPublishedDay: false, story: "s",
                statistics: statistics)
            #expect(split == direct)
            #expect(ArticleFingerprint(serialized: split.serialized()) == split)
            statistics.add(document: split.documentTerms)
        }
    }

    @Test func preparedPiecesMakeTheUnitsOfTheQuotes() {
        let matcher = StatementMatcher()
        for article in Self.articles {
            let prepared = Deduplicator.prepare(article)
            let units = matcher.units(of: article, pieces: prepared.quotePieces, ordinal: 1, day: 2) { _ in 7 }
            let expected = matcher.units(of: article, ordinal: 1, day: 2) { _ in 7 }
            #expect(units == expected)
            #expect(prepared.quotePieces.count == article.quotes.count)
        }
    }

    @Test func theDayIsThePublishedDayElseTheDayOfArrival() {
        let published = Deduplicator.prepare(Self.articles[1])
        #expect(published.day(receivedAt: F.date) == (CivilDay.days(fromISODate: "2023-11-14")!, true))
        let received = Deduplicator.prepare(Self.articles[0])
        #expect(received.day(receivedAt: F.date) == (Int32(1_700_000_000 / 86_400), false))
    }
}
