import Testing
@testable import WireWatchCore

struct MediaMatcherTests {
    private func outlets(_ text: String) -> [String] {
        let paragraph = AttributeTestSupport.paragraph(text)
        return MediaMatcher.matches(in: paragraph, range: 0..<paragraph.tokens.count, expectingMedia: true).map(\.name)
    }

    @Test func findsOutletsFromTheLexicon() {
        #expect(outlets("He told the Associated Press and CBC News on Monday.") == ["Associated Press", "CBC News"])
        #expect(outlets("according to Interfax") == ["Interfax"])
    }

    @Test func findsOutletsByTheirShape() {
        #expect(outlets("the regional newspaper Kurier Polski reported") == ["Kurier Polski"])
        #expect(outlets("an interview with the Halifax Chronicle") == ["Halifax Chronicle"])
    }

    @Test func keepsTheArticleOfOneWordNames() {
        #expect(outlets("The Hill reported") == ["The Hill"])
        #expect(outlets("The Wall Street Journal reported") == ["Wall Street Journal"])
    }
}
