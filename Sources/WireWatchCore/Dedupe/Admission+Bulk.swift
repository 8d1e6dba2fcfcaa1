extension Admission {
    /// Files the article as new and unrelated: fingerprint, statement units, keys and records as ``run(with:store:)``
    /// makes them, but without looking for candidates, so it is neither linked to copies nor joined to stories.
    mutating func runWithoutCandidates(with deduplicator: Deduplicator) {
        canonicalizeSpeakers()
        let storyID = "s" + article.id
        var fingerprint = deduplicator.builder.fingerprint(
            of: prepared.sketch, articleID: article.id, ordinal: ordinal, day: day.day, isPublishedDay: day.isPublished,
            story: storyID, statistics: memory.statistics)
        memory.statistics.add(document: fingerprint.documentTerms)
        keys = deduplicator.builder.keys(of: fingerprint, statistics: memory.statistics)
        fingerprint.story = storyID
        let units = deduplicator.matcher.units(
            of: article, pieces: prepared.quotePieces, ordinal: ordinal, day: day.day) { self.speakerIDs[$0] }
        var state = StoryState(created: ordinal)
        let memory = self.memory
        deduplicator.matcher.insert(units, into: &state, registry: memory.registry) {
            memory.statistics.inverseFrequency($0)
        }
        state.articles.append(article.id)
        state.ordinals.append(ordinal)
        article.story = storyID
        let registry = memory.registry
        let story = Story(id: storyID, articles: state.articles, statements: state.statements { registry.record($0).name })
        changes.articles = [article]
        changes.fingerprints = [
            FingerprintRecord(ordinal: Int(ordinal), articleID: article.id, keys: keys.indexed, payload: fingerprint.serialized())
        ]
        changes.stories = [StoryRecord(story: story, state: state.serialized())]
        changes.speakers = changedSpeakers.sorted().map { memory.registry.record($0) }
        snapshotIfDue(interval: deduplicator.snapshotInterval)
        outcome = DedupeOutcome(article: article, stories: [story])
    }

    /// Sends a snapshot of the term statistics with the changes when enough documents were counted since the last
    /// one: at least `interval`, and a sixteenth of the memory (the snapshot grows with the memory, so spacing
    /// snapshots in proportion keeps their cost per article flat).
    mutating func snapshotIfDue(interval: Int) {
        let documents = memory.statistics.documentCount
        guard documents - memory.snapshotCount >= max(interval, documents / 16) else { return }
        changes.statistics = memory.statistics.serialized()
        memory.snapshotCount = documents
    }
}
