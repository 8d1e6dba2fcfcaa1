import Dispatch
import Foundation
import Logging
import Synchronization
import WireWatchCore

/// The per-file pipeline on Dispatch queues.
///
/// Intake, parse and attribute run on a concurrent queue, at most `workers` files at once. Dedupe and writing run
/// on one serial work queue, fed in submission order through a reorder buffer, so outputs do not depend on which
/// worker finished first. For each input: outputs (article, revised articles, stories), then the ledger line, then
/// the state commit, and only then the input is moved to `processed` (or deleted; left in place in one-shot mode).
///
/// - Important: inputs never crash the runner: every refusal or unexpected stage error quarantines the input.
public final class PipelineRunner: Sendable {
    /// `daemon` moves consumed inputs away and quarantines bad ones; `oneShot` leaves inputs where they are.
    public enum Mode: Sendable {
        case daemon
        case oneShot
    }

    let configuration: DaemonConfiguration
    let mode: Mode
    let logger: Logger
    let workers: Int
    let intake: FileIntake
    let parser = ArticleParser()
    let attributor = Attributor()
    let state: FileStateStore
    let writer: ResultWriter
    let quarantine: Quarantine
    let ignoreRules: IgnoreRules
    let faults: StageFaults
    let serial: Mutex<SerialState>
    let schedule = Mutex(Schedule())
    /// Boxed, not a bare closure: a closure stored in the generic `Mutex` is wrapped in one more reabstraction thunk
    /// at each `withLock` that takes it `inout`, so after tens of thousands of updates calling it overflowed the
    /// stack (SIGSEGV in the 100,000-file overflow run).
    let observer = Mutex<CountsObserver?>(nil)
    let totals = Mutex(StageTotals())
    let stageQueue = DispatchQueue(label: "wirewatch.stages", attributes: .concurrent)
    let workQueue = DispatchQueue(label: "wirewatch.work")

    /// Opens the state database, the ledger and the output folders, and recovers from an earlier crash (ledger
    /// lines not yet committed; inputs left in the inbox after their outcome was committed).
    /// - Parameters:
    ///   - configuration: paths already resolved; output and state folders are created when missing.
    /// - Throws: `PlatformError` when the state or outputs cannot be opened.
    ///   - faults: test hooks (``StageFaults``); none unless a fault test asks.
    public init(configuration: DaemonConfiguration, mode: Mode, logger: Logger, faults: StageFaults = .none) throws {
        self.configuration = configuration
        self.mode = mode
        self.logger = logger
        self.faults = faults
        workers = configuration.workers ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
        intake = FileIntake(maxBytes: configuration.maxFileBytes)
        try DirectoryMaker.create(configuration.state)
        let database = try StateDatabase(directory: configuration.state, migrations: Self.stateMigrations)
        state = FileStateStore(database: database)
        writer = try ResultWriter(directory: configuration.output)
        quarantine = Quarantine(directory: configuration.quarantine)
        ignoreRules = IgnoreRules(patterns: configuration.ignorePatterns)
        let ledger = try Ledger(path: configuration.output + "/ledger.jsonl")
        let deduplicator = Deduplicator(store: Self.makeDedupeStore(database: database))
        serial = Mutex(SerialState(deduplicator: deduplicator, ledger: ledger))
        try recover()
        if mode == .daemon {
            let suspects = Set(try state.suspects().map { configuration.inbox + "/" + $0 })
            schedule.withLock { $0.suspects = suspects }
        }
    }

    /// Every schema step of the state database: the file state's and the dedupe store's.
    static var stateMigrations: [StateMigration] { FileStateStore.migrations + SQLiteDedupeStore.migrations }

    /// The dedupe memory, persisted in the state database so that it survives restarts.
    static func makeDedupeStore(database: StateDatabase) -> any DedupeStore {
        // Admissions are written in one transaction per commit batch (the batch flushes them first).
        SQLiteDedupeStore(database: database, batchSize: 256)
    }

