import Foundation

/// Turns an article into its ``ArticleFingerprint`` and the keys it is indexed and looked up under.
struct FingerprintBuilder: Sendable {
    /// Number of most distinctive content terms kept per article.
    static let keptTerms = 64
    /// Number of entities kept per article.
    static let keptEntities = 24
    /// Seed of entity ids, so that the entity `Kremlin` and the word `kremlin` differ.
    static let entitySeed: UInt64 = 7

    /// The keys an article is filed under and the keys it looks up.
    struct Keys: Sendable, Equatable {
        var indexed: [UInt32]
        var queried: [UInt32]
    }

    /// What the fingerprint of an article holds that depends on its text alone (no term statistics): computed
    /// once, on any thread, before the article reaches the serial dedupe queue.
    struct TextSketch: Sendable, Equatable {
        /// Hash of the normalised body words (mixed).
        var textHash: UInt64
        var signature: MinHashSignature
        var sentences: [ArticleFingerprint.SentenceSketch]
        /// Every content term of the headline and body with its count, sorted by term.
        var terms: [ArticleFingerprint.TermCount]
        /// Every entity of the headline and body with its count, sorted by term.
        var entities: [ArticleFingerprint.TermCount]
    }

    /// The text-only part of the fingerprint of `article`.
    static func sketch(of article: Article) -> TextSketch {
        var wordHashes: [UInt64] = []
        var sentences: [ArticleFingerprint.SentenceSketch] = []
        var counts: [UInt32: UInt32] = [:]
        var textHash: UInt64 = 0xcbf2_9ce4_8422_2325
        var entityCounts: [UInt32: UInt32] = [:]
        let headline = Array((article.headline ?? "").utf8)
        for sentence in DedupeText.sentences(headline) {
            countNames(in: headline, range: sentence.range, into: &entityCounts)
        }
        for paragraph in article.body {
            let bytes = Array(paragraph.utf8)
            DedupeText.forEachWord(bytes, in: 0..<bytes.count) { word in
                wordHashes.append(DedupeText.hash64(word))
                for byte in word {
                    textHash ^= UInt64(byte)
                    textHash &*= 0x0000_0100_0000_01b3
                }
                textHash ^= 0x20
                textHash &*= 0x0000_0100_0000_01b3
            }
            for sentence in DedupeText.sentences(bytes) {
                countNames(in: bytes, range: sentence.range, into: &entityCounts)
                let terms = DedupeText.termIDs(bytes, in: sentence.range)
                for term in terms { counts[term, default: 0] += 1 }
                let distinct = Array(Set(terms)).sorted()
                guard !distinct.isEmpty else { continue }
                sentences.append(
                    .init(terms: distinct, quoted: UInt8(min(255, (sentence.quotedFraction * 255).rounded()))))
            }
        }
        for term in DedupeText.contentTerms(article.headline ?? "") { counts[term, default: 0] += 1 }
        func list(_ counts: [UInt32: UInt32]) -> [ArticleFingerprint.TermCount] {
            counts.map { ArticleFingerprint.TermCount(term: $0.key, count: $0.value) }.sorted { $0.term < $1.term }
        }
        return TextSketch(
            textHash: DedupeText.mix(textHash), signature: MinHashSignature(wordHashes: wordHashes),
            sentences: sentences, terms: list(counts), entities: list(entityCounts))
    }

    /// The fingerprint of `article`, numbered `ordinal`, dated `day`, in story `story`; terms weighted by `statistics`.
    func fingerprint(
        of article: Article, ordinal: UInt32, day: Int32, isPublishedDay: Bool, story: String,
        statistics: TermStatistics
    ) -> ArticleFingerprint {
        fingerprint(
            of: Self.sketch(of: article), articleID: article.id, ordinal: ordinal, day: day,
            isPublishedDay: isPublishedDay, story: story, statistics: statistics)
    }

    /// The fingerprint made of `sketch` (of the article `articleID`): its most distinctive terms and entities by
    /// `statistics`.
    func fingerprint(
        of sketch: TextSketch, articleID: String, ordinal: UInt32, day: Int32, isPublishedDay: Bool, story: String,
        statistics: TermStatistics
    ) -> ArticleFingerprint {
        let terms = Self.ranked(sketch.terms, limit: Self.keptTerms, statistics: statistics) { 1 + log(Double($0)) }
        let entities = Self.ranked(sketch.entities, limit: Self.keptEntities, statistics: statistics) {
            Double($0).squareRoot()
        }
        return ArticleFingerprint(
            ordinal: ordinal, articleID: articleID, day: day, isPublishedDay: isPublishedDay, story: story,
            textHash: sketch.textHash, signature: sketch.signature, sentences: sketch.sentences, terms: terms,
            entities: entities)
    }

