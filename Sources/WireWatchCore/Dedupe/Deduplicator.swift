import Foundation

/// What admitting one article to the dedupe memory decided.
public struct DedupeOutcome: Sendable, Equatable {
    /// The admitted article with `duplicates` and `story` filled in.
    public var article: Article
    /// Earlier articles whose records changed (a later original found for an earlier copy, ...): rewrite them.
    public var revisedArticles: [Article]
    /// Story records that changed: rewrite them.
    public var stories: [Story]
    /// True when the exact same article (same id) was admitted before; nothing new was indexed.
    public var alreadyKnown: Bool

    public init(article: Article, revisedArticles: [Article] = [], stories: [Story] = [], alreadyKnown: Bool = false) {
        self.article = article
        self.revisedArticles = revisedArticles
        self.stories = stories
        self.alreadyKnown = alreadyKnown
    }
}

/// Persistence port of the dedupe memory. The platform layer implements it over SQLite; tests use
/// ``InMemoryDedupeStore``.
public protocol DedupeStore: AnyObject {
    func article(id: String) throws -> Article?
    func save(article: Article) throws
    func story(id: String) throws -> Story?
    func save(story: Story) throws
}

/// An in-memory ``DedupeStore`` for tests and one-shot runs without state.
public final class InMemoryDedupeStore: DedupeStore {
    private var articles: [String: Article] = [:]
    private var stories: [String: Story] = [:]

    public init() {}

    public func article(id: String) throws -> Article? { articles[id] }
    public func save(article: Article) throws { articles[article.id] = article }
    public func story(id: String) throws -> Story? { stories[id] }
    public func save(story: Story) throws { stories[story.id] = story }
}

/// The dedupe stage. Not thread-safe: confine it to one serial queue.
///
/// First version: exact copies by article id; each article its own story.
public final class Deduplicator {
    private let store: any DedupeStore

    public init(store: any DedupeStore) {
        self.store = store
    }

    /// Admits `article` (received at `date`) to the dedupe memory and returns what changed.
    public func admit(_ article: Article, at date: Date) throws -> DedupeOutcome {
        if let known = try store.article(id: article.id) {
            return DedupeOutcome(article: known, alreadyKnown: true)
        }
        var admitted = article
        let story = Story(id: "s" + article.id, articles: [article.id])
        admitted.story = story.id
        try store.save(article: admitted)
        try store.save(story: story)
        return DedupeOutcome(article: admitted, stories: [story])
    }
}
