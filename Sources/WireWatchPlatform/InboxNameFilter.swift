import Glibc

/// Decides which names in the inbox are not (yet) articles: hidden names (a leading `.`), the temporary names of
/// writers and editors (`*.part`, `*.tmp`, `*~`) and any configured shell patterns. Such a file is picked up once it
/// is renamed to an accepted name.
public struct InboxNameFilter: Sendable, Equatable {
    /// Patterns always ignored, whatever the configuration says.
    public static let temporaryPatterns = ["*.part", "*.tmp", "*~"]

    /// Every pattern in force (the temporary ones first), matched with `fnmatch(3)` against the whole name.
    public let patterns: [String]

    /// - Parameters:
    ///   - extraPatterns: shell patterns from the configuration (`ignore_patterns`), added to the temporary ones.
    public init(extraPatterns: [String] = []) {
        var patterns = Self.temporaryPatterns
        for pattern in extraPatterns where !patterns.contains(pattern) {
            patterns.append(pattern)
        }
        self.patterns = patterns
    }

    /// Whether `name` (a single path component) must be left alone for now.
    public func isIgnored(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix(".") { return true }
        return patterns.contains { fnmatch($0, name, 0) == 0 }
    }
}
