/// Decides whether a new article belongs to the story of an earlier one: the same event, not merely the same
/// people or place. Copies always share a story; otherwise the articles must be close in time and share much
/// weighted vocabulary, or share vocabulary, named entities and statements (the same utterance reported in both).
/// Shared statements of one speaker are not enough: a reaction piece quotes the remarks it reacts to, but it is
/// another event, with other main names. Statements of several speakers reported in both mean one event.
struct StoryRule: Sendable {
    var maximumDaysApart: Int32 = 7
    var strongCosine = 0.45
    var statementCosine = 0.15
    var minimumStatements = 2
    var statementEntityOverlap = 0.2
    /// Speakers whose statements, shared, mean one event even when the names differ (a round-up of reactions
    /// reported by several outlets, not the one person's remarks a reaction piece quotes).
    var manySpeakers = 2
    var entityCosine = 0.3
    var strongEntityOverlap = 0.3

    /// What the new article shares with the articles of one earlier story.
    struct Evidence: Sendable, Equatable {
        var isDuplicate = false
        var cosine = 0.0
        var entityOverlap = 0.0
        var sharedStatements = 0
        /// Distinct speakers (of the new article) of the shared statements.
        var sharedSpeakers = 0
        var isCloseInTime = false
    }

    func belongs(_ evidence: Evidence) -> Bool {
        if evidence.isDuplicate { return true }
        guard evidence.isCloseInTime else { return false }
        if evidence.cosine >= strongCosine { return true }
        if evidence.cosine >= statementCosine {
            if evidence.sharedStatements >= minimumStatements && evidence.sharedSpeakers >= manySpeakers { return true }
            if evidence.sharedStatements >= minimumStatements && evidence.entityOverlap >= statementEntityOverlap {
                return true
            }
        }
        return evidence.cosine >= entityCosine && evidence.entityOverlap >= strongEntityOverlap
    }

    /// Whether two articles are dated close enough for one event. A published date and a day of arrival do not
    /// compare (an archive dropped today holds old articles): such a pair counts as close.
    func isCloseInTime(_ a: ArticleFingerprint, _ b: ArticleFingerprint) -> Bool {
        guard a.isPublishedDay == b.isPublishedDay else { return true }
        return abs(a.day - b.day) <= maximumDaysApart
    }

    /// IDF-weighted Jaccard overlap of the entity sets of `a` and `b`.
    func entityOverlap(_ a: ArticleFingerprint, _ b: ArticleFingerprint, weight: (UInt32) -> Double) -> Double {
        let left = Set(a.entities.map(\.term))
        let right = Set(b.entities.map(\.term))
        let shared = left.intersection(right).reduce(0.0) { $0 + weight($1) }
        let all = left.union(right).reduce(0.0) { $0 + weight($1) }
        return all > 0 ? shared / all : 0
    }
}
