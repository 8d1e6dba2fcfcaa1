/// Finds the same utterance by the same speaker across articles, in any wording: quotes are cut into sentence
/// units, and a unit joins every statement of a compatible speaker holding a unit of another article that it
/// overlaps enough (IDF-weighted Dice of content terms, synonyms folded, or containment of a short unit in a long one).
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
        for other in state.units where other.article != unit.article && !other.statements.isEmpty {
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
        let containment = (sharedCount >= 2 || smaller <= 1) ? shared / min(massA, massB) : 0
        return max(dice, containmentFactor * containment)
    }

    /// The sentence-like pieces of a quote (split at `.`, `;`, `?`, `!`, `…`).
    static func pieces(of text: String) -> [Substring] {
        text.split(whereSeparator: { ".;?!…".contains($0) }).filter { $0.contains(where: \.isLetter) }
    }
}
