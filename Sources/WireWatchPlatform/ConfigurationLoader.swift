import Foundation
import WireWatchCore

/// Reads a configuration file and reports every problem at once: unreadable file, JSON syntax, unknown, missing or
/// wrongly typed keys, values out of range, and (through ``ConfigurationChecker``) missing or unwritable folders.
public enum ConfigurationLoader {
    /// The configuration in the file at `path` with relative folders resolved against the file's folder, and every
    /// problem found (empty when it is usable).
    /// - Parameters:
    ///   - checkingFolders: also run the file system checks (off when the caller creates folders first).
    public static func inspect(
        path: String, for usage: DaemonConfiguration.Usage = .daemon, checkingFolders: Bool = true
    ) -> (configuration: DaemonConfiguration?, problems: [String]) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return (nil, ["\(path): cannot be read (\(reasonText(error)))"])
        }
        var problems: [String] = []
        var configuration: DaemonConfiguration
        do {
            configuration = try DaemonConfiguration.decode(json: data)
        } catch {
            problems = error.problems
            configuration = error.partial
            if problems.contains(where: { key(of: $0) == nil }) {
                return (nil, problems.map { "\(path): \($0)" })
            }
        }
        let reported = Set(problems.compactMap(key(of:)))
        configuration = configuration.resolvingPaths(against: folder(of: path))
        problems += configuration.validate(for: usage).filter { key(of: $0).map { !reported.contains($0) } ?? true }
        if checkingFolders {
            problems += ConfigurationChecker.problems(
                in: configuration, for: usage, skipping: Set(problems.compactMap(key(of:))))
        }
        return (problems.isEmpty ? configuration : nil, problems.map { "\(path): \($0)" })
    }

    /// The usable configuration in the file at `path`.
    /// - Throws: `PlatformError.configuration` with every problem.
    public static func load(
        path: String, for usage: DaemonConfiguration.Usage = .daemon, checkingFolders: Bool = true
    ) throws(PlatformError) -> DaemonConfiguration {
        let (configuration, problems) = inspect(path: path, for: usage, checkingFolders: checkingFolders)
        guard let configuration else { throw .configuration(problems) }
        return configuration
    }

    /// The absolute folder holding `path`.
    public static func folder(of path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return AtomicFile.parentDirectory(of: absolute)
    }

    /// `inbox` from "`inbox`: missing ...".
    private static func key(of problem: String) -> String? {
        guard problem.hasPrefix("`"), let end = problem.dropFirst().firstIndex(of: "`") else { return nil }
        return String(problem[problem.index(after: problem.startIndex)..<end])
    }

    private static func reasonText(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }
}
