import Testing

@testable import WireWatchCore

struct StoryRuleTests {
    let rule = StoryRule()

    private func evidence(cosine: Double, entities: Double, statements: Int, speakers: Int) -> StoryRule.Evidence {
        StoryRule.Evidence(
            isDuplicate: false, cosine: cosine, entityOverlap: entities, sharedStatements: statements,
            sharedSpeakers: speakers, isCloseInTime: true)
    }

    @Test func aReactionPieceQuotingOnePersonsRemarksIsAnotherStory() {
        // Several sentences of one politician's remarks quoted again by an article about a rival's reply.
        #expect(!rule.belongs(evidence(cosine: 0.38, entities: 0.08, statements: 4, speakers: 1)))
    }

    @Test func statementsOfSeveralSpeakersReportedInBothMeanOneEvent() {
        // A spokesman's and a minister's words carried by an article with few other words in common.
        #expect(rule.belongs(evidence(cosine: 0.2, entities: 0.08, statements: 2, speakers: 2)))
    }

    @Test func sharedStatementsNeedSomeVocabularyAndCloseDates() {
        #expect(!rule.belongs(evidence(cosine: 0.1, entities: 0.5, statements: 5, speakers: 3)))
        var far = evidence(cosine: 0.3, entities: 0.3, statements: 5, speakers: 3)
        far.isCloseInTime = false
        #expect(!rule.belongs(far))
    }

    @Test func oneSpeakersStatementsWithSharedNamesStillJoin() {
        #expect(rule.belongs(evidence(cosine: 0.2, entities: 0.25, statements: 2, speakers: 1)))
        // A candidate repeating his stump lines in two speeches: few names in common.
        #expect(!rule.belongs(evidence(cosine: 0.18, entities: 0.12, statements: 3, speakers: 1)))
    }
}
