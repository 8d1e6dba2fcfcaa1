import Foundation
import Logging
import Synchronization
import Testing
import WireWatchCore
@testable import WireWatchPlatform

struct CountsObserverTests {
    /// Regression: the observer used to sit in the runner's `Mutex` as a bare closure, and each read wrapped it in
    /// another reabstraction thunk; after about 40,000 count changes a call overflowed the stack (SIGSEGV).
    @Test func observerCallStaysShallowAfterManyUpdates() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        for name in ["inbox", "out", "state", "quarantine", "processed"] { _ = try folder.subfolder(name) }
        let configuration = DaemonConfiguration(
            inbox: folder.path + "/inbox", output: folder.path + "/out", state: folder.path + "/state",
            quarantine: folder.path + "/quarantine", processed: folder.path + "/processed")
        let runner = try PipelineRunner(
            configuration: configuration, mode: .daemon,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let calls = Atomic<Int>(0)
        runner.setCountsObserver { _ in calls.add(1, ordering: .relaxed) }
        let updates = 300_000
        for _ in 0..<updates { runner.publishCounts() }
        #expect(calls.load(ordering: .relaxed) == updates)
    }
}
