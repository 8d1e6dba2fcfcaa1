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

    /// Look-ups equal a plain model's (the newest ordinals of each key) across many chunked runs, for keys whose
    /// postings straddle chunk boundaries and limits far above a chunk.
    @Test func lookUpsMatchAPlainModelAcrossChunks() {
        var index = PostingIndex(maximumPerKey: 200_000)
        var model: [UInt32: [UInt32]] = [:]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for ordinal in 0..<120_000 {
            var keys: [UInt32] = [1]
            for _ in 0..<3 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                keys.append(UInt32(truncatingIfNeeded: state >> 40) % 5_000 + 2)
            }
            index.add(ordinal: UInt32(ordinal), keys: keys)
            for key in keys { model[key, default: []].append(UInt32(ordinal)) }
        }
        #expect(index.count == 480_000)
        for key: UInt32 in [1, 2, 17, 2_500, 5_001, 9_999_999] {
            let all = (model[key] ?? []).reversed()
            for limit in [1, 7, 64, 40_000, 120_000] {
                #expect(index.ordinals(for: key, limit: limit) == Array(all.prefix(limit)))
            }
        }
        #expect(index.memoryBytes <= 480_000 * 8 + 20_000)
    }

    @Test func aMergeKeepsTheNewestPostingsOfEachKeyAndFreesNothingItStillNeeds() {
        var index = PostingIndex(maximumPerKey: 3)
        for ordinal in 0..<50_000 { index.add(ordinal: UInt32(ordinal), keys: [UInt32(ordinal % 4), 10]) }
        let copy = index
        for ordinal in 50_000..<60_000 { index.add(ordinal: UInt32(ordinal), keys: [UInt32(ordinal % 4), 10]) }
        #expect(index.ordinals(for: 10, limit: 3) == [59_999, 59_998, 59_997])
        #expect(index.ordinals(for: 2, limit: 2) == [59_998, 59_994])
        // The copy taken before the last merges still reads its own postings.
        #expect(copy.ordinals(for: 10, limit: 3) == [49_999, 49_998, 49_997])
        #expect(copy.ordinals(for: 3, limit: 3) == [49_999, 49_995, 49_991])
    }
}
