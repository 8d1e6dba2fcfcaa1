import Foundation
import Glibc

/// The drops of one phase: each input name with the instant it was renamed into the inbox.
struct PhaseDrops {
    var name: String
    var drops: [(file: String, at: ContinuousClock.Instant)] = []
    var start: ContinuousClock.Instant
    var end: ContinuousClock.Instant

    /// Latencies from the drops to their articles' first appearance (``OutputWatcher``).
    func summary(
        articles: [String: String], outputs: [String: ContinuousClock.Instant], windowSeconds: Double
    ) -> DaemonLatencyMeasurement.Phase {
        var samples: [LatencySample] = []
        for drop in drops {
            guard let article = articles[drop.file], let seen = outputs[article + ".json"] else { continue }
            samples.append(
                LatencySample(at: (drop.at - start).seconds, latency: (seen - drop.at).seconds * 1000))
        }
        let seconds = (end - start).seconds
        return DaemonLatencyMeasurement.Phase(
            name: name, drops: drops.count, completed: samples.count,
            dropsPerSecond: seconds > 0 ? Double(drops.count) / seconds : 0, seconds: seconds,
            latency: LatencyStatistics.summary(of: samples.map(\.latency)),
            windows: LatencyStatistics.windows(of: samples, width: windowSeconds), windowSeconds: windowSeconds)
    }
}

/// Drops generated articles into a running daemon's inbox and samples its memory.
struct DropSession {
    let generator: ArticleCorpusGenerator
    let folders: DropFolders
    let watcher: OutputWatcher
    let daemon: ChildProcess
    let started: ContinuousClock.Instant
    /// Files dropped so far (the next file's index).
    private(set) var dropped = 0
    private(set) var memory: [DaemonLatencyMeasurement.MemoryPoint] = []
    private var lastSample: ContinuousClock.Instant?

    init(
        generator: ArticleCorpusGenerator, folders: DropFolders, watcher: OutputWatcher, daemon: ChildProcess,
        started: ContinuousClock.Instant
    ) {
        self.generator = generator
        self.folders = folders
        self.watcher = watcher
        self.daemon = daemon
        self.started = started
    }

    /// One file at a time: drop, wait for its article (10 s at most), wait `gap`, next.
    mutating func runIdle(drops count: Int, gap: Duration) throws -> PhaseDrops {
        var phase = PhaseDrops(name: "idle", start: .now, end: .now)
        for _ in 0..<count {
            let name = try stageNext()
            let expected = watcher.count + 1
            phase.drops.append((name, try drop(name)))
            guard watcher.wait(forCount: expected, until: .now + .seconds(10)) else {
                throw PlatformError.benchmark("no article within 10 s of dropping \(name) (idle phase)")
            }
            sampleMemory()
            Self.sleep(until: .now + gap)
        }
        phase.end = .now
        return phase
    }

    /// Drops at `rate` per second for `seconds`, on schedule whatever the daemon's backlog.
    mutating func runSustained(rate: Double, seconds: Double) throws -> PhaseDrops {
        let start = ContinuousClock.now
        var phase = PhaseDrops(name: "sustained", start: start, end: start)
        let total = Int((rate * seconds).rounded())
        for index in 0..<total {
            let name = try stageNext()
            Self.sleep(until: start + .nanoseconds(Int64(Double(index) / rate * 1e9)))
            phase.drops.append((name, try drop(name)))
            sampleMemory()
            if daemon.hasExited { throw PlatformError.benchmark("the daemon exited during the sustained phase") }
        }
        phase.end = .now
        return phase
    }

    /// Writes the next generated file into the staging folder; returns its name.
    private mutating func stageNext() throws(PlatformError) -> String {
        let file = generator.file(at: dropped)
        dropped += 1
        try CorpusWriter.write(file.bytes, to: folders.staging + "/" + file.name)
        return file.name
    }

    /// Renames a staged file into the inbox; returns the instant just before the rename.
    private func drop(_ name: String) throws(PlatformError) -> ContinuousClock.Instant {
        let now = ContinuousClock.now
        guard rename(folders.staging + "/" + name, folders.inbox + "/" + name) == 0 else {
            throw .syscall("rename", path: folders.inbox + "/" + name, errno: errno)
        }
        return now
    }

    /// Records the daemon's resident memory, at most once a second.
    private mutating func sampleMemory() {
        let now = ContinuousClock.now
        if let last = lastSample, now - last < .seconds(1) { return }
        lastSample = now
        guard let resident = ResidentMemory.of(pid: daemon.pid) else { return }
        memory.append(
            DaemonLatencyMeasurement.MemoryPoint(
                seconds: (now - started).seconds, indexed: watcher.count, residentMB: Double(resident.current) / 1e6))
    }

    /// Sleeps until `deadline` (returns at once when it has passed).
    static func sleep(until deadline: ContinuousClock.Instant) {
        let left = deadline - ContinuousClock.now
        guard left > .zero else { return }
        let (seconds, attoseconds) = left.components
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0, errno == EINTR { request = remaining }
    }
}
