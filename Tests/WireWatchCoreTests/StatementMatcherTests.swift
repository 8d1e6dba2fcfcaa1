import Testing

@testable import WireWatchCore

struct StatementMatcherTests {
    typealias F = DedupeFixtures
    let matcher = StatementMatcher()
    let registry = SpeakerRegistry()

    private func units(_ file: String, _ ordinal: UInt32, _ texts: [String]) -> [StoryState.Unit] {
        let quotes = texts.enumerated().map { F.quote("q\($0.offset + 1)", $0.element, by: "Anna Berg") }
        let article = F.article(file: file, headline: file, body: ["Body of \(file)."], quotes: quotes)
        return matcher.units(of: article, ordinal: ordinal, day: 0) { _ in 0 }
    }

    /// Which quotes of other articles each quote shares a statement with, by quote ids.
    private func grouping(_ state: StoryState) -> Set<Set<String>> {
        var byStatement: [Int: Set<String>] = [:]
        for unit in state.units {
            for statement in unit.statements { byStatement[statement, default: []].insert(String(unit.article.prefix(4)) + unit.quote) }
        }
        return Set(byStatement.values.filter { $0.count > 1 })
    }

    private func insert(_ articles: [[StoryState.Unit]]) -> StoryState {
        var state = StoryState(created: 0)
        for units in articles { matcher.insert(units, into: &state, registry: registry) { _ in 1 } }
        return state
    }

    @Test func aClauseSharingOneWordDoesNotChainTwoStatements() {
        let first = units("a.txt", 0, ["We will see what happens in the spring", "What happens next depends on the new council"])
        let second = units("b.txt", 1, ["We shall see what happens in the spring", "What happens next will depend on the council"])
        let state = insert([first, second])
        let statements = grouping(state)
        #expect(statements.count == 2)
        #expect(statements.allSatisfy { $0.count == 2 })
    }

    @Test func theStatementsDoNotDependOnArrivalOrder() {
        let a = units("a.txt", 0, ["The harbour will stay closed until the repairs are finished", "Nobody was hurt in the fire"])
        let b = units("b.txt", 1, ["The port stays closed until repairs are done", "The fire hurt nobody, luckily"])
        let c = units("c.txt", 2, ["Repairs must be finished before the harbour opens again"])
        let forward = grouping(insert([a, b, c]))
        let backward = grouping(insert([c, b, a]))
        #expect(forward == backward)
        #expect(!forward.isEmpty)
    }

    @Test func aReportedClauseJoinsTheUnitItMeansInEachArticle() {
        let direct = units("a.txt", 0, ["We will never accept a deal that cuts night pay, and we will strike again in May"])
        let reported = units("b.txt", 1, ["the union would never accept a deal cutting night pay"])
        let state = insert([direct, reported])
        let shared = matcher.shared(units("c.txt", 2, ["we will strike again in May"]), with: state, registry: registry) { _ in 1 }
        #expect(shared.statements == 1 && shared.speakers == 1)
        #expect(grouping(state).count == 1)
    }

    @Test func twoStatementsWithTheSameQuotesAreWrittenOnce() {
        var state = StoryState(created: 0)
        func unit(_ article: String, _ statement: Int) -> StoryState.Unit {
            StoryState.Unit(
                article: article, ordinal: article == "a" ? 0 : 1, day: 0, quote: "q1", quoteIndex: 0, speaker: 0,
                text: "Two sentences. Of one quote.", terms: [1], statements: [statement])
        }
        state.units = [unit("a", 0), unit("a", 1), unit("b", 0), unit("b", 1)]
        state.statementCount = 2
        let statements = state.statements { _ in "Anna Berg" }
        #expect(statements.count == 1)
        #expect(statements.first?.quotes == [StatementMember(article: "a", quote: "q1"), StatementMember(article: "b", quote: "q1")])
    }

    @Test func aStrayOneWordClauseOfALongQuoteLinksNothing() {
        // An abbreviation's dots leave the word after it alone (`... in the U.K. soon`).
        let first = units("a.txt", 0, ["The talks with the bank will resume in the U.K. soon"])
        let second = units("b.txt", 1, ["The storm will pass soon enough"])
        #expect(grouping(insert([first, second])).isEmpty)
    }

    @Test func aWordQuotedInsideReportedSpeechIsAUnit() {
        let reported = units("a.txt", 0, ["the ministry would be judged on its “results”"])
        #expect(reported.count == 2)
        #expect(StatementMatcher.isQuoted(" results", in: "judged on its “results”"))
    }

    @Test func oneSharedWordLinksOnlyShortClauses() {
        let weight: (UInt32) -> Double = { _ in 1 }
        let long = DedupeText.contentTerms("the harbour board wants lower fees for fishing boats").sorted()
        let other = DedupeText.contentTerms("the harbour will reopen after the storm season").sorted()
        #expect(matcher.similarity(Array(Set(long)).sorted(), Array(Set(other)).sorted(), weight: weight) == 0)
        let short = Array(Set(DedupeText.contentTerms("at an all-time low"))).sorted()
        let lowest = Array(Set(DedupeText.contentTerms("at their lowest point in history"))).sorted()
        #expect(matcher.similarity(short, lowest, weight: weight) >= matcher.minimumSimilarity)
    }

    @Test func namesThatNestAreOneSpeakerForStatements() {
        var registry = SpeakerRegistry()
        let surname = registry.resolve("Berg", context: [])
        let full = registry.resolve("Anna Berg", context: [])
        var state = StoryState(created: 0)
        var first = units("a.txt", 0, ["The bridge will stay closed until the spring floods are over"])
        first = first.map { var unit = $0; unit.speaker = surname; return unit }
        matcher.insert(first, into: &state, registry: registry) { _ in 1 }
        var second = units("b.txt", 1, ["the bridge would stay closed until the spring floods were over"])
        second = second.map { var unit = $0; unit.speaker = full; return unit }
        #expect(matcher.shared(second, with: state, registry: registry) { _ in 1 }.statements == 1)
    }
}
