/// Aligns the sentences of two articles in order (a monotone alignment by dynamic programming) with an
/// IDF-weighted word overlap: a rewrite or a translation keeps the facts and their order and changes the words.
///
/// Pairs of sentences that are both mostly quotation count little, because articles on one event share quotes
/// without being copies of each other.
struct SentenceAligner: Sendable {
    /// The least weighted Dice overlap for two sentences to align.
    var minimumSimilarity = 0.3

    /// How much of each article the alignment covers.
    struct Alignment: Sendable, Equatable {
        /// Sum of the aligned pairs' similarities, quotation discounted.
        var score: Double
        /// Number of aligned pairs.
        var pairs: Int
        /// `score` over the sentence count of the shorter and of the longer article.
        var coverageOfShorter: Double
        var coverageOfLonger: Double
    }

    /// Aligns `left` and `right`, weighting terms with `weight`.
    func align(
        _ left: [ArticleFingerprint.SentenceSketch], _ right: [ArticleFingerprint.SentenceSketch],
        weight: (UInt32) -> Double
    ) -> Alignment {
        guard !left.isEmpty, !right.isEmpty else { return Alignment(score: 0, pairs: 0, coverageOfShorter: 0, coverageOfLonger: 0) }
        var weights: [UInt32: Double] = [:]
        func termWeight(_ term: UInt32) -> Double {
            if let known = weights[term] { return known }
            let value = weight(term)
            weights[term] = value
            return value
        }
        let leftMass = left.map { $0.terms.reduce(0) { $0 + termWeight($1) } }
        let rightMass = right.map { $0.terms.reduce(0) { $0 + termWeight($1) } }
        let rightSets = right.map { Set($0.terms) }
        let columns = right.count + 1
        var score = [Double](repeating: 0, count: (left.count + 1) * columns)
        var pairs = [Int](repeating: 0, count: (left.count + 1) * columns)
        for i in 1...left.count {
            let sentence = left[i - 1]
            for j in 1...right.count {
                var shared = 0.0
                for term in sentence.terms where rightSets[j - 1].contains(term) { shared += termWeight(term) }
                let total = leftMass[i - 1] + rightMass[j - 1]
                let similarity = total > 0 ? 2 * shared / total : 0
                let here = i * columns + j
                let up = (i - 1) * columns + j
                let back = i * columns + j - 1
                let diagonal = (i - 1) * columns + j - 1
                var best = score[up]
                var bestPairs = pairs[up]
                if score[back] > best {
                    best = score[back]
                    bestPairs = pairs[back]
                }
                if similarity >= minimumSimilarity {
                    let quoted = min(sentence.quotedFraction, right[j - 1].quotedFraction)
                    let gain = similarity * (1 - quoted)
                    if score[diagonal] + gain > best {
                        best = score[diagonal] + gain
                        bestPairs = pairs[diagonal] + 1
                    }
                }
                score[here] = best
                pairs[here] = bestPairs
            }
        }
        let total = score[left.count * columns + right.count]
        return Alignment(
            score: total, pairs: pairs[left.count * columns + right.count],
            coverageOfShorter: total / Double(min(left.count, right.count)),
            coverageOfLonger: total / Double(max(left.count, right.count)))
    }
}
