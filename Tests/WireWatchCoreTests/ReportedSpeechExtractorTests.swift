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
}
