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

    /// The sentences of one article with their (sorted) terms' weights, flattened into contiguous arrays so that
    /// the pairwise overlaps run without allocation; weigh an article once and align it with many.
    struct Weighted: Sendable {
        /// Terms of every sentence, one after the other; sentence `i` is `terms[starts[i]..<starts[i + 1]]`.
        private(set) var terms: [UInt32] = []
        private(set) var weights: [Double] = []
        private(set) var starts: [Int] = [0]
        /// Per sentence: the sum of its weights and its quoted share.
        private(set) var masses: [Double] = []
        private(set) var quoted: [Double] = []

        init(_ sentences: [ArticleFingerprint.SentenceSketch], weight: (UInt32) -> Double) {
            for sentence in sentences {
                var mass = 0.0
                for term in sentence.terms {
                    let value = weight(term)
                    terms.append(term)
                    weights.append(value)
                    mass += value
                }
                starts.append(terms.count)
                masses.append(mass)
                quoted.append(sentence.quotedFraction)
            }
        }

        var count: Int { masses.count }
    }

    /// Aligns `left` and `right`, weighting terms with `weight`.
    func align(
        _ left: [ArticleFingerprint.SentenceSketch], _ right: [ArticleFingerprint.SentenceSketch],
        weight: (UInt32) -> Double
    ) -> Alignment {
        align(Weighted(left, weight: weight), Weighted(right, weight: weight))
    }

    /// Aligns two weighted articles.
    func align(_ a: Weighted, _ b: Weighted) -> Alignment {
        align(SentenceIndex(a), b)
    }

    /// Aligns the indexed article `index` (index the new article once, align it with every candidate) with `b`.
    func align(_ index: SentenceIndex, _ b: Weighted) -> Alignment {
        let a = index.sentences
        guard a.count > 0, b.count > 0 else { return Alignment(score: 0, coverageOfShorter: 0, coverageOfLonger: 0) }
        let similarities = index.similarities(with: b)
        let columns = b.count + 1
        var previous = [Double](repeating: 0, count: columns)
        var current = [Double](repeating: 0, count: columns)
        for i in 0..<a.count {
            current[0] = 0
            for j in 0..<b.count {
                var best = max(previous[j + 1], current[j])
                let similarity = similarities[i * b.count + j]
                if similarity >= minimumSimilarity {
                    best = max(best, previous[j] + similarity * (1 - min(a.quoted[i], b.quoted[j])))
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
