/// The attribute stage: finds who said what in a parsed article.
///
/// First version: nothing yet.
public struct Attributor: Sendable {
    public init() {}

    /// Finds the direct and reported speech of `article`, each with its speaker and the media it is credited through.
    public func attribute(_ article: ParsedArticle) -> Attribution {
        Attribution()
    }
}
