import Logging
import Synchronization
import Testing
@testable import WireWatchPlatform

struct CountsObserverTests {
    /// Regression: the observer used to sit in the runner's `Mutex` as a bare closure, and each read wrapped it in
    /// another reabstraction thunk; after about 40,000 count changes a call overflowed the stack (SIGSEGV).
    @Test func observerCallStaysShallowAfterManyUpdates() throws {
        let layout = try PipelineRunnerTests.Layout()
        defer { layout.folder.remove() }
        let runner = try PipelineRunner(
            configuration: layout.configuration, mode: .daemon,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let calls = Atomic<Int>(0)
        runner.setCountsObserver { _ in calls.add(1, ordering: .relaxed) }
        let updates = 300_000
        for _ in 0..<updates { runner.publishCounts() }
        #expect(calls.load(ordering: .relaxed) == updates)
    }
}
