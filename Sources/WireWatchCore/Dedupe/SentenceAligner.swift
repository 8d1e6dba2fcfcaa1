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
        /// Per sentence, four words: a 256-bit mask of its terms (two sentences whose masks do not meet share none).
        private(set) var masks: [UInt64] = []

        init(_ sentences: [ArticleFingerprint.SentenceSketch], weight: (UInt32) -> Double) {
            for sentence in sentences {
                var mass = 0.0
                var mask: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
                for term in sentence.terms {
                    let value = weight(term)
                    terms.append(term)
                    weights.append(value)
                    mass += value
                    let bit: UInt64 = 1 << UInt64(term & 63)
                    switch (term >> 6) & 3 {
                    case 0: mask.0 |= bit
                    case 1: mask.1 |= bit
                    case 2: mask.2 |= bit
                    default: mask.3 |= bit
                    }
                }
                starts.append(terms.count)
                masses.append(mass)
                quoted.append(sentence.quotedFraction)
                masks += [mask.0, mask.1, mask.2, mask.3]
            }
        }

        var count: Int { masses.count }
    }

    /// Weighted Dice overlap of sentence `i` of `a` and sentence `j` of `b`, whose terms are sorted.
    private static func similarity(
        _ a: Weighted, _ i: Int, _ b: Weighted, _ j: Int, _ aTerms: UnsafeBufferPointer<UInt32>,
        _ aWeights: UnsafeBufferPointer<Double>, _ bTerms: UnsafeBufferPointer<UInt32>
    ) -> Double {
        let total = a.masses[i] + b.masses[j]
        // No term in common: the overlap is nothing.
        let x4 = 4 * i
        let y4 = 4 * j
        guard a.masks[x4] & b.masks[y4] | a.masks[x4 + 1] & b.masks[y4 + 1] | a.masks[x4 + 2] & b.masks[y4 + 2]
            | a.masks[x4 + 3] & b.masks[y4 + 3] != 0
        else { return 0 }
        var x = a.starts[i]
        let xEnd = a.starts[i + 1]
        var y = b.starts[j]
        let yEnd = b.starts[j + 1]
        var shared = 0.0
        while x < xEnd && y < yEnd {
            let left = aTerms[x]
            let right = bTerms[y]
            if left == right {
                shared += aWeights[x]
                x += 1
                y += 1
            } else if left < right {
                x += 1
            } else {
                y += 1
            }
        }
        return total > 0 ? 2 * shared / total : 0
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
        guard a.count > 0, b.count > 0 else { return Alignment(score: 0, coverageOfShorter: 0, coverageOfLonger: 0) }
        let columns = b.count + 1
        var previous = [Double](repeating: 0, count: columns)
        var current = [Double](repeating: 0, count: columns)
        a.terms.withUnsafeBufferPointer { aTerms in
            a.weights.withUnsafeBufferPointer { aWeights in
                b.terms.withUnsafeBufferPointer { bTerms in
                    for i in 0..<a.count {
                        current[0] = 0
                        for j in 0..<b.count {
                            var best = max(previous[j + 1], current[j])
                            let similarity = Self.similarity(a, i, b, j, aTerms, aWeights, bTerms)
                            if similarity >= minimumSimilarity {
                                best = max(best, previous[j] + similarity * (1 - min(a.quoted[i], b.quoted[j])))
                            }
                            current[j + 1] = best
                        }
                        swap(&previous, &current)
                    }
                }
            }
        }
        let total = previous[b.count]
        return Alignment(
            score: total, coverageOfShorter: total / Double(min(a.count, b.count)),
            coverageOfLonger: total / Double(max(a.count, b.count)))
    }
}
