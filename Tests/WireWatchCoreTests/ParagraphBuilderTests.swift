import Testing
@testable import WireWatchCore

struct ParagraphBuilderTests {
    let builder = ParagraphBuilder()

    func texts(_ lines: [String], reasons: [BoilerplateReason?]? = nil) -> [String] {
        builder.segments(lines: lines, reasons: reasons ?? Array(repeating: nil, count: lines.count)).map(\.text)
    }

    @Test func keepsOneLineParagraphsSeparate() {
        let lines = [
            "The minister said the plan would go ahead.",
            "“We will not wait,” she added.",
            "Opposition leaders called the move reckless.",
        ]
        #expect(texts(lines) == lines)
    }

    @Test func joinsLinesCutMidSentence() {
        let lines = ["The council voted on Monday to close the", "old bridge, citing safety concerns."]
        #expect(texts(lines) == ["The council voted on Monday to close the old bridge, citing safety concerns."])
    }

    @Test func joinsALineContinuingInLowerCase() {
        #expect(texts(["Rain is expected across the region", "until the weekend."])
            == ["Rain is expected across the region until the weekend."])
    }

    @Test func joinsHardWrappedLinesAndEndsParagraphsOnShortLines() {
        let lines = [
            "Farmers in the valley said the drought had cut their harvest by half.",
            "Some have sold their herds, and many more say they will follow in the",
            "spring. Officials promised help soon.",
            "The ministry said a relief fund would open on Monday for families who",
            "lost livestock during the summer.",
        ]
        #expect(texts(lines) == [
            lines[0] + " " + lines[1] + " " + lines[2],
            lines[3] + " " + lines[4],
        ])
    }

    @Test func endsWrappedParagraphsAtHeadings() {
        let lines = [
            "The harbour reopened on Monday after repairs that took",
            "most of the summer.",
            "Winter timetable: Ferries return to the islands",
            "“We are glad to be back,” one captain said, adding that",
            "bookings were already strong for the first week.",
        ]
        #expect(texts(lines) == [
            lines[0] + " " + lines[1], lines[2], lines[3] + " " + lines[4],
        ])
    }

    @Test func keepsBoilerplateFromSwallowingWrappedProse() {
        let lines = [
            ">> Follow our live coverage of the storm as it moves up",
            "the coast. Officials said on Monday that the damage was severe",
            "and that roads would stay closed until the weekend at least.",
        ]
        let promo = builder.segments(lines: lines, reasons: [.promo, nil, nil])
        #expect(promo.map(\.text) == [lines[0], lines[1] + " " + lines[2]])
        let note = builder.segments(lines: lines, reasons: [.editorNote, nil, nil])
        #expect(note.map(\.text) == [lines[0] + " " + lines[1], lines[2]])
    }

    @Test func blankLinesSeparateParagraphs() {
        let segments = builder.segments(lines: ["First one", "", "Second one"], reasons: [nil, nil, nil])
        #expect(segments.map(\.text) == ["First one", "Second one"])
        #expect(segments.map(\.blankBefore) == [true, true])
    }

    @Test func doesNotJoinBoilerplateToProse() {
        let lines = ["A crowd gathers outside the court in the", "Jane Roe | AFP | Getty Images"]
        #expect(texts(lines, reasons: [nil, .photoCredit]).count == 2)
    }

    @Test func letsAnEditorsNoteTakeItsContinuationLines() {
        let lines = ["Editor’s note: this story was", "updated with new figures from", "the ministry."]
        let segments = builder.segments(lines: lines, reasons: [.editorNote, nil, nil])
        #expect(segments.count == 1)
        #expect(segments[0].reason == .editorNote)
    }

    @Test func startsAParagraphAtEachBullet() {
        let lines = ["• Prices rose for a third month", "• Wages did not keep up"]
        let segments = builder.segments(lines: lines, reasons: [nil, nil])
        #expect(segments.count == 2)
        let allBullets = segments.allSatisfy(\.isBullet)
        #expect(allBullets)
        #expect(ParagraphBuilder.removingBullet(lines[0]) == "Prices rose for a third month")
    }

    @Test func joinsAWordBrokenWithAHyphen() {
        #expect(ParagraphBuilder.join("a long-", "awaited vote") == "a long-awaited vote")
        #expect(ParagraphBuilder.join("the vote", "came") == "the vote came")
        #expect(ParagraphBuilder.join("Editor-in-", "Chief") == "Editor-in-Chief")
        #expect(ParagraphBuilder.join("a pause -", "then") == "a pause - then")
    }
}
