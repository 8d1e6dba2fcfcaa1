import Foundation
import Glibc

/// Measures one-shot `wirewatch process` end to end: the real executable as a child process over a corpus folder,
/// with fresh output and state folders, timed from spawn to exit. Stage times come from the runner's
/// `process.finished` log line; CPU time and peak memory from `wait4`.
public struct ProcessBenchmark: Sendable {
    /// The `wirewatch` executable.
    public var executable: String
    /// Workers of the parallel stages (nil: one per processor, the default).
    public var workers: Int?

    public init(executable: String, workers: Int? = nil) {
        self.executable = executable
        self.workers = workers
    }

    /// Processes `corpus` into `scratch/out` and `scratch/state` (both removed first).
    /// - Parameters:
    ///   - fsync: false runs the child with the hidden, benchmark-only `--unsafe-no-fsync`.
    /// - Throws: `PlatformError` when the child cannot run or fails.
    public func run(corpus: CorpusWriter.Summary, at folder: String, scratch: String, fsync: Bool) throws
        -> ProcessMeasurement
    {
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
        let end = try child.wait()
        let seconds = (ContinuousClock.now - start).seconds
        guard end.status == 0 else {
            throw PlatformError.benchmark("wirewatch process exited with status \(end.status); see \(scratch)")
        }
        let summary = try Self.finishedLine(in: log)
        let articles = Self.folderSize(output + "/articles")
        let stories = Self.folderSize(output + "/stories")
        let outputs = (files: articles.files + stories.files, bytes: articles.bytes + stories.bytes)
        return ProcessMeasurement(
            articles: corpus.files, inputBytes: corpus.bytes, fsync: fsync, seconds: seconds,
            cpuSeconds: end.userSeconds + end.systemSeconds, peakResidentBytes: end.peakResidentBytes,
            counts: summary.counts, outputFiles: outputs.files, outputBytes: outputs.bytes,
            stageMilliseconds: summary.stages)
    }

    /// The counts and stage milliseconds of the last `process.finished` line of a JSON log.
    static func finishedLine(in log: String) throws -> (counts: PipelineCounts, stages: [String: Double]) {
        let text = try String(contentsOfFile: log, encoding: .utf8)
        guard
            let line = text.split(separator: "\n").last(where: { $0.contains("\"event\":\"process.finished\"") }),
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else { throw PlatformError.benchmark("no process.finished line in \(log)") }
        func number(_ key: String) -> Double {
            if let value = object[key] as? Double { return value }
            if let value = object[key] as? String { return Double(value) ?? 0 }
            return (object[key] as? Int).map(Double.init) ?? 0
        }
        let counts = PipelineCounts(
            processed: Int(number("processed")), duplicates: Int(number("duplicates")),
            quarantined: Int(number("quarantined")), failed: Int(number("failed")))
        var stages: [String: Double] = [:]
        for key in object.keys where key.hasPrefix("stage_ms.") {
            stages[String(key.dropFirst("stage_ms.".count))] = number(key)
        }
        return (counts, stages)
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
