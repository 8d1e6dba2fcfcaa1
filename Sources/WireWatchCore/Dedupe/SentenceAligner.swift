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
        /// `score` over the sentence count of the shorter and of the longer article.
        var coverageOfShorter: Double
        var coverageOfLonger: Double
    }

    /// A sentence with its (sorted) terms' weights and their sum.
    private struct Weighted {
        var terms: [UInt32]
        var weights: [Double]
        var mass: Double
        var quoted: Double
    }

    private static func weighted(_ sentences: [ArticleFingerprint.SentenceSketch], _ weight: (UInt32) -> Double)
        -> [Weighted]
    {
        sentences.map { sentence in
            let weights = sentence.terms.map(weight)
            return Weighted(
                terms: sentence.terms, weights: weights, mass: weights.reduce(0, +), quoted: sentence.quotedFraction)
        }
    }

    /// Weighted Dice overlap of two sentences whose terms are sorted.
    private static func similarity(_ a: Weighted, _ b: Weighted) -> Double {
        var i = 0
        var j = 0
        var shared = 0.0
        while i < a.terms.count && j < b.terms.count {
            if a.terms[i] == b.terms[j] {
                shared += a.weights[i]
                i += 1
                j += 1
            } else if a.terms[i] < b.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let total = a.mass + b.mass
        return total > 0 ? 2 * shared / total : 0
    }

    /// Aligns `left` and `right`, weighting terms with `weight`.
    func align(
        _ left: [ArticleFingerprint.SentenceSketch], _ right: [ArticleFingerprint.SentenceSketch],
        weight: (UInt32) -> Double
    ) -> Alignment {
        guard !left.isEmpty, !right.isEmpty else { return Alignment(score: 0, coverageOfShorter: 0, coverageOfLonger: 0) }
        let a = Self.weighted(left, weight)
        let b = Self.weighted(right, weight)
        let columns = b.count + 1
        var previous = [Double](repeating: 0, count: columns)
        var current = [Double](repeating: 0, count: columns)
        for i in 0..<a.count {
            current[0] = 0
            for j in 0..<b.count {
                var best = max(previous[j + 1], current[j])
                let similarity = Self.similarity(a[i], b[j])
                if similarity >= minimumSimilarity {
                    best = max(best, previous[j] + similarity * (1 - min(a[i].quoted, b[j].quoted)))
                }
                current[j + 1] = best
            }
            swap(&previous, &current)
        }
        let total = previous[b.count]
        return Alignment(
            score: total, coverageOfShorter: total / Double(min(a.count, b.count)),
            coverageOfLonger: total / Double(max(a.count, b.count)))
    }
}
