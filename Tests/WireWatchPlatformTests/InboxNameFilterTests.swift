import Testing
import WireWatchPlatform

struct InboxNameFilterTests {
    @Test(arguments: [".hidden", ".a.txt.part", "a.part", "a.tmp", "draft.txt~", ""])
    func ignoresHiddenAndTemporaryNames(name: String) {
        #expect(InboxNameFilter().isIgnored(name))
    }

    @Test(arguments: ["a.txt", "story.html", "part", "a.parts", "tmp", "a~b.txt", "notes.TXT"])
    func acceptsArticles(name: String) {
        #expect(!InboxNameFilter().isIgnored(name))
    }

    @Test func addsConfiguredPatternsToTheTemporaryOnes() {
        let filter = InboxNameFilter(extraPatterns: ["*.swp", "#*#", "*.part"])
        #expect(filter.patterns == ["*.part", "*.tmp", "*~", "*.swp", "#*#"])
        #expect(filter.isIgnored("a.txt.swp"))
        #expect(filter.isIgnored("#draft#"))
        #expect(filter.isIgnored("x.tmp"))
        #expect(!filter.isIgnored("a.txt"))
    }
}
