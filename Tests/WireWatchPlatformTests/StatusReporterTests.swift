import Testing
import WireWatchPlatform

struct StatusReporterTests {
    typealias Reporter = StatusReporter<ContinuousClock.Instant>
    let start = ContinuousClock.now

    @Test func sendsTheFirstStatusAtOnce() {
        var reporter = Reporter(interval: .seconds(5))
        let action = reporter.record("processed 1", now: start)
        #expect(action == .send("STATUS=processed 1"))
    }

    @Test func holdsBackWithinTheIntervalAndSendsTheLatestLater() {
        var reporter = Reporter(interval: .seconds(5))
        _ = reporter.record("processed 1", now: start)
        let second = reporter.record("processed 2", now: start + .seconds(1))
        let third = reporter.record("processed 3", now: start + .seconds(2))
        #expect(second == .none)
        #expect(third == .none)
        #expect(reporter.heldBack == "processed 3")
        let early = reporter.tick(now: start + .seconds(4))
        #expect(early == .none)
        let due = reporter.tick(now: start + .seconds(5))
        #expect(due == .send("STATUS=processed 3"))
        let after = reporter.tick(now: start + .seconds(20))
        #expect(after == .none)
        #expect(reporter.heldBack == nil)
    }

    @Test func dropsARepeatOfTheLastStatusSent() {
        var reporter = Reporter(interval: .seconds(5))
        _ = reporter.record("processed 1", now: start)
        let repeated = reporter.record("processed 1", now: start + .seconds(10))
        #expect(repeated == .none)
        _ = reporter.record("processed 2", now: start + .seconds(11))
        let back = reporter.record("processed 1", now: start + .seconds(12))
        #expect(back == .none)
        #expect(reporter.heldBack == "processed 1")
        let flushed = reporter.tick(now: start + .seconds(16))
        #expect(flushed == .send("STATUS=processed 1"))
    }

    @Test func aChangeBackBeforeTheFlushSendsNothing() {
        var reporter = Reporter(interval: .seconds(5))
        _ = reporter.record("processed 1", now: start)
        _ = reporter.record("processed 2", now: start + .seconds(1))
        _ = reporter.record("processed 1", now: start + .seconds(2))
        let tick = reporter.tick(now: start + .seconds(9))
        #expect(tick == .none)
    }

    @Test func sendsEveryStatusWhenTheyAreFarApart() {
        var reporter = Reporter(interval: .seconds(1))
        for step in 0..<5 {
            let action = reporter.record("processed \(step)", now: start + .seconds(step * 2))
            #expect(action == .send("STATUS=processed \(step)"))
        }
    }
}
