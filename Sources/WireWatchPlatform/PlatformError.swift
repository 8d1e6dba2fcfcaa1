/// Failures of the platform layer (files, inotify, SQLite, sd_notify), with the OS cause kept.
public enum PlatformError: Error, Equatable, Sendable {
    case syscall(String, path: String, errno: Int32)
    case database(String)
    case configuration([String])
    /// A benchmark step failed (`wirewatch bench`).
    case benchmark(String)

    public var code: String {
        switch self {
        case .syscall: "syscall_failed"
        case .database: "database_failed"
        case .configuration: "invalid_configuration"
        case .benchmark: "benchmark_failed"
        }
    }
}

extension PlatformError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .syscall(let call, let path, let errno):
            "\(call)(\(path)) failed: \(String(cString: strerror(errno))) (errno \(errno))."
        case .database(let message): "The state database failed: \(message)."
        case .benchmark(let message): "The benchmark failed: \(message)."
        case .configuration(let problems): "The configuration has \(problems.count) problem(s): " + problems.joined(separator: "; ")
        }
    }
}

import Glibc
