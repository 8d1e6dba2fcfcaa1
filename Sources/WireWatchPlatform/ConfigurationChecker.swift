import Glibc
import WireWatchCore

/// The checks of a configuration that need the file system: each folder the usage needs exists, is a folder, and
/// can be read and written; the folders inputs are renamed into share the inbox's file system.
public enum ConfigurationChecker {
    /// Every folder problem of `configuration` (paths already resolved).
    /// - Parameters:
    ///   - skipping: keys already reported (missing, wrong type), not checked again.
    public static func problems(
        in configuration: DaemonConfiguration, for usage: DaemonConfiguration.Usage, skipping: Set<String> = []
    ) -> [String] {
        var problems: [String] = []
        var devices: [String: UInt64] = [:]
        for (key, path) in configuration.folders(for: usage) where !path.isEmpty && !skipping.contains(key) {
            var status = stat()
            guard stat(path, &status) == 0 else {
                let reason = errno == ENOENT ? "does not exist" : "cannot be examined: \(describe(errno))"
                problems.append("`\(key)`: the folder \(path) \(reason)")
                continue
            }
            guard status.st_mode & S_IFMT == S_IFDIR else {
                problems.append("`\(key)`: \(path) is not a folder")
                continue
            }
            if access(path, R_OK | W_OK | X_OK) != 0 {
                problems.append("`\(key)`: the folder \(path) is not writable: \(describe(errno))")
                continue
            }
            devices[key] = UInt64(status.st_dev)
        }
        if let inbox = devices["inbox"] {
            for key in ["processed", "quarantine"] {
                if let device = devices[key], device != inbox {
                    problems.append("`\(key)`: must be on the same file system as `inbox` (inputs are renamed into it)")
                }
            }
        }
        return problems
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