    /// The `limit` items of `list` with the highest `scale(count) × idf`, ties broken by term id.
    private static func ranked(
        _ list: [ArticleFingerprint.TermCount], limit: Int, statistics: TermStatistics, scale: (UInt32) -> Double
    ) -> [ArticleFingerprint.TermCount] {
        var weighted: [(item: ArticleFingerprint.TermCount, weight: Double)] = []
        weighted.reserveCapacity(list.count)
        for item in list {
            let weight: Double = scale(item.count) * statistics.inverseFrequency(item.term)
            weighted.append((item, weight))
        }
        weighted.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.item.term < $1.item.term }
        return weighted.prefix(limit).map(\.item)
    }

    /// The keys of `fingerprint`: its LSH bands and its most salient entities and terms (count × IDF), which
    /// stay the same across articles on one event while rare words of one article do not.
    func keys(of fingerprint: ArticleFingerprint, statistics: TermStatistics) -> Keys {
        func salient(_ list: [ArticleFingerprint.TermCount], _ count: Int) -> [UInt32] {
            var scored: [(term: UInt32, weight: Double)] = []
            for item in list {
                let weight: Double = (1 + log(Double(item.count))) * statistics.inverseFrequency(item.term)
                scored.append((item.term, weight))
            }
            scored.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
            return scored.prefix(count).map(\.term)
        }
        let bands = fingerprint.signature.bandKeys
        let indexed = bands + salient(fingerprint.entities, 6) + salient(fingerprint.terms, 4)
        let queried = bands + salient(fingerprint.entities, 24) + salient(fingerprint.terms, 16)
        return Keys(indexed: Self.unique(indexed), queried: Self.unique(queried))
    }

    private static func unique(_ keys: [UInt32]) -> [UInt32] {
        var seen = Set<UInt32>()
        return keys.filter { seen.insert($0).inserted }
    }

    /// Capitalised names of the headline and body: single distinctive words and pairs of adjacent ones.
    static func entities(of article: Article) -> [ArticleFingerprint.TermCount] {
        var counts: [UInt32: UInt32] = [:]
        for paragraph in [article.headline ?? ""] + article.body {
            let bytes = Array(paragraph.utf8)
            for sentence in DedupeText.sentences(bytes) { countNames(in: bytes, range: sentence.range, into: &counts) }
        }
        return counts.map { ArticleFingerprint.TermCount(term: $0.key, count: $0.value) }
    }

    /// Counts the entity ids of one sentence (`bytes[range]`) in `counts`.
    static func countNames(in bytes: [UInt8], range: Range<Int>, into counts: inout [UInt32: UInt32]) {
        for name in names(in: bytes, range: range) { counts[DedupeText.hash32(name.utf8, seed: entitySeed), default: 0] += 1 }
    }

    /// Entity strings of one sentence (`bytes[range]`), lowercased and folded.
    static func names(in bytes: [UInt8], range: Range<Int>) -> [String] {
        var names: [String] = []
        var run: [String] = []
        func closeRun() {
            for (index, word) in run.enumerated() {
                if word.count > 1, !DedupeLexicon.isCommon(word) { names.append(word) }
                if index > 0 { names.append(run[index - 1] + " " + word) }
            }
            run.removeAll()
        }
        var position = 0
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            var end = index
            while end < range.upperBound, bytes[end] != 0x20, bytes[end] != 0x09 { end += 1 }
            guard end > index else { break }
            defer {
                index = end
                position += 1
            }
            var start = index
            while start < end, !UTF8Scalar.wordCharacter(bytes, at: start, end: end).0 { start += 1 }
            guard start < end, UTF8Scalar.isUppercase(bytes, at: start, end: end) else {
                closeRun()
                continue
            }
            var words: [String] = []
            DedupeText.forEachWord(bytes, in: start..<end) { words.append(String(decoding: $0, as: UTF8.self)) }
            if words.count > 1, words.last == "s" { words.removeLast() }
            guard let first = words.first else {
                closeRun()
                continue
            }
            if position == 0, DedupeLexicon.isCommon(first) { continue }
            run.append(words.joined(separator: " "))
            let last = bytes[end - 1]
            let endsWithPunctuation = last < 0x80 && !UTF8Scalar.wordCharacter(bytes, at: end - 1, end: end).0 && last != 0x2e
            if endsWithPunctuation || (last >= 0x80 && !UTF8Scalar.wordCharacter(bytes, at: end - 3 >= start ? end - 3 : start, end: end).0) {
                closeRun()
            }
        }
        closeRun()
        return names
    }
}
