import Foundation
import Testing

@testable import WireWatchCore

/// The fingerprint cache, the weight memo, the aligner's flat form and the registry's incremental index.
struct DedupeCacheTests {
    typealias F = DedupeFixtures

    private func fingerprint(_ ordinal: Int, body: [String] = F.strike) -> ArticleFingerprint {
        let article = F.article(file: "\(ordinal).txt", headline: "Headline \(ordinal)", body: body)
        return FingerprintBuilder().fingerprint(
            of: article, ordinal: UInt32(ordinal), day: 1, isPublishedDay: false, story: "s\(ordinal)",
            statistics: TermStatistics())
    }

    private func store(with fingerprints: [ArticleFingerprint]) throws -> InMemoryDedupeStore {
        let store = InMemoryDedupeStore()
        var changes = DedupeChanges()
        changes.fingerprints = fingerprints.map {
            FingerprintRecord(ordinal: Int($0.ordinal), articleID: $0.articleID, keys: [], payload: $0.serialized())
        }
        try store.apply(changes)
        return store
    }

    @Test func theFingerprintCacheReturnsWhatTheStoreHolds() throws {
        let bodies = [F.strike, F.portFire, F.earthquake2023, F.earthquake2024, F.strikeRewrite]
        let all = bodies.indices.map { fingerprint($0, body: bodies[$0]) }
        let store = try store(with: all)
        var cache = FingerprintCache(capacity: 2)
        let asked: [UInt32] = [4, 0, 9, 2]
        let first = try cache.fingerprints(ordinals: asked, store: store)
        #expect(first == [all[4], all[0], all[2]])
        #expect(cache.count == 2)
        // Again: some from memory, some from the store, the same answer; never more than the capacity.
        #expect(try cache.fingerprints(ordinals: asked, store: store) == first)
        #expect(try cache.fingerprint(ordinal: 3, store: store) == all[3])
        #expect(cache.count == 2)
        // A fingerprint put in the cache (as after an admission) replaces the cached one.
        var restamped = all[3]
        restamped.story = "s0"
        cache.put(restamped)
        #expect(try cache.fingerprint(ordinal: 3, store: store) == restamped)
    }

