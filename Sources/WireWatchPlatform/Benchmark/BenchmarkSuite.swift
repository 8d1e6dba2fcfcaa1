import Foundation

/// The whole benchmark: for each corpus size, `process` end to end (with and without `fsync`) and the floor; then
/// the daemon's latency and memory. Every measurement runs the real `wirewatch` executable as a child process.
public struct BenchmarkSuite: Sendable {
    /// What to measure.
    public struct Options: Sendable {
        /// Corpus sizes for `process` (articles).
        public var sizes = [1000]
        public var seed: UInt64 = 1
        /// Where corpora, outputs and state go (corpora are kept and reused by later runs with the same seed).
        public var scratch: String
        public var label = ""
        public var measuresProcess = true
        /// Also run each size without `fsync` (benchmark-only switch), and the floor without it.
        public var comparesFsync = true
        public var measuresFloor = true
        public var measuresDaemon = true
        public var daemon = DaemonLatencyBenchmark.Options()
        public var workers: Int?
        /// A `process` run still going after this long is stopped and measured over the inputs handled so far.
        public var processTimeLimit: Duration?

        public init(scratch: String) {
            self.scratch = scratch
        }
    }

    /// The `wirewatch` executable measured.
    public var executable: String

    public init(executable: String) {
        self.executable = executable
    }

    /// Runs every measurement in `options`; `progress` receives one line per step.
    public func run(options: Options, progress: (String) -> Void) throws -> BenchmarkReport {
        try DirectoryMaker.create(options.scratch)
        var report = BenchmarkReport(
            label: options.label, date: RFC3339Time.string(from: Date()), seed: options.seed,
            machine: MachineDescription.current(scratch: options.scratch))
        if options.measuresProcess {
            for size in options.sizes {
                report.process.append(try measureProcess(size: size, options: options, progress: progress))
            }
            report.updateMemorySlope()
        }
        if options.measuresDaemon {
            progress("daemon: \(options.daemon.idleDrops) idle drops, then \(options.daemon.rate)/s for "
                + "\(options.daemon.sustainedSeconds) s")
            var daemonOptions = options.daemon
            daemonOptions.workers = options.workers
            report.daemon = try DaemonLatencyBenchmark(executable: executable, seed: options.seed &+ 1)
                .run(scratch: options.scratch, options: daemonOptions)
        }
        return report
    }

    private func measureProcess(
        size: Int, options: Options, progress: (String) -> Void
    ) throws -> BenchmarkReport.ProcessRun {
        let folder = options.scratch + "/corpus-\(size)"
        progress("corpus: \(size) articles in \(folder)")
        let corpus = try corpusSummary(size: size, folder: folder, seed: options.seed)
        let benchmark = ProcessBenchmark(
            executable: executable, workers: options.workers, timeLimit: options.processTimeLimit)
        let scratch = options.scratch + "/run-\(size)"
        progress("process: \(size) articles")
        let measured = try benchmark.run(corpus: corpus, at: folder, scratch: scratch, fsync: true)
        var run = BenchmarkReport.ProcessRun(corpus: corpus, process: measured)
        if options.comparesFsync {
            progress("process without fsync (benchmark only): \(size) articles")
            run.processWithoutFsync = try benchmark.run(corpus: corpus, at: folder, scratch: scratch, fsync: false)
        }
        if options.measuresFloor {
            let inputs = (0..<size).map { folder + "/" + ArticleCorpusGenerator.name(of: $0) }
            let each = measured.outputFiles > 0 ? measured.outputBytes / measured.outputFiles : 0
            let outputs = measured.outputFiles * size / max(1, measured.articles)
            let floor = FloorBenchmark()
            progress("floor: \(size) inputs, \(outputs) outputs of \(each) bytes")
            run.floor = try floor.run(
                inputs: inputs, inputBytes: corpus.bytes, scratch: scratch, outputFiles: outputs, outputBytes: each,
                fsync: true)
            if options.comparesFsync {
                run.floorWithoutFsync = try floor.run(
                    inputs: inputs, inputBytes: corpus.bytes, scratch: scratch, outputFiles: outputs,
                    outputBytes: each, fsync: false)
            }
        }
        try? FileManager.default.removeItem(atPath: scratch)
        return run
    }

    /// Writes the corpus unless `folder` already holds it (its `.corpus.json` names the same seed and size).
    private func corpusSummary(size: Int, folder: String, seed: UInt64) throws -> CorpusWriter.Summary {
        let marker = folder + "/.corpus.json"
        if let data = FileManager.default.contents(atPath: marker),
            let known = try? JSONDecoder().decode(CorpusMarker.self, from: data), known.seed == seed,
            known.summary.files == size
        {
            return known.summary
        }
        try? FileManager.default.removeItem(atPath: folder)
        let summary = try CorpusWriter(generator: ArticleCorpusGenerator(seed: seed)).write(count: size, into: folder)
        let data = try JSONEncoder().encode(CorpusMarker(seed: seed, summary: summary))
        try AtomicFile.write(Array(data), to: marker)
        return summary
    }

    private struct CorpusMarker: Codable {
        var seed: UInt64
        var summary: CorpusWriter.Summary
    }
}
