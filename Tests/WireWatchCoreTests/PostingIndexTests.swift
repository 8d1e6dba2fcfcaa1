import Testing

@testable import WireWatchCore

struct PostingIndexTests {
    /// A key posted by every article (a name in the news all month) and keys posted once each (LSH bands).
    private func fill(_ index: inout PostingIndex, count: Int) {
        for ordinal in 0..<count {
            index.add(ordinal: UInt32(ordinal), keys: [7, UInt32(1_000 + ordinal), UInt32(ordinal % 50)])
        }
    }

    @Test func aCapOnFrequentKeysLeavesLookupsUnchangedAndSavesMemory() {
        var capped = PostingIndex(maximumPerKey: 16)
        var full = PostingIndex(maximumPerKey: 1_000_000)
        fill(&capped, count: 40_000)
        fill(&full, count: 40_000)
        for key: UInt32 in [7, 3, 49, 1_000, 20_500, 40_999, 123_456] {
            for limit in [1, 5, 16] {
                #expect(capped.ordinals(for: key, limit: limit) == full.ordinals(for: key, limit: limit))
            }
        }
        #expect(capped.ordinals(for: 7, limit: 3) == [39_999, 39_998, 39_997])
        #expect(capped.ordinals(for: 20_500, limit: 16) == [19_500])
        #expect(full.count == 120_000)
        #expect(capped.count < 45_000)
        #expect(capped.memoryBytes < full.memoryBytes / 2)
    }

    @Test func memoryPerArticleStaysFlatAsTheIndexGrows() {
        var small = PostingIndex()
        var large = PostingIndex()
        for ordinal in 0..<10_000 { small.add(ordinal: UInt32(ordinal), keys: (0..<18).map { UInt32(ordinal * 18 + $0) }) }
        for ordinal in 0..<60_000 { large.add(ordinal: UInt32(ordinal), keys: (0..<18).map { UInt32(ordinal * 18 + $0) }) }
        let perSmall = Double(small.memoryBytes) / 10_000
        let perLarge = Double(large.memoryBytes) / 60_000
        #expect(perLarge <= 18 * 8 + 2)
        #expect(perSmall <= 18 * 8 + 2)
        #expect(large.ordinals(for: UInt32(50_000 * 18 + 5), limit: 4) == [50_000])
    }
}
