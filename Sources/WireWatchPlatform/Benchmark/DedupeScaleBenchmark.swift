import Foundation
import Glibc
import WireWatchCore

/// Fills a dedupe memory in SQLite with synthetic articles (``SyntheticCorpus``) through the real admission path,
/// and at each requested size measures the last `batch` admissions one by one: admissions per second, latency
/// percentiles, resident memory, the indexes' own accounting and the database's size per indexed article.
///
/// The memory is filled by admitting every article (or, with `fastFill`, by indexing them without the candidate
/// search, for the largest sizes), with the store's writes batched (`flushEvery`
/// admissions per transaction, as the pipeline's group commit does), so the sizes are honest and a flat cost shows
/// as equal numbers at every size.
public struct DedupeScaleBenchmark {
    public struct Options: Sendable {
        /// Folder for the state database (removed and created again).
        public var scratch: String
        /// Memory sizes to measure at, in indexed articles.
        public var sizes: [Int] = [1_000, 10_000, 100_000]
        /// Admissions measured at each size (the last ones before it).
        public var batch = 1_000
        public var seed: UInt64 = 42
        /// Admissions written to SQLite per transaction.
        public var flushEvery = 256
        /// Whether to time a fresh deduplicator loading the largest memory.
        public var measuresReload = true
        /// Fill with ``Deduplicator/index(_:at:)`` (new, unrelated articles: no candidate search) instead of full
        /// admissions; the measured batches are full admissions either way.
        public var fastFill = false
        public var label = ""

        public init(scratch: String) {
            self.scratch = scratch
        }
    }

    public init() {}

    /// Runs the benchmark; `progress` receives a line now and then.
    public func run(options: Options, progress: (String) -> Void) throws -> DedupeScaleReport {
        let directory = options.scratch + "/dedupe-state"
        try? FileManager.default.removeItem(atPath: directory)
        try DirectoryMaker.create(directory)
        let database = try StateDatabase(directory: directory, migrations: SQLiteDedupeStore.migrations)
        var corpus = SyntheticCorpus(seed: options.seed)
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        let baseline = ResidentMemory.of()?.current ?? 0
        let started = ClockReading.monotonic()
        var points: [DedupeScaleReport.Point] = []
        var admitted = 0
        // The filled memory is released before the reload is timed, as a restart would: one memory at a time.
        do {
            let store = SQLiteDedupeStore(database: database, batchSize: options.flushEvery)
            let deduplicator = Deduplicator(store: store)
            for size in Set(options.sizes).sorted() where size > 0 {
                let batch = min(options.batch, size)
                var lastReport = ClockReading.monotonic()
                while admitted < size - batch {
                    if options.fastFill {
                        try deduplicator.index(corpus.next(), at: date)
                    } else {
                        _ = try deduplicator.admit(corpus.next(), at: date)
                    }
                    admitted += 1
                    if ClockReading.monotonic() - lastReport > 10 {
                        lastReport = ClockReading.monotonic()
                        let rate = Double(admitted) / (lastReport - started)
                        progress("filled \(admitted) of \(size) (\(Int(rate)) articles/s overall)")
                    }
                }
                try deduplicator.flush()
                let articles = (0..<batch).map { _ in corpus.next() }
                var latencies: [Double] = []
                latencies.reserveCapacity(batch)
                var duplicates = 0
                var joined = 0
                var flushing = 0.0
                let wallStart = ClockReading.monotonic()
                let cpuStart = ClockReading.processCPU()
                for article in articles {
                    let before = ClockReading.monotonic()
                    let outcome = try deduplicator.admit(article, at: date)
                    let after = ClockReading.monotonic()
                    if store.pendingAdmissions == 0 { flushing += after - before }  // this admission wrote the batch
                    latencies.append((after - before) * 1000)
                    if !outcome.article.duplicates.isEmpty { duplicates += 1 }
                    if outcome.article.story != "s" + outcome.article.id { joined += 1 }
                }
                let flushStart = ClockReading.monotonic()
                try deduplicator.flush()
                flushing += ClockReading.monotonic() - flushStart
                let wall = ClockReading.monotonic() - wallStart
                let cpu = ClockReading.processCPU() - cpuStart
                admitted += batch
                let memory = ResidentMemory.of()
                let resident = memory?.current ?? 0
                let databaseBytes = Self.databaseBytes(directory)
                let point = DedupeScaleReport.Point(
                    indexed: admitted, batch: batch, admissionsPerSecond: Double(batch) / wall,
                    admissionsPerCPUSecond: Double(batch) / max(cpu, 1e-9),
                    latency: LatencyStatistics.summary(of: latencies)!, flushMilliseconds: flushing * 1000,
                    duplicateShare: Double(duplicates) / Double(batch), storyShare: Double(joined) / Double(batch),
                    residentBytes: resident, residentBytesPerArticle: Double(resident - baseline) / Double(admitted),
                    indexBytesPerArticle: Double(deduplicator.indexMemoryBytes) / Double(admitted),
                    databaseBytes: databaseBytes, databaseBytesPerArticle: Double(databaseBytes) / Double(admitted),
                    fillSeconds: ClockReading.monotonic() - started, peakResidentBytes: memory?.peak)
                points.append(point)
                progress(
                    "\(admitted) indexed: \(Int(point.admissionsPerSecond)) admissions/s, p50 "
                        + "\(point.latency.p50) ms, p99 \(point.latency.p99) ms, \(Int(point.residentBytesPerArticle)) "
                        + "resident B/article, peak \((memory?.peak ?? 0) / 1_000_000) MB, "
                        + "\(Int(point.databaseBytesPerArticle)) DB B/article")
            }
        }
        var reload: Double?
        let peakBeforeReload = ResidentMemory.of()?.peak
        if options.measuresReload, admitted > 0 {
            let fresh = Deduplicator(store: SQLiteDedupeStore(database: database, batchSize: options.flushEvery))
            let before = ClockReading.monotonic()
            _ = try fresh.admit(corpus.next(), at: date)
            reload = ClockReading.monotonic() - before
            try fresh.flush()
        }
        let resident = ResidentMemory.of()
        return DedupeScaleReport(
            label: options.label, seed: options.seed, fastFill: options.fastFill, machine: MachineDescription.current(scratch: options.scratch),
            points: points, reloadSeconds: reload, baselineResidentBytes: baseline,
            peakResidentBytes: resident?.peak ?? 0, peakBeforeReloadBytes: peakBeforeReload)
    }

    /// Bytes of the database file and its WAL.
    static func databaseBytes(_ directory: String) -> Int {
        ["wirewatch.sqlite", "wirewatch.sqlite-wal"].reduce(0) { total, name in
            var status = stat()
            return total + (stat(directory + "/" + name, &status) == 0 ? Int(status.st_size) : 0)
        }
    }


}
