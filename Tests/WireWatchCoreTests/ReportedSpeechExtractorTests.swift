import Testing
@testable import WireWatchCore

struct ReportedSpeechExtractorTests {
    private func decide(_ text: String) -> ReportedSpeechExtractor.Decision {
        let paragraph = AttributeTestSupport.paragraph(text)
        return ReportedSpeechExtractor.decide(0..<paragraph.tokens.count, in: paragraph)
    }

    @Test func aQuotedContentIsDirect() {
        #expect(decide("“We will not back down from this fight.”") == .direct([0]))
    }

    @Test func aClauseWithShortQuotedWordsIsReportedSpeech() {
        #expect(decide("that the plan was “a disaster” for farmers in the region")
            == .indirect("the plan was “a disaster” for farmers in the region", [0]))
    }

    @Test func tooShortContentIsNothing() {
        #expect(decide("so") == .none)
    }

    @Test func quotedFragmentsInTwoClausesAreQuotesOfTheirOwn() {
        #expect(decide("that a deal was “almost out of reach” since the two sides are “further apart than at any time this year”")
            == .fragments([0, 1]))
        #expect(decide("that he was “not sure” of the date, as the board is “still waiting for the final report from the auditors”")
            == .fragments([0, 1]))
    }

    @Test func shortFragmentsOrOneClauseStayReportedSpeech() {
        let pair = "that the mayor was “a liar” and “a cheat” who never paid his taxes"
        #expect(decide(pair) == .indirect("the mayor was “a liar” and “a cheat” who never paid his taxes", [0, 1]))
        let short = "he won “every single race” because there was “a lot going on”"
        #expect(decide(short) == .indirect("he won “every single race” because there was “a lot going on”", [0, 1]))
        let cued = "that the video gave “no clear evidence of what happened that night at the gate,” but he said that it “supports the account”"
        #expect(decide(cued) != .fragments([0, 1]))
    }
}
