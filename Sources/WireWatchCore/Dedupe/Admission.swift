/// The work of admitting one article. It updates the statistics and the registry in place; the deduplicator
/// reloads them from the store when the admission fails.
struct Admission {
    var article: Article
    let prepared: PreparedArticle
    let memory: DedupeMemory
    let ordinal: UInt32
    var day: (day: Int32, isPublished: Bool) = (0, false)
    var keys = FingerprintBuilder.Keys(indexed: [], queried: [])
    var changes = DedupeChanges()
    var outcome: DedupeOutcome
    private var revised: [String: Article] = [:]
    var speakerIDs: [String: Int] = [:]
    var changedSpeakers = Set<Int>()
    /// The fingerprints this admission changes (its own, restamped ones), decoded: for the deduplicator's cache
    /// once the store took them.
    var changedFingerprints: [ArticleFingerprint] = []

    init(prepared: PreparedArticle, memory: DedupeMemory, ordinal: UInt32) {
        self.prepared = prepared
        self.article = prepared.article
        self.memory = memory
        self.ordinal = ordinal
        outcome = DedupeOutcome(article: prepared.article)
    }

    mutating func run(with deduplicator: Deduplicator, store: any DedupeStore) throws {
        canonicalizeSpeakers()
        var fingerprint = deduplicator.builder.fingerprint(
            of: prepared.sketch, articleID: article.id, ordinal: ordinal, day: day.day, isPublishedDay: day.isPublished,
            story: "", statistics: memory.statistics)
        memory.statistics.add(document: fingerprint.documentTerms)
        keys = deduplicator.builder.keys(of: fingerprint, statistics: memory.statistics)
        let candidates = try candidates(deduplicator: deduplicator, store: store)
        // The statistics stay as they are for the rest of the admission: memoise the weights.
        let statistics = memory.statistics
        let memo = memory.weights
        memo.reset()
        let weight: (UInt32) -> Double = { memo.weight($0, statistics) }

        let vector = WeightedTerms(fingerprint.terms, weight: weight)
        var cosines: [String: Double] = [:]
        var links: [DuplicateLink] = []
        var duplicateStories = Set<String>()
        var newSentences: SentenceIndex?
        let sketch = fingerprint
        for candidate in candidates {
            let sortedTerms =
                memory.fingerprints.sortedTerms(ordinal: candidate.ordinal) ?? WeightedTerms.sorted(candidate.terms)
            let cosine = vector.cosine(WeightedTerms(sorted: sortedTerms, weight: weight))
            cosines[candidate.articleID] = cosine
            let classifier = deduplicator.classifier
            let found = classifier.relation(of: fingerprint, to: candidate, cosine: cosine, weight: weight) {
                if let newSentences { return newSentences }
                let weighted = SentenceIndex(SentenceAligner.Weighted(sketch.sentences, weight: weight))
                newSentences = weighted
                return weighted
            }
            guard let (relation, similarity) = found else { continue }
            links.append(DuplicateLink(article: candidate.articleID, relation: relation, similarity: similarity))
            duplicateStories.insert(candidate.story)
        }
        let units = deduplicator.matcher.units(
            of: article, pieces: prepared.quotePieces, ordinal: ordinal, day: day.day) { self.speakerIDs[$0] }

        var linked: [(id: String, state: StoryState)] = []
        let rule = deduplicator.storyRule
        let byStory = Dictionary(grouping: candidates, by: \.story)
        for (storyID, members) in byStory.sorted(by: { $0.key < $1.key }) {
            var evidence = StoryRule.Evidence(isDuplicate: duplicateStories.contains(storyID))
            for member in members where rule.isCloseInTime(fingerprint, member) {
                evidence.isCloseInTime = true
                evidence.cosine = max(evidence.cosine, cosines[member.articleID] ?? 0)
                evidence.entityOverlap = max(evidence.entityOverlap, rule.entityOverlap(fingerprint, member, weight: weight))
            }
            guard evidence.isDuplicate || (evidence.isCloseInTime && evidence.cosine >= rule.statementCosine) else { continue }
            guard let record = try store.story(id: storyID), let state = StoryState(serialized: record.state) else {
                continue
            }
            if !evidence.isDuplicate, !units.isEmpty {
                let shared = deduplicator.matcher.shared(units, with: state, registry: memory.registry, weight: weight)
                (evidence.sharedStatements, evidence.sharedSpeakers) = shared
            }
            let belongs = rule.belongs(evidence)
            deduplicator.trace?("\(article.id) ~ story \(storyID): \(evidence) -> \(belongs)")
            if belongs { linked.append((storyID, state)) }
        }
        linked.sort { $0.state.created < $1.state.created }

        var storyID = linked.first?.id ?? "s" + article.id
        var state = linked.first?.state ?? StoryState(created: ordinal)
        if linked.isEmpty { storyID = "s" + article.id }
        for other in linked.dropFirst() {
            try move(story: other.id, into: storyID, store: store)
            state.absorb(other.state)
            changes.removedStories.append(other.id)
        }
        deduplicator.matcher.insert(units, into: &state, registry: memory.registry, weight: weight)
        state.articles.append(article.id)
        state.ordinals.append(ordinal)

        article.duplicates = links.sorted { ($0.similarity, $1.article) > ($1.similarity, $0.article) }
        article.story = storyID
        for link in links {
            guard var record = try revised[link.article] ?? store.article(id: link.article) else { continue }
            if !record.duplicates.contains(where: { $0.article == article.id }) {
                record.duplicates.append(DuplicateLink(article: article.id, relation: link.relation, similarity: link.similarity))
                revised[record.id] = record
            }
        }
        fingerprint.story = storyID
        let registry = memory.registry
        let story = Story(id: storyID, articles: state.articles, statements: state.statements { registry.record($0).name })
        changes.articles = [article] + revised.values.sorted { $0.id < $1.id }
        changes.fingerprints.append(
            FingerprintRecord(ordinal: Int(ordinal), articleID: article.id, keys: keys.indexed, payload: fingerprint.serialized()))
        changedFingerprints.append(fingerprint)
        changes.stories = [StoryRecord(story: story, state: state.serialized())]
        changes.speakers = changedSpeakers.sorted().map { memory.registry.record($0) }
        snapshotIfDue(interval: deduplicator.snapshotInterval)
        outcome = DedupeOutcome(
            article: article, revisedArticles: revised.values.sorted { $0.id < $1.id }, stories: [story],
            removedStories: changes.removedStories)
    }

