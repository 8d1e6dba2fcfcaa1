import Testing
import WireWatchPlatform

struct LatencyStatisticsTests {
    @Test func nearestRankPercentiles() {
        let sorted = (1...100).map(Double.init)
        #expect(LatencyStatistics.percentile(50, ofSorted: sorted) == 50)
        #expect(LatencyStatistics.percentile(99, ofSorted: sorted) == 99)
        #expect(LatencyStatistics.percentile(100, ofSorted: sorted) == 100)
        #expect(LatencyStatistics.percentile(0, ofSorted: sorted) == 1)
        #expect(LatencyStatistics.percentile(99, ofSorted: [7]) == 7)
        #expect(LatencyStatistics.percentile(50, ofSorted: []) == nil)
    }

    @Test func p99OfFewSamplesIsTheirMaximum() {
        let sorted = (1...20).map(Double.init)
        #expect(LatencyStatistics.percentile(99, ofSorted: sorted) == 20)
        #expect(LatencyStatistics.percentile(90, ofSorted: sorted) == 18)
    }

    @Test func summaryOfUnsortedSamples() throws {
        let summary = try #require(LatencyStatistics.summary(of: [4, 1, 3, 2, 10]))
        #expect(summary.count == 5)
        #expect(summary.p50 == 3)
        #expect(summary.p99 == 10)
        #expect(summary.max == 10)
        #expect(summary.mean == 4)
        #expect(LatencyStatistics.summary(of: []) == nil)
    }

    @Test func windowsKeepEmptyGapsInOrder() {
        let samples = [
            LatencySample(at: 0.5, latency: 2), LatencySample(at: 30, latency: 4), LatencySample(at: 61, latency: 8),
            LatencySample(at: 200, latency: 1),
        ]
        let windows = LatencyStatistics.windows(of: samples, width: 60)
        #expect(windows.count == 4)
        #expect(windows[0]?.count == 2)
        #expect(windows[0]?.max == 4)
        #expect(windows[1]?.p99 == 8)
        #expect(windows[2] == nil)
        #expect(windows[3]?.p50 == 1)
        #expect(LatencyStatistics.windows(of: [], width: 60).isEmpty)
    }
}
