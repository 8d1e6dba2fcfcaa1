import Foundation
import Testing
import WireWatchCore

struct DeduplicatorTests {
    typealias F = DedupeFixtures

    private func admit(_ articles: [Article], into deduplicator: Deduplicator = Deduplicator()) throws -> [DedupeOutcome] {
        try articles.map { try deduplicator.admit($0, at: F.date) }
    }

    @Test func readmittingTheSameArticleIsIdempotent() throws {
        let deduplicator = Deduplicator()
        let article = F.article(file: "a.txt", headline: "Strike", body: F.strike)
        let first = try deduplicator.admit(article, at: F.date)
        let again = try deduplicator.admit(article, at: F.date)
        #expect(!first.alreadyKnown)
        #expect(again.alreadyKnown)
        #expect(again.article == first.article)
        #expect(again.stories.map(\.id) == [first.article.story])
        #expect(deduplicator.indexedCount == 1)
    }

    @Test func sameWordsWithOtherAccentsAreAnExactCopy() throws {
        let original = F.article(file: "a.txt", headline: "Strike", body: F.strike)
        let accented = F.article(
            file: "b.txt", headline: "Strike!", body: F.strike.map { $0.replacingOccurrences(of: "Valmora", with: "Válmora") })
        #expect(original.id != accented.id)
        let outcomes = try admit([original, accented])
        #expect(outcomes[1].article.duplicates.map(\.relation) == [.exact])
        #expect(outcomes[1].article.story == outcomes[0].article.story)
    }

    @Test func anUpdatedCopyWithAnotherHeadlineAndFooterIsANearDuplicate() throws {
        let original = F.article(file: "a.txt", headline: "Dockers strike in Valmora", body: F.strike)
        var edited = Array(F.strike.prefix(9))
        edited[4] = "More than fifty vessels were waiting at anchor by Tuesday morning, according to the shipping agency Maritrans."
        edited.append("UPDATE: The regional court will hear the Harbour Authority’s request on Thursday.")
        edited.append("Reporting by the Adriatic Wire desk; editing by staff.")
        let copy = F.article(file: "b.txt", headline: "Valmora port at standstill", body: edited)
        let outcomes = try admit([original, copy])
        let link = try #require(outcomes[1].article.duplicates.first)
        #expect(link.relation == .nearDuplicate)
        #expect(link.article == original.id)
        #expect(outcomes[1].revisedArticles.first?.duplicates.first?.article == copy.id)
    }

    @Test func aParaphraseSentenceBySentenceIsARewrite() throws {
        let original = F.article(file: "a.txt", headline: "Dockers strike", body: F.strike)
        let rewrite = F.article(file: "b.txt", headline: "Valmora dockers stop work", body: F.strikeRewrite)
        let outcomes = try admit([original, rewrite])
        #expect(outcomes[1].article.duplicates.map(\.relation) == [.rewrite])
        #expect(outcomes[1].article.story == outcomes[0].article.story)
    }

    @Test func anotherOutletOnTheSameEventSharesTheStoryButIsNoCopy() throws {
        let first = F.article(
            file: "a.txt", headline: "Dockers strike", body: F.strike,
            quotes: [F.quote("q1", "We will not unload a single ship until the bonus is back", by: "Elena Marchetti")])
        let second = F.article(
            file: "b.txt", headline: "Ships queue off Valmora", body: F.strikeOtherOutlet,
            quotes: [F.quote("q1", "We will not unload a single ship until the bonus is back", by: "Elena Marchetti")])
        let outcomes = try admit([first, second])
        #expect(outcomes[1].article.duplicates.isEmpty)
        #expect(outcomes[1].article.story == outcomes[0].article.story)
    }

    @Test func otherEventsWithTheSamePeopleAndPlaceAreOtherStories() throws {
        let strike = F.article(file: "a.txt", headline: "Dockers strike", body: F.strike, published: "2023-05-08")
        let fire = F.article(file: "b.txt", headline: "Fire at Valmora port", body: F.portFire, published: "2024-06-13")
        let quake = F.article(file: "c.txt", headline: "Quake hits Serrano", body: F.earthquake2023, published: "2023-03-14")
        let nextQuake = F.article(file: "d.txt", headline: "Quake shakes Ardela", body: F.earthquake2024, published: "2024-03-10")
        let outcomes = try admit([strike, fire, quake, nextQuake])
        #expect(Set(outcomes.map(\.article.story)).count == 4)
        #expect(outcomes.allSatisfy { $0.article.duplicates.isEmpty })
    }

