/// Finds the same utterance by the same speaker across articles, in any wording: quotes are cut into sentence
/// units, and a unit links to units of a compatible speaker in other articles that it overlaps enough (IDF-weighted
/// Dice of content terms, synonyms folded, or containment of a short unit in a long one).
///
/// Units link only to their best match (or nearly) in each other article, mutually, so that a clause sharing one
/// word with several others does not chain statements together; linked units share one statement, and a quote
/// belongs to the statements of all its units (one sentence can carry two utterances).
struct StatementMatcher: Sendable {
    var minimumSimilarity = 0.3
    var containmentFactor = 0.7
    /// A link needs this share of the best score of both its units against the other article.
    var nearBestRatio = 0.8

    /// The units of the quotes of `article` (numbered `ordinal`, dated `day`); `speakerID` maps a canonical name
    /// to its registry id.
    func units(of article: Article, ordinal: UInt32, day: Int32, speakerID: (String) -> Int?) -> [StoryState.Unit] {
        units(of: article, pieces: Self.pieceTerms(of: article), ordinal: ordinal, day: day, speakerID: speakerID)
    }

    /// The units of the quotes of `article` whose piece terms (``pieceTerms(of:)``) are `pieces`.
    func units(
        of article: Article, pieces: [[[UInt32]]], ordinal: UInt32, day: Int32, speakerID: (String) -> Int?
    ) -> [StoryState.Unit] {
        var units: [StoryState.Unit] = []
        for (index, quote) in article.quotes.enumerated() {
            guard let name = quote.speaker?.name, let speaker = speakerID(name) else { continue }
            for terms in pieces[index] {
                units.append(
                    StoryState.Unit(
                        article: article.id, ordinal: ordinal, day: day, quote: quote.id, quoteIndex: index,
                        speaker: speaker, text: quote.text, terms: terms, statements: []))
            }
        }
        return units
    }

    /// Links between the units of a new article and the units of `state`: for each earlier article, a pair of units
    /// (by compatible speakers) that overlap enough and are each other's best match between the two articles, or
    /// nearly (within `nearBestRatio`). A unit links to what it means in each other article, not to every clause
    /// sharing a word with it, and the links do not depend on which article came first.
    /// Returns pairs (index in `units`, index in `state.units`).
    func links(
        for units: [StoryState.Unit], in state: StoryState, registry: SpeakerRegistry, weight: (UInt32) -> Double
    ) -> [(new: Int, old: Int)] {
        guard !units.isEmpty else { return [] }
        let newArticle = units[0].article
        var byArticle: [String: [Int]] = [:]
        var articleOrder: [String] = []
        for (index, unit) in state.units.enumerated() where unit.article != newArticle {
            if byArticle[unit.article] == nil { articleOrder.append(unit.article) }
            byArticle[unit.article, default: []].append(index)
        }
        var found: [(new: Int, old: Int)] = []
        var nameWords: [Int: Set<String>] = [:]
        // Pairs of speakers recur across the pairs of units: decide each once.
        var decided: [Int: Bool] = [:]
        func compatible(_ a: Int, _ b: Int) -> Bool {
            let pair = a << 32 | b
            if let known = decided[pair] { return known }
            let result = isCompatible(a, b)
            decided[pair] = result
            return result
        }
        func isCompatible(_ a: Int, _ b: Int) -> Bool {
            if registry.isCompatible(a, b) { return true }
            // `Medvedev` registered from an earlier article and `Dmitry Medvedev` from a later one: names that nest.
            let left = nameWords[a] ?? Self.nameWords(registry.record(a).name)
            let right = nameWords[b] ?? Self.nameWords(registry.record(b).name)
            nameWords[a] = left
            nameWords[b] = right
            return !left.isEmpty && !right.isEmpty && (left.isSubset(of: right) || right.isSubset(of: left))
        }
        // Each unit's term weights, computed once rather than for every pair.
        let newWeights = units.map { $0.terms.map(weight) }
        var oldWeights = [[Double]?](repeating: nil, count: state.units.count)
        for article in articleOrder {
            let olds = byArticle[article] ?? []
            var scores = [[Double]](repeating: [Double](repeating: 0, count: olds.count), count: units.count)
            var rowBest = [Double](repeating: 0, count: units.count)
            var columnBest = [Double](repeating: 0, count: olds.count)
            for (row, unit) in units.enumerated() {
                for (column, old) in olds.enumerated() {
                    let other = state.units[old]
                    guard compatible(unit.speaker, other.speaker) else { continue }
                    let otherWeights = oldWeights[old] ?? other.terms.map(weight)
                    oldWeights[old] = otherWeights
                    let score = similarity(unit.terms, newWeights[row], other.terms, otherWeights)
                    guard score >= minimumSimilarity else { continue }
                    scores[row][column] = score
                    rowBest[row] = max(rowBest[row], score)
                    columnBest[column] = max(columnBest[column], score)
                }
            }
            for row in units.indices {
                for column in olds.indices {
                    let score = scores[row][column]
                    guard score > 0, score >= nearBestRatio * rowBest[row], score >= nearBestRatio * columnBest[column]
                    else { continue }
                    found.append((row, olds[column]))
                }
            }
        }
        return found
    }

