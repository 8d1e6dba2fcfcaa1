import Foundation
import Testing

@testable import WireWatchCore

struct SyntheticCorpusTests {
    @Test func theSameSeedGivesTheSameArticlesAndIDsIgnoreCase() {
        var first = SyntheticCorpus(seed: 7, vocabularySize: 2_000)
        var second = SyntheticCorpus(seed: 7, vocabularySize: 2_000)
        let a = (0..<50).map { _ in first.next() }
        let b = (0..<50).map { _ in second.next() }
        #expect(a == b)
        #expect(Set(a.map(\.id)).count >= 45)
        let body = ["Dock workers walked out.", "“We stay out,” Elena Marchetti said."]
        #expect(SyntheticCorpus.articleID(body: body) == SyntheticCorpus.articleID(body: body.map { $0.uppercased() }))
        #expect(SyntheticCorpus.articleID(body: body) != SyntheticCorpus.articleID(body: Array(body.reversed())))
        #expect(SyntheticCorpus.articleID(body: body).count == 16)
    }

    @Test func articlesIndexedInBulkAreFoundByLaterCopies() throws {
        let deduplicator = Deduplicator()
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        let original = Article(
            id: "orig", source: ArticleSource(file: "a", sha256: "a", bytes: 1), headline: "Port strike",
            body: DedupeFixtures.strike)
        try deduplicator.index(original, at: date)
        try deduplicator.index(original, at: date)
        #expect(deduplicator.indexedCount == 1)
        let copy = Article(
            id: "copy", source: ArticleSource(file: "b", sha256: "b", bytes: 1), headline: "Port strike (update)",
            body: DedupeFixtures.strike + ["UPDATE: talks resume on Wednesday, the union said."])
        let outcome = try deduplicator.admit(copy, at: date)
        #expect(outcome.article.duplicates.map(\.article) == ["orig"])
        #expect(outcome.article.story == "sorig")
    }
}
