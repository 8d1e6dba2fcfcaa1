import Foundation

/// The result of ``DedupeScaleBenchmark``: the cost of admissions into a dedupe memory that already holds N
/// articles, for growing N, and what the memory costs per indexed article.
public struct DedupeScaleReport: Sendable, Codable, Equatable {
    /// One size of the memory.
    public struct Point: Sendable, Codable, Equatable {
        /// Articles indexed when the measured batch ended.
        public var indexed: Int
        /// Admissions measured (the last batch before `indexed`).
        public var batch: Int
        /// Admissions per second of wall time over the batch, its store flushes included.
        public var admissionsPerSecond: Double
        /// Admissions per second of process CPU time over the batch.
        public var admissionsPerCPUSecond: Double
        /// Milliseconds per admission in the batch (flushes excluded; see `flushMilliseconds`).
        public var latency: LatencySummary
        /// Milliseconds spent writing the batch's pending admissions to SQLite, in total.
        public var flushMilliseconds: Double
        /// Share of the batch's articles linked to an earlier copy (the corpus makes about 8 %).
        public var duplicateShare: Double
        /// Share of the batch's articles joining an earlier story.
        public var storyShare: Double
        /// Resident memory of the process now, and its growth since before the first admission, per article.
        public var residentBytes: Int
        public var residentBytesPerArticle: Double
        /// What the in-memory indexes count themselves (postings and term statistics), per article.
        public var indexBytesPerArticle: Double
        /// Size of the SQLite database with its WAL, per article.
        public var databaseBytes: Int
        public var databaseBytesPerArticle: Double
        /// Seconds spent filling the memory up to this point (generation included).
        public var fillSeconds: Double
        /// The most resident memory of the process so far (`VmHWM`), when measured.
        public var peakResidentBytes: Int? = nil
    }

    public var label: String
    public var seed: UInt64
    /// Whether the memory was filled by indexing (no candidate search) rather than by full admissions.
    public var fastFill: Bool
    public var machine: BenchmarkReport.Machine
    public var points: [Point]
    /// Seconds a fresh deduplicator took to load the largest memory from SQLite (its first admission), if measured.
    public var reloadSeconds: Double?
    /// Resident memory before the first admission.
    public var baselineResidentBytes: Int
    public var peakResidentBytes: Int
    /// The peak before the reload was timed (the reload holds a second memory beside the first), when measured.
    public var peakBeforeReloadBytes: Int? = nil

    /// A short human table of the points.
    public var table: String {
        var lines = [
            "dedupe scale (seed \(seed), \(machine.cores) cores, \(fastFill ? "fast fill" : "full admissions")) \(label)",
            "indexed     adm/s  adm/cpu-s  p50 ms  p99 ms  flush ms  dup%  story%  RSS B/art  index B/art  DB B/art",
        ]
        for point in points {
            let columns = [
                pad(String(point.indexed), 7), pad(format(point.admissionsPerSecond, 0), 9),
                pad(format(point.admissionsPerCPUSecond, 0), 10), pad(format(point.latency.p50, 3), 7),
                pad(format(point.latency.p99, 3), 7), pad(format(point.flushMilliseconds, 1), 9),
                pad(format(point.duplicateShare * 100, 1), 5), pad(format(point.storyShare * 100, 1), 7),
                pad(format(point.residentBytesPerArticle, 0), 10), pad(format(point.indexBytesPerArticle, 0), 12),
                pad(format(point.databaseBytesPerArticle, 0), 9),
            ]
            lines.append(columns.joined(separator: " "))
        }
        if let reloadSeconds { lines.append("reload of the largest memory: \(format(reloadSeconds, 2)) s") }
        lines.append(
            "resident: baseline \(baselineResidentBytes / 1_000_000) MB, peak \(peakResidentBytes / 1_000_000) MB"
                + (peakBeforeReloadBytes.map { ", peak before the reload \($0 / 1_000_000) MB" } ?? ""))
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    private func format(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }
}
