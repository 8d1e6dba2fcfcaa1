import Foundation

/// An article's most distinctive terms as a sparse IDF-weighted vector, sorted by term id, for cosines by merging.
struct WeightedTerms: Sendable {
    private(set) var terms: [UInt32] = []
    private(set) var weights: [Double] = []
    private(set) var norm = 0.0

    /// The vector of `counts` with weights `(1 + ln count) × weight(term)`.
    init(_ counts: [ArticleFingerprint.TermCount], weight: (UInt32) -> Double) {
        self.init(sorted: Self.sorted(counts), weight: weight)
    }

    /// `counts` in the order the vector takes them: by term.
    static func sorted(_ counts: [ArticleFingerprint.TermCount]) -> [ArticleFingerprint.TermCount] {
        counts.sorted { $0.term < $1.term }
    }

    /// The vector of `counts`, already in ``sorted(_:)`` order.
    init(sorted counts: [ArticleFingerprint.TermCount], weight: (UInt32) -> Double) {
        for item in counts {
            let value = (1 + log(Double(item.count))) * weight(item.term)
            terms.append(item.term)
            weights.append(value)
            norm += value * value
        }
        norm = norm.squareRoot()
    }

    /// The cosine of two vectors.
    func cosine(_ other: WeightedTerms) -> Double {
        guard norm > 0, other.norm > 0 else { return 0 }
        var i = 0
        var j = 0
        var dot = 0.0
        while i < terms.count && j < other.terms.count {
            if terms[i] == other.terms[j] {
                dot += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if terms[i] < other.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return dot / (norm * other.norm)
    }
}