    /// Candidates from the index: the articles sharing the most keys, newest first among equals.
    private func candidates(deduplicator: Deduplicator, store: any DedupeStore) throws -> [ArticleFingerprint] {
        var hits: [UInt32: Int] = [:]
        for key in keys.queried {
            for other in memory.postings.ordinals(for: key, limit: deduplicator.postingLimit) { hits[other, default: 0] += 1 }
        }
        let ranked = hits.filter { $0.value >= 2 || hits.count <= deduplicator.candidateLimit }
            .sorted { ($0.value, $0.key) > ($1.value, $1.key) }
            .prefix(deduplicator.candidateLimit)
        return try memory.fingerprints.fingerprints(ordinals: ranked.map(\.key), store: store)
    }

    /// Moves every article of the story `old` into the story `new`: their records and fingerprints change.
    private mutating func move(story old: String, into new: String, store: any DedupeStore) throws {
        guard let record = try store.story(id: old) else { return }
        for id in record.story.articles {
            guard var moved = try revised[id] ?? store.article(id: id) else { continue }
            moved.story = new
            revised[id] = moved
        }
        guard let state = StoryState(serialized: record.state) else { return }
        for articleOrdinal in state.ordinals {
            try restamp(ordinal: articleOrdinal, story: new, store: store)
        }
    }

    private mutating func restamp(ordinal: UInt32, story: String, store: any DedupeStore) throws {
        guard let record = try store.fingerprint(ordinal: Int(ordinal)),
            var fingerprint = ArticleFingerprint(serialized: record.payload)
        else { return }
        fingerprint.story = story
        changes.fingerprints.append(
            FingerprintRecord(ordinal: record.ordinal, articleID: record.articleID, keys: record.keys, payload: fingerprint.serialized()))
        changedFingerprints.append(fingerprint)
    }
}
