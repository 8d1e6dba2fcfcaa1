import Testing
@testable import WireWatchCore

struct CueFinderTests {
    private func cues(_ text: String) -> (TextParagraph, [AttributionCue]) {
        let paragraph = AttributeTestSupport.paragraph(text)
        let finder = CueFinder(paragraph)
        return (paragraph, paragraph.sentences.flatMap { finder.cues(in: $0) })
    }

    @Test func findsReportedSpeechWithAndWithoutThat() {
        let (paragraph, found) = cues("The minister said that the plant will reopen in May.")
        #expect(found.count == 1)
        #expect(found[0].contentAfter.map { paragraph.text($0) } == "the plant will reopen in May.")
        let (bare, more) = cues("The minister said the plant will reopen in May.")
        #expect(more.first?.contentAfter.map { bare.text($0) } == "the plant will reopen in May.")
    }

    @Test func skipsTheListenerAndSetting() {
        let (paragraph, found) = cues("Lena Ortiz told reporters on Tuesday that the strike was over.")
        #expect(paragraph.text(found[0].cueRange) == "told reporters")
        #expect(found[0].contentAfter.map { paragraph.text($0) } == "the strike was over.")
    }

    @Test func readsContentBeforeATailCue() {
        let (paragraph, found) = cues("The budget will be balanced by 2027, the treasurer said.")
        #expect(found[0].contentBefore.map { paragraph.text($0) } == "The budget will be balanced by 2027")
    }

    @Test func readsBothSidesOfAParentheticalCue() {
        let (paragraph, found) = cues("The first vote was close, she said, but the second will not be.")
        #expect(found[0].contentBefore.map { paragraph.text($0) } == "The first vote was close")
        #expect(found[0].contentAfter.map { paragraph.text($0) } == "but the second will not be.")
    }

    @Test func ignoresPassiveNegatedAndNounUses() {
        #expect(cues("He was told to leave the building.").1.isEmpty)
        #expect(cues("She did not say whether the plan would change.").1.isEmpty)
        #expect(cues("Twenty states joined the lawsuit against the rule.").1.isEmpty)
        #expect(cues("A noted author wrote the foreword.").1.isEmpty)
    }

    @Test func participlesInheritTheSpeaker() {
        let (_, found) = cues("The mayor thanked the crews, saying they had worked through the night.")
        #expect(found.count == 1)
        #expect(found[0].speakerSource == .inherited)
    }

    @Test func readsAccordingToBeforeAndAfter() {
        let (paragraph, found) = cues("According to the coroner, the fire started in the kitchen.")
        #expect(found[0].isAccordingTo)
        #expect(found[0].contentAfter.map { paragraph.text($0) } == "the fire started in the kitchen.")
        let (late, more) = cues("The fire started in the kitchen, according to the coroner.")
        #expect(more[0].contentBefore.map { late.text($0) } == "The fire started in the kitchen")
    }

    @Test func collectsMediaCreditsOfTheCue() {
        let (_, found) = cues("The envoy said on state television channel Rossiya-24 that talks had stalled.")
        #expect(found[0].via == ["Rossiya-24"])
        let (_, told) = cues("Haruki Sato told Politico that the deal was dead.")
        #expect(told[0].via == ["Politico"])
    }
}
