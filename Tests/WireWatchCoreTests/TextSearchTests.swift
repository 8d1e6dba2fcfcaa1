import Testing
@testable import WireWatchCore

struct TextSearchTests {
    @Test func findsPhrasesByBytesWithTextSearch() {
        #expect(TextSearch.contains("naïve café", "café"))
        #expect(TextSearch.lastRange(of: "ab", in: "abxab").map { "abxab"[$0.lowerBound...] } == "ab")
        #expect(TextSearch.firstRange(of: "zz", in: "abc") == nil)
    }
}
