/// Finds the same utterance by the same speaker across articles, in any wording: quotes are cut into sentence
/// units, and a unit joins every statement of a compatible speaker holding a unit of another article that it
/// overlaps enough (IDF-weighted Dice of content terms, synonyms folded, or containment of a short unit in a long one).
///
/// A unit may join several statements (one sentence can carry two utterances), but only units of a single
/// statement are matched against, so that such a bridge does not chain two statements into one.
struct StatementMatcher: Sendable {
    var minimumSimilarity = 0.35
    var containmentFactor = 0.7

    /// The units of the quotes of `article` (numbered `ordinal`, dated `day`); `speakerID` maps a canonical name
    /// to its registry id.
    func units(of article: Article, ordinal: UInt32, day: Int32, speakerID: (String) -> Int?) -> [StoryState.Unit] {
        var units: [StoryState.Unit] = []
        for (index, quote) in article.quotes.enumerated() {
            guard let name = quote.speaker?.name, let speaker = speakerID(name) else { continue }
            for piece in Self.pieces(of: quote.text) {
                let terms = Array(Set(DedupeText.contentTerms(piece))).sorted()
                guard !terms.isEmpty else { continue }
                units.append(
                    StoryState.Unit(
                        article: article.id, ordinal: ordinal, day: day, quote: quote.id, quoteIndex: index,
                        speaker: speaker, text: quote.text, terms: terms, statements: []))
            }
        }
        return units
    }

    /// The statements of `state` that `unit` joins.
    func matches(
        of unit: StoryState.Unit, in state: StoryState, registry: SpeakerRegistry, weight: (UInt32) -> Double
    ) -> [Int] {
        var best: [Int: Double] = [:]
        for other in state.units where other.article != unit.article && other.statements.count == 1 {
            guard registry.isCompatible(unit.speaker, other.speaker) else { continue }
            let similarity = similarity(unit.terms, other.terms, weight: weight)
            guard similarity >= minimumSimilarity else { continue }
            for statement in other.statements { best[statement] = max(best[statement] ?? 0, similarity) }
        }
        return best.keys.sorted()
    }

    /// Adds `units` (of one new article) to `state`; returns how many of them joined an existing statement.
    @discardableResult
    func insert(
        _ units: [StoryState.Unit], into state: inout StoryState, registry: SpeakerRegistry,
        weight: (UInt32) -> Double
    ) -> Int {
        var joined = 0
        var placed: [StoryState.Unit] = []
        for var unit in units {
            let found = matches(of: unit, in: state, registry: registry, weight: weight)
            if found.isEmpty {
                unit.statements = [state.statementCount]
                state.statementCount += 1
            } else {
                unit.statements = found
                joined += 1
            }
            placed.append(unit)
        }
        state.units += placed
        if state.units.count > StoryState.maximumUnits {
            state.units.removeFirst(state.units.count - StoryState.maximumUnits)
        }
        return joined
    }

    /// Weighted overlap of two sorted term sets: the larger of Dice and scaled containment of the smaller set.
    func similarity(_ a: [UInt32], _ b: [UInt32], weight: (UInt32) -> Double) -> Double {
        var i = 0
        var j = 0
        var shared = 0.0
        var sharedCount = 0
        var massA = 0.0
        var massB = 0.0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                massA += weight(a[i])
                i += 1
            } else if i == a.count || b[j] < a[i] {
                massB += weight(b[j])
                j += 1
            } else {
                let value = weight(a[i])
                massA += value
                massB += value
                shared += value
                sharedCount += 1
                i += 1
                j += 1
            }
        }
        guard shared > 0 else { return 0 }
        let dice = 2 * shared / (massA + massB)
        let smaller = min(a.count, b.count)
        let enoughShared = smaller <= 1 || (sharedCount >= 2 && Double(sharedCount) >= 0.6 * Double(smaller))
        let containment = enoughShared ? shared / min(massA, massB) : 0
        return max(dice, containmentFactor * containment)
    }

    /// The clauses of a quote: split at `.`, `;`, `?`, `!`, `…`, at quote marks (a quotation inside reported
    /// speech is its own utterance) and at commas, a clause of fewer than four content words joining its neighbour
    /// (so `Of course, ...` stays whole and `A, as B` becomes two).
    static func pieces(of text: String) -> [String] {
        var pieces: [String] = []
        for sentence in text.split(whereSeparator: { ".;?!…“”\"".contains($0) }) {
            var clauses: [String] = []
            for clause in sentence.split(separator: ",") {
                let words = DedupeText.contentTerms(clause).count
                if let last = clauses.last, words < 4 || DedupeText.contentTerms(last).count < 4 {
                    clauses[clauses.count - 1] = last + "," + clause
                } else {
                    clauses.append(String(clause))
                }
            }
            pieces += clauses.filter { $0.contains(where: \.isLetter) }
        }
        return pieces
    }
}