    @Test func theSameUtteranceDirectAndReportedIsOneStatementWithOneSpeaker() throws {
        let direct = F.article(
            file: "a.txt", headline: "Dockers strike", body: F.strike,
            quotes: [
                F.quote("q1", "We will not unload a single ship until the bonus is back,", by: "Elena Marchetti"),
                F.quote("q2", "the port would seek an injunction from the regional court", by: "Tomas Brandt", kind: .indirect),
            ])
        let reported = F.article(
            file: "b.txt", headline: "Valmora dockers stop work", body: F.strikeRewrite,
            quotes: [
                F.quote("q1", "no ship would be unloaded until the bonus returned", by: "Marchetti", kind: .indirect),
                F.quote("q2", "the harbour would ask a court for an order against the strike", by: "Tomas Brandt", kind: .indirect),
            ],
            speakers: [Speaker(name: "Marchetti", aliases: ["Elena Marchetti"])])
        let outcomes = try admit([direct, reported])
        let story = try #require(outcomes[1].stories.first)
        let statement = try #require(story.statements.first { $0.speaker == "Elena Marchetti" })
        #expect(statement.quotes == [
            StatementMember(article: direct.id, quote: "q1"), StatementMember(article: reported.id, quote: "q1"),
        ])
        #expect(outcomes[1].article.quotes[0].speaker?.name == "Elena Marchetti")
        #expect(!story.statements.contains { $0.speaker == "Tomas Brandt" && $0.quotes.count > 1 && $0.quotes[0].quote == "q1" })
    }

    @Test func aLateOriginalIsLinkedFromBothRecords() throws {
        let copy = F.article(file: "copy.txt", headline: "Valmora port at standstill", body: F.strike + ["Via the Adriatic Wire."], published: "2023-05-09")
        let original = F.article(file: "original.txt", headline: "Dockers strike", body: F.strike, published: "2023-05-08")
        let outcomes = try admit([copy, original])
        #expect(outcomes[1].article.duplicates.map(\.article) == [copy.id])
        let revised = try #require(outcomes[1].revisedArticles.first { $0.id == copy.id })
        #expect(revised.duplicates.map(\.article) == [original.id])
    }

    @Test func transliterationsOfOneNameAreOneSpeakerAcrossArticles() throws {
        let first = F.article(
            file: "a.txt", headline: "Dockers strike", body: F.strike,
            quotes: [F.quote("q1", "carriers could divert cargo to Kestra", by: "Dmitry Volkov", kind: .indirect)])
        let second = F.article(
            file: "b.txt", headline: "Ships queue", body: F.strikeOtherOutlet,
            quotes: [F.quote("q1", "carriers could divert cargo to Kestra if the dispute dragged on", by: "Dmitri Volkov", kind: .indirect)],
            speakers: [Speaker(name: "Dmitri Volkov", aliases: ["Volkov"], roles: ["logistics analyst"])])
        let outcomes = try admit([first, second])
        #expect(outcomes[1].article.quotes[0].speaker?.name == "Dmitry Volkov")
        let speaker = try #require(outcomes[1].article.speakers.first)
        #expect(speaker.name == "Dmitry Volkov")
        #expect(speaker.aliases.contains("Dmitri Volkov"))
    }

    @Test func storiesAndStatementsDoNotDependOnArrivalOrder() throws {
        let marchetti = "We will not unload a single ship until the bonus is back"
        let articles = [
            F.article(
                file: "a.txt", headline: "Dockers strike", body: F.strike,
                quotes: [
                    F.quote("q1", marchetti, by: "Elena Marchetti"),
                    F.quote("q2", "the port would seek an injunction from the regional court", by: "Tomas Brandt", kind: .indirect),
                ]),
            F.article(
                file: "b.txt", headline: "Ships queue off Valmora", body: F.strikeOtherOutlet,
                quotes: [
                    F.quote("q1", marchetti, by: "Elena Marchetti"),
                    F.quote("q2", "the authority would seek an injunction from the regional court", by: "Brandt", kind: .indirect),
                ]),
            F.article(file: "c.txt", headline: "Fire at Valmora port", body: F.portFire, published: "2024-06-13"),
        ]
        func partition(_ order: [Article]) throws -> (stories: Set<Set<String>>, statements: Set<Set<StatementMember>>) {
            let outcomes = try admit(order)
            var byStory: [String: Set<String>] = [:]
            for outcome in outcomes { byStory[outcome.article.story ?? "", default: []].insert(outcome.article.id) }
            let last = try #require(outcomes.last?.stories.first)
            let story = outcomes.flatMap(\.stories).last { $0.articles.count > 1 } ?? last
            return (Set(byStory.values), Set(story.statements.map { Set($0.quotes) }))
        }
        let forward = try partition(articles)
        let backward = try partition(articles.reversed())
        #expect(forward.stories == backward.stories)
        #expect(forward.statements == backward.statements)
        #expect(forward.stories == [[articles[0].id, articles[1].id], [articles[2].id]])
        #expect(!forward.statements.isEmpty)
    }
}
