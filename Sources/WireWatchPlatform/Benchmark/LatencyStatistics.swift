/// Percentiles of a set of latencies, in milliseconds.
public struct LatencySummary: Sendable, Equatable, Codable {
    public var count: Int
    public var p50: Double
    public var p90: Double
    public var p99: Double
    public var max: Double
    public var mean: Double

    public init(count: Int, p50: Double, p90: Double, p99: Double, max: Double, mean: Double) {
        self.count = count
        self.p50 = p50
        self.p90 = p90
        self.p99 = p99
        self.max = max
        self.mean = mean
    }
}

/// One latency measured at a point of a run.
public struct LatencySample: Sendable, Equatable {
    /// Seconds since the start of the run, when the measured event began.
    public var at: Double
    /// Milliseconds.
    public var latency: Double

    public init(at: Double, latency: Double) {
        self.at = at
        self.latency = latency
    }
}

/// Summaries of latency samples: nearest-rank percentiles, overall and per time window.
public enum LatencyStatistics {
    /// The nearest-rank percentile `percent` (0...100) of samples sorted in ascending order: the smallest value
    /// with at least `percent`% of the samples at or below it. Nil when there are no samples.
    public static func percentile(_ percent: Double, ofSorted sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, Swift.max(1, rank)) - 1]
    }

    /// p50, p90, p99, max and mean of `latencies`, or nil when there are none.
    public static func summary(of latencies: [Double]) -> LatencySummary? {
        guard !latencies.isEmpty else { return nil }
        let sorted = latencies.sorted()
        return LatencySummary(
            count: sorted.count,
            p50: percentile(50, ofSorted: sorted)!,
            p90: percentile(90, ofSorted: sorted)!,
            p99: percentile(99, ofSorted: sorted)!,
            max: sorted[sorted.count - 1],
            mean: sorted.reduce(0, +) / Double(sorted.count))
    }

    /// One summary per window of `width` seconds (by the samples' `at`), from the first window to the last
    /// non-empty one; empty windows in between have no summary (nil), so growth over time stays visible.
    public static func windows(of samples: [LatencySample], width: Double) -> [LatencySummary?] {
        precondition(width > 0, "windows(of:width:) needs a positive width")
        guard !samples.isEmpty else { return [] }
        var buckets: [[Double]] = []
        for sample in samples {
            let index = Swift.max(0, Int((sample.at / width).rounded(.down)))
            while buckets.count <= index { buckets.append([]) }
            buckets[index].append(sample.latency)
        }
        return buckets.map(summary(of:))
    }
}
