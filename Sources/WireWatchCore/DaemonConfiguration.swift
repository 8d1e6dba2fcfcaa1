import Foundation

/// The daemon's configuration, read from a JSON file such as the repository's `config.json`.
///
/// ## Configuration keys
/// - `inbox` (string, required): The folder watched for dropped articles.
/// - `output` (string, required): Where `articles/`, `stories/` and `ledger.jsonl` are written.
/// - `state` (string, required): The folder of the SQLite state database (`wirewatch.sqlite`).
/// - `quarantine` (string, required): Where bad inputs are moved, each with a `NAME.reason.json`.
/// - `processed` (string or null, required): Where consumed inputs are moved; `null` deletes them.
/// - `log_level` (string, optional, default: `"info"`): `trace`, `debug`, `info`, `notice`, `warning`, `error`
///   or `critical`.
/// - `ignore_patterns` (array of strings, optional, default: `[".*", "*.part", "*.tmp", "*~"]`): Shell patterns
///   (`fnmatch`) of inbox names left alone until they are renamed.
/// - `max_file_bytes` (int, optional, default: `20971520`, range: 1...): Larger inputs are quarantined.
/// - `max_attempts` (int, optional, default: `3`, range: 1...): How many times a file may fail or stop the
///   daemon before it is quarantined.
/// - `workers` (int or null, optional, default: `null` = the number of active processors, range: 1...256):
///   How many files are parsed and attributed in parallel.
/// - `status_interval_seconds` (number, optional, default: `2`, range: > 0): The least time between two
///   systemd `STATUS=` updates.
///
/// Relative paths are resolved against the folder of the configuration file
/// (see ``resolvingPaths(against:)``).
public struct DaemonConfiguration: Sendable, Equatable, Codable {
    public var inbox: String
    public var output: String
    public var state: String
    public var quarantine: String
    /// `nil` deletes consumed inputs instead of moving them.
    public var processed: String?
    public var logLevel: String
    public var ignorePatterns: [String]
    public var maxFileBytes: Int
    public var maxAttempts: Int
    /// `nil` means one worker per active processor.
    public var workers: Int?
    public var statusIntervalSeconds: Double

    /// The names ignored in the inbox unless configured otherwise: hidden files and temporary patterns.
    public static let defaultIgnorePatterns = [".*", "*.part", "*.tmp", "*~"]
    /// The default size limit: 20 MiB.
    public static let defaultMaxFileBytes = 20 * 1024 * 1024
    /// The log levels `log_level` accepts, most verbose first.
    public static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    /// Creates a configuration; every optional key takes its documented default.
    public init(
        inbox: String,
        output: String,
        state: String,
        quarantine: String,
        processed: String?,
        logLevel: String = "info",
        ignorePatterns: [String] = DaemonConfiguration.defaultIgnorePatterns,
        maxFileBytes: Int = DaemonConfiguration.defaultMaxFileBytes,
        maxAttempts: Int = 3,
        workers: Int? = nil,
        statusIntervalSeconds: Double = 2
    ) {
        self.inbox = inbox
        self.output = output
        self.state = state
        self.quarantine = quarantine
        self.processed = processed
        self.logLevel = logLevel
        self.ignorePatterns = ignorePatterns
        self.maxFileBytes = maxFileBytes
        self.maxAttempts = maxAttempts
        self.workers = workers
        self.statusIntervalSeconds = statusIntervalSeconds
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case inbox, output, state, quarantine, processed
        case logLevel = "log_level"
        case ignorePatterns = "ignore_patterns"
        case maxFileBytes = "max_file_bytes"
        case maxAttempts = "max_attempts"
        case workers
        case statusIntervalSeconds = "status_interval_seconds"
    }

    /// Decodes every key, collecting each problem (unknown key, missing key, wrong type) instead of stopping at
    /// the first.
    /// - Throws: ``ConfigurationDecodingError`` listing every problem, with the keys that did decode kept.
    public init(from decoder: any Decoder) throws {
        var reader = try ConfigurationKeyReader(decoder: decoder)
        self.init(
            inbox: reader.required(String.self, .inbox, expected: "a string") ?? "",
            output: reader.required(String.self, .output, expected: "a string") ?? "",
            state: reader.required(String.self, .state, expected: "a string") ?? "",
            quarantine: reader.required(String.self, .quarantine, expected: "a string") ?? "",
            processed: reader.requiredNullable(String.self, .processed, expected: "a string or null")
        )
        logLevel = reader.optional(String.self, .logLevel, expected: "a string") ?? logLevel
        ignorePatterns =
            reader.optional([String].self, .ignorePatterns, expected: "an array of strings")
            ?? ignorePatterns
        maxFileBytes = reader.optional(Int.self, .maxFileBytes, expected: "an integer") ?? maxFileBytes
        maxAttempts = reader.optional(Int.self, .maxAttempts, expected: "an integer") ?? maxAttempts
        workers = reader.optional(Int.self, .workers, expected: "an integer or null")
        statusIntervalSeconds =
            reader.optional(Double.self, .statusIntervalSeconds, expected: "a number")
            ?? statusIntervalSeconds
        if !reader.problems.isEmpty {
            throw ConfigurationDecodingError(problems: reader.problems, partial: self)
        }
    }

    /// Encodes every key, writing `null` for `processed` and `workers` when absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(inbox, forKey: .inbox)
        try container.encode(output, forKey: .output)
        try container.encode(state, forKey: .state)
        try container.encode(quarantine, forKey: .quarantine)
        try container.encode(processed, forKey: .processed)
        try container.encode(logLevel, forKey: .logLevel)
        try container.encode(ignorePatterns, forKey: .ignorePatterns)
        try container.encode(maxFileBytes, forKey: .maxFileBytes)
        try container.encode(maxAttempts, forKey: .maxAttempts)
        try container.encode(workers, forKey: .workers)
        try container.encode(statusIntervalSeconds, forKey: .statusIntervalSeconds)
    }
}

/// Every problem found while decoding a configuration, and the configuration as far as it decoded
/// (problem keys keep their defaults), so that further checks can still run on it.
public struct ConfigurationDecodingError: Error, Sendable, Equatable {
    public var problems: [String]
    public var partial: DaemonConfiguration
}
