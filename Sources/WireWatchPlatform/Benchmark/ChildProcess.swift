import Foundation
import Glibc

/// A child process started with `posix_spawn`, its standard output and error sent to files, so that its exit
/// status and resource usage (CPU time, peak resident memory) can be read with `wait4`.
public final class ChildProcess: Sendable {
    /// How a child ended and what it used.
    public struct Termination: Sendable, Equatable {
        /// The exit status, or 128 + the signal number when a signal ended it.
        public var status: Int32
        public var userSeconds: Double
        public var systemSeconds: Double
        /// Peak resident memory (`ru_maxrss`), in bytes.
        public var peakResidentBytes: Int
    }

    public let pid: pid_t

    /// Starts `executable` with `arguments`.
    /// - Parameters:
    ///   - standardOutput: file that receives the child's standard output (created or truncated).
    ///   - standardError: file for standard error (created or truncated).
    /// - Throws: `PlatformError.syscall` when the process cannot be started.
    public init(
        executable: String, arguments: [String], standardOutput: String, standardError: String
    ) throws(PlatformError) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pointers = argv + [nil]
        var child: pid_t = 0
        let result = pointers.withUnsafeMutableBufferPointer { buffer in
            posix_spawn(&child, executable, &actions, nil, buffer.baseAddress!, environ)
        }
        guard result == 0 else { throw .syscall("posix_spawn", path: executable, errno: result) }
        pid = child
    }

    /// Sends `signal` (e.g. `SIGTERM`) to the child.
    public func send(_ signal: Int32) {
        kill(pid, signal)
    }

    /// Whether the child has ended (a zombie not yet waited for counts as ended). Does not reap it.
    public var hasExited: Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        guard let close = stat.lastIndex(of: ")") else { return true }
        let state = stat[stat.index(after: close)...].drop { $0 == " " }.first
        return state == "Z" || state == "X"
    }

    /// Waits for the child to end.
    public func wait() throws(PlatformError) -> Termination {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw .syscall("wait4", path: "\(pid)", errno: errno) }
        }
        let exited = status & 0x7F == 0
        return Termination(
            status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
            userSeconds: Self.seconds(usage.ru_utime), systemSeconds: Self.seconds(usage.ru_stime),
            peakResidentBytes: usage.ru_maxrss * 1024)
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000
    }
}
