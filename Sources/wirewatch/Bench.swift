import ArgumentParser
import Foundation
import Glibc
import WireWatchPlatform

/// `wirewatch bench`: generates a corpus and measures `process` throughput (with the floor and the cost of
/// `fsync`), the daemon's drop-to-output latency and memory, by running this very executable as child processes.
/// Writes the results as JSON and prints a short table. Build in release mode to measure.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput, latency and memory on a generated corpus (build with -c release).",
        discussion: """
            Example: wirewatch bench --articles 1000 --articles 10000 --articles 100000 --json bench/baseline.json. \
            A long daemon run: wirewatch bench --skip-process --duration 600. See bench/README.md.
            """)

    @Option(help: "Corpus sizes for `process` (repeat the option for several sizes).")
    var articles: [Int] = [1000]

    @Option(help: "Seed of the generated corpus.")
    var seed: UInt64 = 1

    @Option(help: "Scratch folder for corpora, outputs and state (corpora are reused by later runs).")
    var scratch = "/tmp/wirewatch-bench"

    @Option(help: "Where to write the JSON report.")
    var json = "bench-result.json"

    @Option(help: "A label stored in the report (e.g. the commit).")
    var label = ""

    @Option(help: "Workers of the parallel stages (default: one per processor).")
    var workers: Int?

    @Option(help: "Idle phase: files dropped one at a time.")
    var idleDrops = 100

    @Option(help: "Idle phase: milliseconds between an output and the next drop.")
    var idleGapMs = 100

    @Option(help: "Sustained phase: drops per second.")
    var rate = 200.0

    @Option(help: "Sustained phase: seconds (e.g. 600 for the 10-minute run).")
    var duration = 30.0

    @Option(help: "Stop a `process` run after this many seconds and measure the inputs handled so far.")
    var processTimeLimit: Double?

    @Option(help: "Only time the HTML extraction of the saved pages (.html, .htm) in this folder; nothing else runs.")
    var html: String?

    @Option(help: "Only time the parse stage, on one thread, over the files of this folder; nothing else runs.")
    var parse: String?

    @Flag(help: "Skip the `process` measurements.")
    var skipProcess = false

    @Flag(help: "Skip the daemon latency measurement.")
    var skipDaemon = false

    @Flag(help: "Skip the runs without fsync and the floor.")
    var quick = false

    func validate() throws {
        guard articles.allSatisfy({ $0 > 0 }) else { throw ValidationError("--articles must be positive.") }
        guard rate > 0, duration > 0, idleDrops >= 0, idleGapMs >= 0 else {
            throw ValidationError("--rate and --duration must be positive, --idle-drops and --idle-gap-ms not negative.")
        }
    }

    func run() async throws {
        if let html { return try runHTML(folder: html) }
        if let parse { return try runParse(folder: parse) }
        var options = BenchmarkSuite.Options(scratch: scratch)
        options.sizes = articles
        options.seed = seed
        options.label = label
        options.workers = workers
        options.measuresProcess = !skipProcess
        options.measuresDaemon = !skipDaemon
        options.comparesFsync = !quick
        options.measuresFloor = !quick
        options.processTimeLimit = processTimeLimit.map { .milliseconds(Int64($0 * 1000)) }
        options.daemon.idleDrops = idleDrops
        options.daemon.idleGap = .milliseconds(idleGapMs)
        options.daemon.rate = rate
        options.daemon.sustainedSeconds = duration
        let report = try BenchmarkSuite(executable: Self.executablePath()).run(options: options) { line in
            printError("bench: " + line)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(report).write(to: URL(fileURLWithPath: json))
        print(report.table)
        print("\nreport: \(json)")
    }

    /// `--html`: times the extraction of the saved pages of `folder` and prints the rates.
    func runHTML(folder: String) throws {
        let workers = workers ?? ProcessInfo.processInfo.activeProcessorCount
        let result = try HTMLExtractionBenchmark(workers: workers).run(folder: folder)
        print(String(format: "%d pages (%.1f MB), %d workers, best of %d passes", result.pages, result.megabytes,
            result.workers, result.passes))
        let rates = "%@: %.3f s, %.1f pages/s; %.3f processor s, %.1f pages per processor s"
        print(String(format: rates, "extract", result.extractSeconds, result.extractPagesPerSecond,
            result.extractCPUSeconds, result.extractPagesPerCPUSecond) + " (\(result.extracted) extracted)")
        print(String(format: rates, "extract + clean", result.parseSeconds, result.parsePagesPerSecond,
            result.parseCPUSeconds, result.parsePagesPerCPUSecond))
    }

    /// `--parse`: times the parse stage alone over the files of `folder` and prints the cost per file.
    func runParse(folder: String) throws {
        let result = try ParseBenchmark().run(folder: folder)
        print(String(format: "%d files (%.1f MB, %d articles), 1 thread, best of %d passes", result.files,
            result.megabytes, result.articles, result.passes))
        print(String(format: "parse: %.3f processor s, %.3f ms per file, %.1f files per processor s",
            result.cpuSeconds, result.cpuMillisecondsPerFile, result.filesPerCPUSecond))
    }

    /// This executable's path (`/proc/self/exe`), run as the measured child.
    static func executablePath() throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { throw CommandFailure("Cannot find this executable (/proc/self/exe).") }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
