import Testing
import WireWatchPlatform

struct ProgressMonitorTests {
    typealias Monitor = ProgressMonitor<ContinuousClock.Instant>
    let start = ContinuousClock.now

    @Test func anIdlePipelineIsNeverStalled() {
        var monitor = Monitor(stallLimit: .seconds(10))
        #expect(!monitor.isStalled(now: start))
        monitor.observe(PipelineCounts(processed: 4, queued: 0), now: start)
        #expect(!monitor.isStalled(now: start + .seconds(3600)))
    }

    @Test func filesInFlightWithNoneFinishingAreAStallAfterTheLimit() {
        var monitor = Monitor(stallLimit: .seconds(10))
        monitor.observe(PipelineCounts(queued: 3), now: start)
        #expect(!monitor.isStalled(now: start + .seconds(10)))
        #expect(monitor.isStalled(now: start + .seconds(11)))
    }

    @Test func newFilesArrivingAreNotProgress() {
        var monitor = Monitor(stallLimit: .seconds(10))
        monitor.observe(PipelineCounts(queued: 1), now: start)
        monitor.observe(PipelineCounts(queued: 2), now: start + .seconds(8))
        monitor.observe(PipelineCounts(queued: 5), now: start + .seconds(9))
        #expect(monitor.isStalled(now: start + .seconds(11)))
    }

    @Test(arguments: [
        PipelineCounts(processed: 1, queued: 3),
        PipelineCounts(duplicates: 1, queued: 3),
        PipelineCounts(quarantined: 1, queued: 3),
        PipelineCounts(failed: 1, queued: 3),
        PipelineCounts(queued: 2),
    ])
    func anyFinishedFileIsProgress(after counts: PipelineCounts) {
        var monitor = Monitor(stallLimit: .seconds(10))
        monitor.observe(PipelineCounts(queued: 3), now: start)
        monitor.observe(counts, now: start + .seconds(9))
        #expect(!monitor.isStalled(now: start + .seconds(18)))
        #expect(monitor.isStalled(now: start + .seconds(20)))
    }
}
