import Testing

@testable import WireWatchPlatform

struct ScheduleTests {
    /// Queues jobs for `paths` in order, as the runner does.
    func queue(_ paths: [String], into schedule: inout Schedule) {
        for path in paths {
            schedule.inFlight.insert(path)
            schedule.append(FileJob(ticket: schedule.nextTicket, path: path))
            schedule.nextTicket += 1
        }
    }

    /// Runs a launched job's stages and commits everything ready; returns the next launches.
    func complete(_ jobs: [FileJob], in schedule: inout Schedule, limit: Int) -> [FileJob] {
        for job in jobs {
            schedule.running -= 1
            schedule.ready[job.ticket] = job
        }
        let run = schedule.takeReadyRun(maximum: 64)
        return schedule.finish(run, results: run.map { _ in .processed }, limit: limit).launches
    }

    @Test func withoutSuspectsJobsRunSideBySide() {
        var schedule = Schedule()
        queue(["/in/a", "/in/b", "/in/c"], into: &schedule)
        #expect(schedule.takeLaunches(limit: 2).map(\.path) == ["/in/a", "/in/b"])
    }

    /// An input in flight when an earlier run stopped runs alone: nothing starts beside it, and it starts only once
    /// everything before it is committed.
    @Test func aSuspectRunsAlone() {
        var schedule = Schedule()
        schedule.suspects = ["/in/b"]
        queue(["/in/a", "/in/b", "/in/c", "/in/d"], into: &schedule)
        let first = schedule.takeLaunches(limit: 2)
        #expect(first.map(\.path) == ["/in/a"])
        let second = complete(first, in: &schedule, limit: 2)
        #expect(second.map(\.path) == ["/in/b"])
        #expect(schedule.isolated == "/in/b")
        #expect(schedule.takeLaunches(limit: 2).isEmpty)
        let third = complete(second, in: &schedule, limit: 2)
        #expect(third.map(\.path) == ["/in/c", "/in/d"])
        #expect(schedule.isolated == nil)
        #expect(schedule.suspects.isEmpty)
    }
}
