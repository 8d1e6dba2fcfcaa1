import Foundation
import Glibc

/// Measures one-shot `wirewatch process` end to end: the real executable as a child process over a corpus folder,
/// with fresh output and state folders, timed from spawn to exit. Stage times come from the runner's
/// `process.finished` log line (or, for a run stopped at its time limit, from the per-input log lines); CPU time
/// and peak memory from `wait4`.
public struct ProcessBenchmark: Sendable {
    /// The `wirewatch` executable.
    public var executable: String
    /// Workers of the parallel stages (nil: one per processor, the default).
    public var workers: Int?
    /// A run still going after this long is stopped, and measured over the inputs handled so far.
    public var timeLimit: Duration?

    public init(executable: String, workers: Int? = nil, timeLimit: Duration? = nil) {
        self.executable = executable
        self.workers = workers
        self.timeLimit = timeLimit
    }

    /// Processes `corpus` into `scratch/out` and `scratch/state` (both removed first).
    /// - Parameters:
    ///   - fsync: false runs the child with the hidden, benchmark-only `--unsafe-no-fsync`.
    /// - Throws: `PlatformError` when the child cannot run or fails.
    public func run(
        corpus: CorpusWriter.Summary, at folder: String, scratch: String, fsync: Bool
    ) throws -> ProcessMeasurement {
        let output = scratch + "/out"
        let state = scratch + "/state"
        try? FileManager.default.removeItem(atPath: output)
        try? FileManager.default.removeItem(atPath: state)
        try DirectoryMaker.create(scratch)
        let config = scratch + "/process-config.json"
        try BenchmarkConfiguration.write(
            to: config, root: scratch, output: output, state: state, workers: workers, processed: nil)
        let log = scratch + "/process.log"
        var arguments = ["process", "--config", config]
        if !fsync { arguments.append("--unsafe-no-fsync") }
        arguments.append(folder)
        let start = ContinuousClock.now
        let child = try ChildProcess(
            executable: executable, arguments: arguments, standardOutput: log, standardError: scratch + "/process.err")
        var stopped = false
        if let timeLimit {
            while !child.hasExited {
                if ContinuousClock.now - start > timeLimit {
                    child.send(SIGKILL)
                    stopped = true
                    break
                }
                usleep(50_000)
            }
        }
        let end = try child.wait()
        let seconds = (ContinuousClock.now - start).seconds
        guard end.status == 0 || stopped else {
            throw PlatformError.benchmark("wirewatch process exited with status \(end.status); see \(scratch)")
        }
        let summary = try ProcessLogSummary(log: log)
        let handled = stopped ? summary.inputs : corpus.files
        let articles = Self.folderSize(output + "/articles")
        let stories = Self.folderSize(output + "/stories")
        return ProcessMeasurement(
            articles: handled, completed: !stopped,
            inputBytes: stopped ? corpus.bytes * handled / max(1, corpus.files) : corpus.bytes, fsync: fsync,
            seconds: seconds, cpuSeconds: end.userSeconds + end.systemSeconds,
            peakResidentBytes: end.peakResidentBytes, counts: summary.counts,
            outputFiles: articles.files + stories.files, outputBytes: articles.bytes + stories.bytes,
            stageMilliseconds: summary.stages)
    }

    /// Regular files directly in `folder` and their total size.
    static func folderSize(_ folder: String) -> (files: Int, bytes: Int) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return (0, 0) }
        var files = 0
        var bytes = 0
        for name in names where !name.hasPrefix(".") {
            var status = stat()
            guard lstat(folder + "/" + name, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            files += 1
            bytes += Int(status.st_size)
        }
        return (files, bytes)
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