    /// What the units of a new article share with `state`: how many of its statements they join, and how many
    /// distinct speakers of the new article say them (several people's words reported in both articles point to
    /// one event; one person's words quoted in both may be a reaction piece).
    func shared(
        _ units: [StoryState.Unit], with state: StoryState, registry: SpeakerRegistry, weight: (UInt32) -> Double
    ) -> (statements: Int, speakers: Int) {
        var statements = Set<Int>()
        var speakers = Set<Int>()
        for link in links(for: units, in: state, registry: registry, weight: weight) {
            statements.formUnion(state.units[link.old].statements)
            speakers.insert(units[link.new].speaker)
        }
        return (statements.count, speakers.count)
    }

    /// Adds `units` (of one new article) to `state`: each unit joins the statements of the units it links to,
    /// which become one statement; returns how many of them joined an existing statement.
    @discardableResult
    func insert(
        _ units: [StoryState.Unit], into state: inout StoryState, registry: SpeakerRegistry,
        weight: (UInt32) -> Double
    ) -> Int {
        var linked = [Set<Int>](repeating: [], count: units.count)
        for link in links(for: units, in: state, registry: registry, weight: weight) {
            linked[link.new].formUnion(state.units[link.old].statements)
        }
        var joined = 0
        var placed: [StoryState.Unit] = []
        for (index, var unit) in units.enumerated() {
            guard let target = linked[index].min() else {
                unit.statements = [state.statementCount]
                state.statementCount += 1
                placed.append(unit)
                continue
            }
            let merging = linked[index]
            if merging.count > 1 {
                for other in state.units.indices where !merging.isDisjoint(with: state.units[other].statements) {
                    state.units[other].statements = Self.relabel(state.units[other].statements, merging, to: target)
                }
                for other in placed.indices where !merging.isDisjoint(with: placed[other].statements) {
                    placed[other].statements = Self.relabel(placed[other].statements, merging, to: target)
                }
                for later in linked.indices where later > index && !merging.isDisjoint(with: linked[later]) {
                    linked[later] = Set(Self.relabel(Array(linked[later]), merging, to: target))
                }
            }
            unit.statements = [target]
            joined += 1
            placed.append(unit)
        }
        state.units += placed
        if state.units.count > StoryState.maximumUnits {
            state.units.removeFirst(state.units.count - StoryState.maximumUnits)
        }
        return joined
    }

    private static func relabel(_ statements: [Int], _ merging: Set<Int>, to target: Int) -> [Int] {
        var result: [Int] = []
        for statement in statements {
            let label = merging.contains(statement) ? target : statement
            if !result.contains(label) { result.append(label) }
        }
        return result
    }

    /// Weighted overlap of two sorted term sets: the larger of Dice and scaled containment of the smaller set.
    func similarity(_ a: [UInt32], _ b: [UInt32], weight: (UInt32) -> Double) -> Double {
        similarity(a, a.map(weight), b, b.map(weight))
    }

    /// ``similarity(_:_:weight:)`` of `a` and `b` whose terms weigh `aWeights` and `bWeights`.
    func similarity(_ a: [UInt32], _ aWeights: [Double], _ b: [UInt32], _ bWeights: [Double]) -> Double {
        var i = 0
        var j = 0
        var shared = 0.0
        var sharedCount = 0
        var massA = 0.0
        var massB = 0.0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                massA += aWeights[i]
                i += 1
            } else if i == a.count || b[j] < a[i] {
                massB += bWeights[j]
                j += 1
            } else {
                let value = aWeights[i]
                massA += value
                massB += value
                shared += value
                sharedCount += 1
                i += 1
                j += 1
            }
        }
        guard shared > 0 else { return 0 }
        let smaller = min(a.count, b.count)
        // One shared word between two clauses of several words is a topic, not a statement.
        guard sharedCount >= 2 || smaller <= 2 else { return 0 }
        let dice = 2 * shared / (massA + massB)
        let enoughShared = smaller <= 1 || (sharedCount >= 2 && Double(sharedCount) >= 0.6 * Double(smaller))
        let containment = enoughShared ? shared / min(massA, massB) : 0
        return max(dice, containmentFactor * containment)
    }
}
