import Foundation

extension DaemonConfiguration {
    /// What the configuration is used for: the daemon needs every folder, a one-shot `process` run only
    /// `output` and `state`.
    public enum Usage: Sendable, Equatable {
        case daemon
        case oneShot
    }

    /// The folder keys the given usage needs, with their values (`processed` only when not null).
    public func folders(for usage: Usage) -> [(key: String, path: String)] {
        var result = [("output", output), ("state", state)]
        if usage == .daemon {
            result = [("inbox", inbox)] + result + [("quarantine", quarantine)]
            if let processed { result.append(("processed", processed)) }
        }
        return result.map { (key: $0.0, path: $0.1) }
    }

    /// Every problem that needs no file system access: empty paths, folders used twice, values out of range.
    /// Folder existence and permissions are checked by the platform layer (`ConfigurationChecker`).
    public func validate(for usage: Usage = .daemon) -> [String] {
        var problems: [String] = []
        var seen: [String: String] = [:]
        for (key, path) in folders(for: usage) {
            if path.isEmpty {
                problems.append("`\(key)`: must be a non-empty path")
                continue
            }
            let normal = Self.normalised(path)
            if let other = seen[normal] {
                problems.append("`\(key)`: is the same folder as `\(other)` (\(path))")
            } else {
                seen[normal] = key
            }
        }
        if !Self.logLevels.contains(logLevel) {
            problems.append(
                "`log_level`: must be one of \(Self.logLevels.joined(separator: ", ")), not \"\(logLevel)\"")
        }
        for pattern in ignorePatterns where pattern.isEmpty || pattern.contains("/") {
            problems.append("`ignore_patterns`: \"\(pattern)\" must be a non-empty name pattern without '/'")
        }
        if maxFileBytes < 1 { problems.append("`max_file_bytes`: must be at least 1, not \(maxFileBytes)") }
        if maxAttempts < 1 { problems.append("`max_attempts`: must be at least 1, not \(maxAttempts)") }
        if let workers, !(1...256).contains(workers) {
            problems.append("`workers`: must be between 1 and 256 or null, not \(workers)")
        }
        if !(statusIntervalSeconds > 0) || !statusIntervalSeconds.isFinite {
            problems.append("`status_interval_seconds`: must be a positive number, not \(statusIntervalSeconds)")
        }
        return problems
    }

    /// The same configuration with every relative folder path made absolute against `directory`
    /// (the folder of the configuration file). Empty paths stay empty.
    public func resolvingPaths(against directory: String) -> DaemonConfiguration {
        var copy = self
        copy.inbox = Self.resolve(inbox, against: directory)
        copy.output = Self.resolve(output, against: directory)
        copy.state = Self.resolve(state, against: directory)
        copy.quarantine = Self.resolve(quarantine, against: directory)
        copy.processed = processed.map { Self.resolve($0, against: directory) }
        return copy
    }

    /// Decodes a configuration from the bytes of a JSON file.
    /// - Throws: ``ConfigurationDecodingError`` with every problem: a JSON syntax error, or each unknown key,
    ///   missing key and wrongly typed value.
    public static func decode(json: Data) throws(ConfigurationDecodingError) -> DaemonConfiguration {
        do {
            return try JSONDecoder().decode(DaemonConfiguration.self, from: json)
        } catch let error as ConfigurationDecodingError {
            throw error
        } catch {
            let empty = DaemonConfiguration(inbox: "", output: "", state: "", quarantine: "", processed: nil)
            throw ConfigurationDecodingError(problems: ["not valid JSON: \(syntaxMessage(error))"], partial: empty)
        }
    }

    static func syntaxMessage(_ error: any Error) -> String {
        guard case DecodingError.dataCorrupted(let context) = error else { return "\(error)" }
        if let underlying = context.underlyingError {
            let text = (underlying as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            return text ?? "\(underlying)"
        }
        return context.debugDescription
    }

    static func resolve(_ path: String, against directory: String) -> String {
        guard !path.isEmpty, !path.hasPrefix("/") else { return path }
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        if relative.isEmpty || relative == "." { return directory }
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    static func normalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
