import Foundation
import Glibc

/// Measures the daemon's drop-to-output latency: starts the real `wirewatch run` as a child process with a
/// temporary configuration, drops generated articles into its inbox by `rename` (written first in a staging folder
/// on the same file system), and stamps each article JSON as it is renamed into `articles/` (``OutputWatcher``).
///
/// Two phases on one daemon: idle (one drop at a time, each after the previous output and a gap), then sustained
/// (drops at a fixed rate for a fixed time, however far the daemon lags). Drops are originals only, so each yields
/// exactly one new article; the ledger maps each input name to its article id afterwards.
public struct DaemonLatencyBenchmark: Sendable {
    /// How the phases run.
    public struct Options: Sendable {
        public var idleDrops = 100
        public var idleGap = Duration.milliseconds(100)
        public var rate = 200.0
        public var sustainedSeconds = 30.0
        /// Width of the windows of the sustained phase's latency series.
        public var windowSeconds = 60.0
        public var workers: Int?

        public init() {}
    }

    public var executable: String
    public var generator: ArticleCorpusGenerator

    /// - Parameters:
    ///   - seed: the seed of the dropped articles (originals only).
    public init(executable: String, seed: UInt64) {
        self.executable = executable
        generator = ArticleCorpusGenerator(seed: seed, mix: .originalsOnly)
    }

    /// Runs both phases in `scratch/daemon` (removed first).
    public func run(scratch: String, options: Options) throws -> DaemonLatencyMeasurement {
        let root = scratch + "/daemon"
        try? FileManager.default.removeItem(atPath: root)
        let folders = DropFolders(root: root)
        for folder in [root, folders.staging, folders.output] { try DirectoryMaker.create(folder) }
        let config = root + "/config.json"
        try BenchmarkConfiguration.write(
            to: config, root: root, output: folders.output, state: root + "/state", workers: options.workers,
            processed: root + "/processed")
        let spawned = ContinuousClock.now
        let daemon = try ChildProcess(
            executable: executable, arguments: ["run", "--config", config], standardOutput: root + "/daemon.log",
            standardError: root + "/daemon.err")
        var stopped = false
        defer {
            if !stopped {
                daemon.send(SIGKILL)
                _ = try? daemon.wait()
            }
        }
        try Self.waitUntilReady(daemon, log: root + "/daemon.log")
        let startup = (ContinuousClock.now - spawned).seconds
        let watcher = try OutputWatcher(path: folders.output + "/articles")
        defer { watcher.stop() }
        var session = DropSession(
            generator: generator, folders: folders, watcher: watcher, daemon: daemon, started: ContinuousClock.now)
        let idle = try session.runIdle(drops: options.idleDrops, gap: options.idleGap)
        let sustained = try session.runSustained(rate: options.rate, seconds: options.sustainedSeconds)
        _ = watcher.wait(forCount: session.dropped, until: .now + .seconds(60))
        let articles = try Self.waitForLedger(folders.output + "/ledger.jsonl", lines: session.dropped)
        let outputs = watcher.times
        daemon.send(SIGTERM)
        let end = try daemon.wait()
        stopped = true
        return DaemonLatencyMeasurement(
            idle: idle.summary(articles: articles, outputs: outputs, windowSeconds: options.windowSeconds),
            sustained: sustained.summary(articles: articles, outputs: outputs, windowSeconds: options.windowSeconds),
            startupSeconds: startup, peakResidentMB: Double(end.peakResidentBytes) / 1e6, memory: session.memory,
            residentBytesPerIndexedArticle: Self.slope(session.memory))
    }

    /// Polls the daemon's log for `inbox.ready` (60 s at most).
    static func waitUntilReady(_ daemon: ChildProcess, log: String) throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOfFile: log, encoding: .utf8), text.contains("\"inbox.ready\"") {
                return
            }
            if daemon.hasExited { throw PlatformError.benchmark("the daemon exited before it was ready; see \(log)") }
            usleep(10_000)
        }
        throw PlatformError.benchmark("the daemon was not ready within 60 s; see \(log)")
    }

    /// The ledger's articles once it has a line for each of `lines` drops (the line follows the article's rename
    /// in the same group commit), or what it has after 60 s.
    static func waitForLedger(_ ledger: String, lines: Int) throws -> [String: String] {
        let deadline = ContinuousClock.now + .seconds(60)
        while true {
            let articles = (try? articlesByFile(ledger: ledger)) ?? [:]
            if articles.count >= lines || ContinuousClock.now > deadline { return articles }
            usleep(20_000)
        }
    }

    /// Input name -> its first article id, from the ledger's `processed` lines.
    static func articlesByFile(ledger: String) throws -> [String: String] {
        let text = try String(contentsOfFile: ledger, encoding: .utf8)
        let decoder = JSONDecoder()
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let entry = try? decoder.decode(LedgerEntry.self, from: Data(line.utf8)),
                entry.status == .processed, let article = entry.article
            else { continue }
            result[entry.file] = article
        }
        return result
    }

    /// Least-squares slope of resident bytes over indexed articles, or nil with fewer than two distinct counts.
    static func slope(_ points: [DaemonLatencyMeasurement.MemoryPoint]) -> Double? {
        let xs = points.map { Double($0.indexed) }
        let ys = points.map { $0.residentMB * 1e6 }
        guard let low = xs.min(), let high = xs.max(), high > low else { return nil }
        let meanX = xs.reduce(0, +) / Double(xs.count)
        let meanY = ys.reduce(0, +) / Double(ys.count)
        let covariance = zip(xs, ys).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
        let variance = xs.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
        return covariance / variance
    }
}

/// The folders of a daemon benchmark run.
struct DropFolders: Sendable {
    var root: String
    var inbox: String { root + "/inbox" }
    var staging: String { root + "/staging" }
    var output: String { root + "/out" }
}
