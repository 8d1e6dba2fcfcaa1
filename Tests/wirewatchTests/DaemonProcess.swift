import Foundation
import Glibc

/// The real `wirewatch` binary running `run --config` on a temporary tree, with a ``NotifySocket`` as
/// `NOTIFY_SOCKET` and its log in a file.
final class DaemonProcess {
    let process = Process()
    let logPath: String
    let errorPath: String

    /// The built executable: beside the test bundle (`.build/<triple>/debug`), else the package's `.build/debug`.
    static func binaryPath() throws -> String {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let candidates = [
            bundleFolder + "/wirewatch",
            Bundle.main.bundlePath + "/../wirewatch",
            packageRoot + "/.build/debug/wirewatch",
        ]
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw DaemonTestError("no wirewatch binary among \(candidates)")
        }
        return path
    }

    /// Starts the daemon. `WATCHDOG_USEC` is set without `WATCHDOG_PID`, which `sd_watchdog_enabled` accepts.
    init(
        config: String, notifySocket: String, folder: String, watchdogMicroseconds: Int = 1_000_000,
        environment extra: [String: String] = [:]
    ) throws {
        logPath = folder + "/daemon-\(UUID().uuidString.prefix(8)).log"
        errorPath = logPath + ".stderr"
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: try Self.binaryPath())
        process.arguments = ["run", "--config", config]
        var environment = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("WATCHDOG_") && !$0.key.hasPrefix("LISTEN_") && $0.key != "NOTIFY_SOCKET"
        }
        environment["NOTIFY_SOCKET"] = notifySocket
        environment["WATCHDOG_USEC"] = String(watchdogMicroseconds)
        environment.merge(extra) { $1 }
        process.environment = environment
        process.standardOutput = FileHandle(forWritingAtPath: logPath)
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        try process.run()
    }

    /// Sends `signal` and waits for the exit; returns the exit status (nil when it did not exit in time).
    func stop(signal: Int32 = SIGTERM, timeout: Duration = .seconds(30)) async -> Int32? {
        kill(process.processIdentifier, signal)
        let exited = await waitUntil(timeout: timeout) { !self.process.isRunning }
        guard exited else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    /// The log lines written so far.
    var logLines: [String] {
        ((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    var standardError: String {
        (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
    }
}

struct DaemonTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Polls `condition` every 50 ms until it holds or `timeout` passes; returns whether it held.
func waitUntil(timeout: Duration, _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(50))
    }
    return condition()
}
