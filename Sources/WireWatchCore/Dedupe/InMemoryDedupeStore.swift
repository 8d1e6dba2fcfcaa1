/// An in-memory ``DedupeStore`` for tests and one-shot runs without state.
public final class InMemoryDedupeStore: DedupeStore {
    private var articles: [String: Article] = [:]
    private var fingerprints: [FingerprintRecord] = []
    private var stories: [String: StoryRecord] = [:]
    private var speakerRecords: [Int: SpeakerRecord] = [:]
    private var snapshot: [UInt8]?

    public init() {}

    public func article(id: String) throws -> Article? { articles[id] }

    public func fingerprint(ordinal: Int) throws -> FingerprintRecord? {
        fingerprints.indices.contains(ordinal) ? fingerprints[ordinal] : nil
    }

    public func fingerprintCount() throws -> Int { fingerprints.count }

    public func forEachIndexEntry(_ body: (Int, [UInt32]) throws -> Void) throws {
        for record in fingerprints { try body(record.ordinal, record.keys) }
    }

    public func story(id: String) throws -> StoryRecord? { stories[id] }

    public func speakers() throws -> [SpeakerRecord] { speakerRecords.values.sorted { $0.id < $1.id } }

    public func statistics() throws -> [UInt8]? { snapshot }

    public func apply(_ changes: DedupeChanges) throws {
        for article in changes.articles { articles[article.id] = article }
        for record in changes.fingerprints {
            if record.ordinal == fingerprints.count {
                fingerprints.append(record)
            } else if fingerprints.indices.contains(record.ordinal) {
                fingerprints[record.ordinal] = record
            }
        }
        for id in changes.removedStories { stories[id] = nil }
        for record in changes.stories { stories[record.story.id] = record }
        for speaker in changes.speakers { speakerRecords[speaker.id] = speaker }
        if let statistics = changes.statistics { snapshot = statistics }
    }
}
