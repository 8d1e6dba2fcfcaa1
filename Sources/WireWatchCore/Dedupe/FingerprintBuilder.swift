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

    /// The fingerprint of `article`, numbered `ordinal`, dated `day`, in story `story`; terms weighted by `statistics`.
    func fingerprint(
        of article: Article, ordinal: UInt32, day: Int32, isPublishedDay: Bool, story: String,
        statistics: TermStatistics
    ) -> ArticleFingerprint {
        var wordHashes: [UInt64] = []
        var sentences: [ArticleFingerprint.SentenceSketch] = []
        var counts: [UInt32: UInt32] = [:]
        for paragraph in article.body {
            for word in DedupeText.words(paragraph) { wordHashes.append(DedupeText.hash64(word)) }
            for sentence in DedupeText.sentences(paragraph) {
                let terms = DedupeText.contentTerms(sentence.text).map { DedupeText.hash32($0) }
                for term in terms { counts[term, default: 0] += 1 }
                let distinct = Array(Set(terms)).sorted()
                guard !distinct.isEmpty else { continue }
                sentences.append(
                    .init(terms: distinct, quoted: UInt8(min(255, (sentence.quotedFraction * 255).rounded()))))
            }
        }
        for term in DedupeText.contentTerms(article.headline ?? "") { counts[DedupeText.hash32(term), default: 0] += 1 }
        let termCounts = counts.map { ArticleFingerprint.TermCount(term: $0.key, count: $0.value) }
        let terms = Self.ranked(termCounts, limit: Self.keptTerms, statistics: statistics) { 1 + log(Double($0)) }
        let entities = Self.ranked(Self.entities(of: article), limit: Self.keptEntities, statistics: statistics) {
            Double($0).squareRoot()
        }
        let text = article.body.flatMap { DedupeText.words($0) }.joined(separator: " ")
        return ArticleFingerprint(
            ordinal: ordinal, articleID: article.id, day: day, isPublishedDay: isPublishedDay, story: story,
            textHash: DedupeText.hash64(text), signature: MinHashSignature(wordHashes: wordHashes),
            sentences: sentences, terms: terms, entities: entities)
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

    /// The keys of `fingerprint`: its LSH bands and its rarest entities and terms.
    func keys(of fingerprint: ArticleFingerprint, statistics: TermStatistics) -> Keys {
        func rarest(_ list: [ArticleFingerprint.TermCount], _ count: Int) -> [UInt32] {
            let scored: [(term: UInt32, frequency: Int)] = list.map { ($0.term, statistics.documentFrequency($0.term)) }
            let sorted = scored.sorted { $0.frequency != $1.frequency ? $0.frequency < $1.frequency : $0.term < $1.term }
            return sorted.prefix(count).map(\.term)
        }
        let bands = fingerprint.signature.bandKeys
        let indexed = bands + rarest(fingerprint.entities, 6) + rarest(fingerprint.terms, 4)
        let queried = bands + rarest(fingerprint.entities, 24) + rarest(fingerprint.terms, 12)
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
            for sentence in DedupeText.sentences(paragraph) {
                for name in names(in: sentence.text) { counts[DedupeText.hash32(name, seed: entitySeed), default: 0] += 1 }
            }
        }
        return counts.map { ArticleFingerprint.TermCount(term: $0.key, count: $0.value) }
    }

    /// Entity strings of one sentence, lowercased and folded.
    static func names(in sentence: Substring) -> [String] {
        var names: [String] = []
        var run: [String] = []
        func closeRun() {
            for (index, word) in run.enumerated() {
                let isDistinctive = word.count > 1 && !DedupeLexicon.stopwords.contains(word)
                    && !DedupeLexicon.commonWords.contains(DedupeText.stem(word))
                if isDistinctive { names.append(word) }
                if index > 0 { names.append(run[index - 1] + " " + word) }
            }
            run.removeAll()
        }
        let tokens = sentence.split(whereSeparator: { $0.isWhitespace })
        for (position, token) in tokens.enumerated() {
            let trimmed = token.drop(while: { !$0.isLetter && !$0.isNumber })
            guard let first = trimmed.first, first.isUppercase else {
                closeRun()
                continue
            }
            var words = DedupeText.words(trimmed)
            if words.count > 1, words.last == "s" { words.removeLast() }
            guard let word = words.first else {
                closeRun()
                continue
            }
            if position == 0, DedupeLexicon.stopwords.contains(word) || DedupeLexicon.commonWords.contains(word) {
                continue
            }
            run.append(words.joined(separator: " "))
            if let last = token.last, !last.isLetter && !last.isNumber && last != "." { closeRun() }
        }
        closeRun()
        return names
    }
}
