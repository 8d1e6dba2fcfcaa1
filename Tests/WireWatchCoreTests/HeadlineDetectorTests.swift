import Testing
@testable import WireWatchCore

struct HeadlineDetectorTests {
    let detector = HeadlineDetector()

    @Test func takesAShortFirstLine() {
        let lede = "Schools in six towns shut on Monday."
        #expect(detector.headlineIndex(in: ["Floods Close Schools Across the North", "", lede]) == 0)
        #expect(detector.headlineIndex(in: ["Mayor quits. Council in turmoil.", "", lede]) == 0)
        #expect(detector.headlineIndex(in: ["Rates on hold;", "Bank waits for inflation data."]) == 0)
    }

    @Test func rejectsALedeOfSeveralSentences() {
        let lines = [
            "The mayor resigned on Friday after a week of protests. Council members will choose a successor next month, "
                + "officials said.",
            "Her deputy will stand in until then.",
        ]
        #expect(detector.headlineIndex(in: lines) == nil)
    }

    @Test func rejectsALongSentenceUnlessTheNextParagraphRestatesIt() {
        let headline = "The central bank said it would keep interest rates on hold until inflation falls, "
            + "signalling that cuts are still months away."
        let restated = "The central bank said on Thursday it would keep interest rates on hold until inflation falls, "
            + "signalling that cuts are months away."
        let unrelated = "Shoppers in the capital have felt the squeeze for more than a year as food prices climbed."
        #expect(detector.headlineIndex(in: [headline, restated]) == 0)
        #expect(detector.headlineIndex(in: [headline, unrelated]) == nil)
    }

    @Test func rejectsACaptionAboveAPhotoCredit() {
        let lines = [
            "Firefighters work through the night near the harbour.", "Jane Roe | Reuters", "The fire began late on Sunday.",
        ]
        #expect(detector.headlineIndex(in: lines) == nil)
    }

    @Test func rejectsDatelinesAndSyndicationTags() {
        #expect(detector.headlineIndex(in: ["LISBON – The government fell on Tuesday after losing a vote."]) == nil)
        #expect(detector.headlineIndex(in: ["(WIRE- Daily Courier) The bridge reopened on Monday."]) == nil)
    }

    @Test func rejectsLowerCaseAndColonEndings() {
        #expect(detector.headlineIndex(in: ["and then the vote was held", "More text."]) == nil)
        #expect(detector.headlineIndex(in: ["The minister said:", "More text."]) == nil)
    }

    @Test func skipsASectionLabelAboveTheHeadline() {
        #expect(detector.headlineIndex(in: ["Politics", "", "Vote Delayed Again", "", "The vote was delayed."]) == 2)
    }
}