    @Test func theWeightMemoGivesTheStatisticsWeights() {
        var statistics = TermStatistics()
        for document in 0..<50 { statistics.add(document: Set((0..<40).map { UInt32($0 * (document % 7 + 1)) })) }
        let memo = WeightMemo()
        memo.reset()
        // More terms than the memo keeps, each asked twice.
        for round in 0..<2 {
            for term in stride(from: UInt32(0), to: 20_000, by: 1) where term % 3 == UInt32(round) || term < 500 {
                #expect(memo.weight(term, statistics) == statistics.inverseFrequency(term))
            }
        }
        statistics.add(document: [1, 2, 3])
        memo.reset()
        for term: UInt32 in [1, 2, 3, 4] { #expect(memo.weight(term, statistics) == statistics.inverseFrequency(term)) }
    }

    /// The alignment as first written: a plain merge for every pair of sentences.
    private func plainAlignment(
        _ left: [ArticleFingerprint.SentenceSketch], _ right: [ArticleFingerprint.SentenceSketch],
        weight: (UInt32) -> Double
    ) -> Double {
        func similarity(_ a: ArticleFingerprint.SentenceSketch, _ b: ArticleFingerprint.SentenceSketch) -> Double {
            let shared = a.terms.filter(b.terms.contains).map(weight).reduce(0, +)
            let total = a.terms.map(weight).reduce(0, +) + b.terms.map(weight).reduce(0, +)
            return total > 0 ? 2 * shared / total : 0
        }
        var previous = [Double](repeating: 0, count: right.count + 1)
        for a in left {
            var current = [0.0]
            for (j, b) in right.enumerated() {
                var best = max(previous[j + 1], current[j])
                let value = similarity(a, b)
                if value >= 0.3 { best = max(best, previous[j] + value * (1 - min(a.quotedFraction, b.quotedFraction))) }
                current.append(best)
            }
            previous = current
        }
        return previous[right.count]
    }

    @Test func theFlatAlignmentScoresAsThePlainOne() {
        let texts = [F.strike, F.strikeRewrite, F.strikeOtherOutlet, F.portFire, F.earthquake2023, F.earthquake2024]
        let sketches = texts.map { FingerprintBuilder.sketch(of: F.article(file: "x", headline: "", body: $0)).sentences }
        let weight: (UInt32) -> Double = { Double($0 % 13 + 1) / 7 }
        for left in sketches {
            for right in sketches {
                let score = SentenceAligner().align(left, right, weight: weight).score
                #expect(abs(score - plainAlignment(left, right, weight: weight)) < 1e-9)
            }
        }
    }

    @Test func learningIndexesAsARegistryBuiltFromTheRecords() {
        var registry = SpeakerRegistry()
        let peskov = registry.resolve("Dmitry Peskov")
        registry.learn(peskov, alias: "Kremlin spokesman Dmitry Peskov", role: "Kremlin spokesman")
        let kremlin = registry.resolve("the Kremlin")
        let putin = registry.resolve("Putin")
        registry.learn(putin, alias: "Russian President Vladimir Putin")
        registry.learn(putin, alias: "Vladimir Vladimirovich", role: "president")
        let rebuilt = SpeakerRegistry(records: registry.records)
        #expect(rebuilt.records == registry.records)
        for name in ["Dmitri Peskov", "Peskov", "Vladimir Putin", "V. Putin", "Vladimir Vladimirovich", "Kremlin", "Zelenskiy"] {
            var learned = registry
            var built = rebuilt
            #expect(learned.resolve(name) == built.resolve(name))
        }
        #expect(registry.isCompatible(peskov, kremlin) == rebuilt.isCompatible(peskov, kremlin))
    }
}

extension DedupeCacheTests {
    @Test func nameKeysComputedAheadAreTheKeysAndResolveAlike() {
        let texts = ["Kremlin spokesman Dmitry Peskov", "Peskov", "the Kremlin", "Russian President Vladimir Putin’s", ""]
        for text in texts {
            let computed = SpeakerKey.Computed(text)
            #expect(computed.words == SpeakerKey.nameWords(text))
            #expect(computed.person == SpeakerKey.personName(text))
            #expect(computed.personWords == SpeakerKey.nameWords(SpeakerKey.personName(text)))
        }
        var plain = SpeakerRegistry()
        var seeded = SpeakerRegistry()
        seeded.remember(texts.map(SpeakerKey.Computed.init))
        for text in texts + ["Dmitri Peskov", "Vladimir Putin"] {
            #expect(plain.resolve(text, context: texts) == seeded.resolve(text, context: texts))
        }
        #expect(plain.records == seeded.records)
    }
}

extension DedupeCacheTests {
    @Test func sentenceMarksAreTheCharactersOfThePlainTest() {
        let marks = ".;?!…“”\""
        let samples: [Character] = [".", ";", "?", "!", "…", "“", "”", "\"", "\u{037E}", ",", "a", " ", "e\u{301}", ".\u{301}", "’", "‘", "«"]
        for character in samples {
            #expect(StatementMatcher.isSentenceMark(character) == marks.contains(character))
            #expect(StatementMatcher.isSingleScalar(character, 0x2c) == (character == ","))
        }
    }
}

extension DedupeCacheTests {
    @Test func cachedSortedTermsMakeTheSameVector() throws {
        let all = [fingerprint(0), fingerprint(1, body: F.portFire)]
        let store = try store(with: all)
        var cache = FingerprintCache()
        _ = try cache.fingerprints(ordinals: [0, 1], store: store)
        let weight: (UInt32) -> Double = { Double($0 % 11 + 1) }
        for item in all {
            let sorted = try #require(cache.sortedTerms(ordinal: item.ordinal))
            let plain = WeightedTerms(item.terms, weight: weight)
            let cached = WeightedTerms(sorted: sorted, weight: weight)
            #expect(cached.terms == plain.terms && cached.weights == plain.weights && cached.norm == plain.norm)
        }
        #expect(cache.sortedTerms(ordinal: 7) == nil)
    }
}
