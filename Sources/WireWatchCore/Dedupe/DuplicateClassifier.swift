/// Decides whether two articles are copies of one piece, and of which kind.
///
/// - `exact`: the same normalised body text.
/// - `near-duplicate`: the same text with edits (an update, a changed headline or footer): high estimated shingle
///   Jaccard similarity, or one text almost wholly inside the other.
/// - `rewrite`: the same piece paraphrased or translated: most sentences of both align in order (see
///   ``SentenceAligner``) although few shingles are shared.
struct DuplicateClassifier: Sendable {
    var nearDuplicateJaccard = 0.5
    var nearDuplicateContainment = 0.8
    var containmentFloorJaccard = 0.25
    var rewriteCoverageOfShorter = 0.3
    var rewriteCoverageOfLonger = 0.2
    var rewriteMinimumScore = 3.0
    var aligner = SentenceAligner()

    /// The least term cosine for two articles to be compared sentence by sentence.
    var rewriteMinimumCosine = 0.2

    /// The relation of `new` to `old`, whose term vectors have cosine `cosine`.
    func relation(
        of new: ArticleFingerprint, to old: ArticleFingerprint, cosine: Double, weight: (UInt32) -> Double
    ) -> (DuplicateLink.Relation, Double)? {
        relation(of: new, to: old, cosine: cosine, weight: weight) {
            SentenceIndex(SentenceAligner.Weighted(new.sentences, weight: weight))
        }
    }

    /// The relation of `new` to `old`, where `newSentences` gives the weighted, indexed sentences of `new` (made
    /// once by the caller for all the candidates, and only when one needs the alignment).
    func relation(
        of new: ArticleFingerprint, to old: ArticleFingerprint, cosine: Double, weight: (UInt32) -> Double,
        newSentences: () -> SentenceIndex
    ) -> (DuplicateLink.Relation, Double)? {
        if new.textHash == old.textHash, new.signature.shingleCount > 0 { return (.exact, 1) }
        let jaccard = new.signature.jaccard(old.signature)
        if jaccard >= nearDuplicateJaccard { return (.nearDuplicate, Self.rounded(jaccard)) }
        let containment = new.signature.containment(old.signature)
        if jaccard >= containmentFloorJaccard, containment >= nearDuplicateContainment {
            return (.nearDuplicate, Self.rounded(containment))
        }
        guard cosine >= rewriteMinimumCosine, Self.mayBeRewrite(new, old) else { return nil }
        let alignment = aligner.align(newSentences(), SentenceAligner.Weighted(old.sentences, weight: weight))
        if alignment.score >= rewriteMinimumScore, alignment.coverageOfShorter >= rewriteCoverageOfShorter,
            alignment.coverageOfLonger >= rewriteCoverageOfLonger
        {
            return (.rewrite, Self.rounded(min(1, alignment.coverageOfLonger * 2)))
        }
        return nil
    }

    /// A cheap filter before the alignment: the sentence counts are within a factor of 4.
    private static func mayBeRewrite(_ a: ArticleFingerprint, _ b: ArticleFingerprint) -> Bool {
        let small = min(a.sentences.count, b.sentences.count)
        let large = max(a.sentences.count, b.sentences.count)
        return small >= 3 && large <= 4 * small
    }

    static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