    /// Queues the inbox entry at `path`. Callable from any thread; a path already queued or in progress is ignored,
    /// and so, in daemon mode, is a name matching `ignore_patterns`.
    public func enqueue(path: String) {
        if mode == .daemon, ignoreRules.ignores(FileIntake.lastComponent(of: path)) { return }
        let launches: [FileJob]? = schedule.withLock { schedule -> [FileJob]? in
            guard schedule.inFlight.insert(path).inserted else { return nil }
            schedule.append(FileJob(ticket: schedule.nextTicket, path: path))
            schedule.nextTicket += 1
            schedule.counts.queued += 1
            return schedule.takeLaunches(limit: workers)
        }
        guard let launches else { return }
        launch(launches)
        publishCounts()
    }

    /// Drops the inputs not yet started (they stay where they are, for the next run); inputs in progress finish.
    public func cancelPending() {
        let dropped = schedule.withLock { $0.dropWaiting() }
        if dropped > 0 {
            logger.info("pipeline.cancelled", metadata: ["dropped": .stringConvertible(dropped)])
            workQueue.async { self.commitReady() }
            publishCounts()
        }
    }

    /// Returns once every queued input has its outcome written, committed and its input disposed of.
    public func drain() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let idle = schedule.withLock { schedule in
                if schedule.inFlight.isEmpty { return true }
                schedule.drainWaiters.append(continuation)
                return false
            }
            if idle { continuation.resume() }
        }
    }

    /// The current counts.
    public var counts: PipelineCounts {
        schedule.withLock { $0.counts }
    }

    /// The time spent in each stage so far, summed over inputs (for `process.finished` and the benchmark).
    public var stageTotals: StageTotals {
        totals.withLock { $0 }
    }

    /// Runs `body` on the serial work queue (e.g. the systemd watchdog ping: it stops when a stage is stuck).
    public func onWorkQueue(_ body: @escaping @Sendable () -> Void) {
        workQueue.async(execute: body)
    }

    /// Sets the closure called (on any thread) each time the counts change.
    public func setCountsObserver(_ observer: @escaping @Sendable (PipelineCounts) -> Void) {
        self.observer.withLock { $0 = CountsObserver(notify: observer) }
    }

    func publishCounts() {
        guard let observer = observer.withLock({ $0 }) else { return }
        observer.notify(counts)
    }

    func launch(_ jobs: [FileJob]) {
        for job in jobs {
            stageQueue.async {
                let done = self.runStages(job)
                let more = self.schedule.withLock { schedule in
                    schedule.running -= 1
                    schedule.ready[done.ticket] = done
                    return schedule.takeLaunches(limit: self.workers)
                }
                self.launch(more)
                self.workQueue.async { self.commitReady() }
            }
        }
    }

    /// On the work queue: commits the next batch of finished jobs in submission order. One batch per call, so that
    /// other work-queue blocks (the watchdog ping) run between batches; the call re-queues itself while more are
    /// ready.
    func commitReady() {
        let (jobs, isLast) = schedule.withLock { schedule in
            let jobs = schedule.takeReadyRun(maximum: 64)
            return (jobs, schedule.inFlight.count == jobs.count)
        }
        guard !jobs.isEmpty else { return }
        let results = commit(jobs)
        flushDisposals(force: isLast)
        let (waiters, launches, hasMore) = schedule.withLock { schedule in
            let (waiters, launches) = schedule.finish(jobs, results: results, limit: workers)
            return (waiters, launches, schedule.ready[schedule.nextToCommit] != nil)
        }
        launch(launches)
        scheduleRetries(jobs, results: results)
        for path in serial.withLock({ serial in defer { serial.changedInputs = [] }; return serial.changedInputs }) {
            enqueue(path: path)
        }
        publishCounts()
        for waiter in waiters { waiter.resume() }
        if hasMore { workQueue.async { self.commitReady() } }
    }
}
