import Foundation
import Testing

@testable import WireWatchPlatform

struct ProcessLogSummaryTests {
    @Test func finishedLineGivesCountsAndStageTotals() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let log = try folder.write(
            """
            {"event":"article.processed","ms.parse":1.5}
            {"time":"t","level":"info","label":"wirewatch","event":"process.finished","inputs":3,"processed":2,\
            "duplicates":1,"quarantined":0,"failed":0,"stage_ms.parse":12,"stage_ms.dedupe":30}

            """, to: "process.log")
        let summary = try ProcessLogSummary(log: log)
        #expect(summary.counts == PipelineCounts(processed: 2, duplicates: 1))
        #expect(summary.stages == ["parse": 12, "dedupe": 30])
        #expect(summary.inputs == 3)
    }

    @Test func runStoppedEarlyIsSummedOverItsInputLines() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let log = try folder.write(
            """
            {"event":"inbox.ready"}
            {"event":"article.processed","status":"processed","ms.parse":1.5,"ms.dedupe":4}
            {"event":"article.duplicate","status":"duplicate","ms.parse":0.5,"ms.dedupe":0}
            {"event":"article.quarantined","status":"quarantined","ms.parse":2,"ms.dedupe":0}
            {"event":"article.processed","status":"processed","ms.pa
            """, to: "process.log")
        let summary = try ProcessLogSummary(log: log)
        #expect(summary.counts == PipelineCounts(processed: 1, duplicates: 1, quarantined: 1))
        #expect(summary.stages == ["parse": 4, "dedupe": 4])
    }
}
