import Testing
@testable import WireWatchCore

struct ParagraphFilterTests {
    @Test(arguments: [
        "Updated 5:27 am CST, Wednesday, November 20, 2019",
        "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
        "By Jane Doe - 11/18/19 11:04 PM EST",
        "Published March 5, 2024",
        "segunda-feira, 22 de janeiro de 2018 às 0:13",
    ])
    func dropsDateLines(line: String) {
        #expect(ParagraphFilter.isDateLine(line))
    }

    @Test(arguments: [
        "10:45 a.m.",
        "The vote was 7 to 2 on March 5, after the mayor spoke for an hour about the plan.",
        "In 2019, 45 people died.",
    ])
    func keepsStoryLinesWithDates(line: String) {
        #expect(!ParagraphFilter.isDateLine(line))
    }

    @Test func dropsBylinesButNotSentences() {
        #expect(ParagraphFilter.isByline("By Scott Gordon"))
        #expect(ParagraphFilter.isByline("By Jane Doe and John Roe, Reuters"))
        #expect(!ParagraphFilter.isByline("By the end of the year, the council had spent all of it."))
        #expect(!ParagraphFilter.isByline("Bystanders watched."))
        #expect(!ParagraphFilter.isByline("By Friday, the council had left."))
        #expect(ParagraphFilter.isByline("By Maria Lopez, staff writer"))
    }

    @Test func dropsLinkOnlyLinesAndHeadlineCopies() {
        let filter = ParagraphFilter(title: "Council approves budget")
        let kept = filter.filter([
            CollectedParagraph(text: "Council approves budget…", linkLength: 0, tag: .h2),
            CollectedParagraph(text: "Related: Mayor vetoes park plan", linkLength: 22, tag: .p),
            CollectedParagraph(text: "Advertisement", linkLength: 0, tag: .div),
            CollectedParagraph(text: HTMLTestPages.story[0], linkLength: 10, tag: .p),
        ])
        #expect(kept == [HTMLTestPages.story[0]])
    }
}
