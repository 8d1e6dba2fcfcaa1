import Glibc

/// The inbox names to leave alone (hidden files, temporary names) as shell patterns matched with `fnmatch`.
public struct IgnoreRules: Sendable, Equatable {
    public var patterns: [String]

    /// - Parameters:
    ///   - patterns: e.g. `[".*", "*.part", "*.tmp", "*~"]` (``WireWatchCore/DaemonConfiguration/ignorePatterns``).
    public init(patterns: [String]) {
        self.patterns = patterns
    }

    /// True when `name` (a single path component) matches one of the patterns.
    public func ignores(_ name: String) -> Bool {
        patterns.contains { fnmatch($0, name, 0) == 0 }
    }
}
