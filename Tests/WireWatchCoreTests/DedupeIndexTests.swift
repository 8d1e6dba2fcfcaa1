import Testing

@testable import WireWatchCore

struct DedupeIndexTests {
    @Test func postingsReturnTheNewestOrdinalsOfAKeyAcrossRuns() {
        var index = PostingIndex(maximumPerKey: 10_000)
        for ordinal in 0..<5_000 { index.add(ordinal: UInt32(ordinal), keys: [UInt32(ordinal % 7), 99]) }
        #expect(index.count == 10_000)
        #expect(index.ordinals(for: 3, limit: 3) == [4_994, 4_987, 4_980])
        #expect(index.ordinals(for: 99, limit: 2) == [4_999, 4_998])
        #expect(index.ordinals(for: 12_345, limit: 5).isEmpty)
        #expect(index.memoryBytes <= 10_000 * 8 + 1_024 * 8)
    }

    @Test func minHashEstimatesJaccardAndContainment() {
        let words = (0..<400).map { DedupeText.hash64("w\($0)") }
        let full = MinHashSignature(wordHashes: words)
        let half = MinHashSignature(wordHashes: Array(words.prefix(200)))
        let other = MinHashSignature(wordHashes: (0..<400).map { DedupeText.hash64("x\($0)") })
        #expect(full.jaccard(full) == 1)
        #expect(abs(full.jaccard(half) - 0.5) < 0.15)
        #expect(full.containment(half) > 0.8)
        #expect(full.jaccard(other) < 0.1)
        #expect(full.bandKeys.count == MinHashSignature.bands)
    }

    @Test func termStatisticsCountDocumentsAndSurviveASnapshotAndGrowth() throws {
        var statistics = TermStatistics()
        for document in 0..<20_000 { statistics.add(document: [1, UInt32(document % 10 + 100)]) }
        #expect(statistics.documentFrequency(1) == 20_000)
        #expect(statistics.documentFrequency(105) >= 2_000)
        #expect(statistics.inverseFrequency(424_242) > statistics.inverseFrequency(1))
        let restored = try #require(TermStatistics(serialized: statistics.serialized()))
        #expect(restored.documentCount == 20_000)
        #expect(restored.documentFrequency(105) == statistics.documentFrequency(105))
    }

    @Test func fingerprintsRoundTripThroughTheirBinaryForm() {
        let article = Article(
            id: "abc", source: ArticleSource(file: "a", sha256: "", bytes: 0), headline: "Port strike",
            body: ["Dock workers in Valmora walked out on Monday. “We stay out,” Elena Marchetti said."])
        let fingerprint = FingerprintBuilder().fingerprint(
            of: article, ordinal: 7, day: 19_000, isPublishedDay: true, story: "sabc", statistics: TermStatistics())
        #expect(ArticleFingerprint(serialized: fingerprint.serialized()) == fingerprint)
        #expect(fingerprint.sentences.count == 2)
        #expect(fingerprint.sentences[1].quotedFraction > 0.3)
    }

    @Test func textIsFoldedStemmedAndSplitIntoSentences() {
        #expect(DedupeText.words("Zelenskyy’s “Café” NATO-led") == ["zelenskyy", "s", "cafe", "nato", "led"])
        #expect(DedupeText.stem("congratulating") == DedupeText.stem("congratulated"))
        #expect(DedupeText.contentTerms("a hostile country") == DedupeText.contentTerms("an unfriendly nation"))
        let sentences = DedupeText.sentences(Array("He spoke at noon. “We will see,” he said. Then U.S. officials left.".utf8))
        #expect(sentences.count == 3)
        #expect(CivilDay.days(fromISODate: "1970-01-02") == 1)
        #expect(CivilDay.days(fromISODate: "2024-03-01") == 19_783)
    }

    @Test func speakerKeysJoinTransliterationsAndStripRoles() {
        #expect(SpeakerKey.transliterated("dmitriy") == SpeakerKey.transliterated("dmitry"))
        #expect(SpeakerKey.transliterated("zelenskyy") == SpeakerKey.transliterated("zelensky"))
        #expect(SpeakerKey.personName("Kremlin press secretary Dmitry Peskov") == "Dmitry Peskov")
        #expect(SpeakerKey.personName("Russian President Vladimir Putin") == "Vladimir Putin")
        #expect(SpeakerKey.personName("spokeswoman for Hillary Clinton") == "spokeswoman for Hillary Clinton")
        #expect(SpeakerKey.personName("Russian Foreign Ministry") == "Russian Foreign Ministry")
        var registry = SpeakerRegistry()
        let peskov = registry.resolve("Dmitry Peskov")
        registry.learn(peskov, role: "Kremlin spokesman")
        #expect(registry.resolve("Dmitri Peskov") == peskov)
        #expect(registry.resolve("Peskov") == peskov)
        #expect(registry.resolve("Kremlin spokesman Dmitry Peskov") == peskov)
        let kremlin = registry.resolve("the Kremlin")
        #expect(kremlin != peskov)
        #expect(registry.isCompatible(kremlin, peskov))
        let clinton = registry.resolve("Hillary Clinton")
        #expect(registry.resolve("Bill Clinton") != clinton)
        #expect(!registry.isCompatible(clinton, peskov))
    }
}
