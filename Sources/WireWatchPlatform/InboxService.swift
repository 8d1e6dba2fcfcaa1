import Glibc
import Logging
import ServiceLifecycle
import Synchronization
import WireWatchCore

/// The daemon: watches the inbox and feeds the pipeline, speaking to systemd on the way.
///
/// `run()` adds the inotify watch, rescans the inbox for what arrived while the daemon was down, queues that
/// backlog, sends `READY=1`, then loops over the watcher's events: each file is queued, an overflow triggers a
/// rescan, and the inbox itself disappearing ends the run with an error (systemd restarts the service and the
/// configuration check then refuses to start, loudly). `STATUS=` lines follow the pipeline's counts, rate-limited;
/// `WATCHDOG=1` is sent from the pipeline's work queue, so a stuck queue stops the pings.
///
/// On graceful shutdown (SIGTERM or SIGINT through the `ServiceGroup`) it sends `STOPPING=1`, stops watching,
/// drops the queued files that have not started (they stay in the inbox for the next run), lets the files in hand
/// finish, and returns. Every output is written to a temporary name and renamed, so nothing is ever partial.
public struct InboxService: Service, CustomStringConvertible {
    public let description = "InboxService"
    private let configuration: DaemonConfiguration
    private let runner: PipelineRunner
    private let notifier: SystemdNotifier
    private let logger: Logger
    private let status: StatusPublisher
    private let filter: InboxNameFilter

    /// - Parameters:
    ///   - configuration: validated, with paths resolved.
    ///   - runner: the pipeline, in `.daemon` mode.
    ///   - notifier: systemd notifications (a no-op without `NOTIFY_SOCKET`).
    ///   - logger: where the service logs; it is not bootstrapped here.
    public init(
        configuration: DaemonConfiguration,
        runner: PipelineRunner,
        notifier: SystemdNotifier = SystemdNotifier(),
        logger: Logger
    ) {
        self.configuration = configuration
        self.runner = runner
        self.notifier = notifier
        self.logger = logger
        filter = InboxNameFilter(extraPatterns: configuration.ignorePatterns)
        let interval = Duration.milliseconds(Int64((configuration.statusIntervalSeconds * 1000).rounded()))
        status = StatusPublisher(interval: max(interval, .milliseconds(1)), notifier: notifier, logger: logger)
    }

    public func run() async throws {
        let watcher = try InboxWatcher(path: configuration.inbox, filter: filter)
        defer { watcher.stop() }
        let scanner = InboxScanner(directory: configuration.inbox, filter: filter)
        let backlog = try enqueue(scanner.scan())
        let watchdog = notifier.watchdogTimeout.map {
            WatchdogPinger(runner: runner, notifier: notifier, stallLimit: $0 * 2, logger: logger)
        }
        runner.setCountsObserver { [status] counts in
            status.record(counts)
            watchdog?.observe(counts)
        }
        status.record(runner.counts)
        try notifier.notify("READY=1")
        logger.info(
            "inbox.ready",
            metadata: [
                "inbox.path": "\(configuration.inbox)", "inbox.backlog": .stringConvertible(backlog),
                "systemd.notify": .stringConvertible(notifier.isEnabled),
            ]
        )
        try await withThrowingDiscardingTaskGroup { group in
            if let watchdog, let interval = notifier.watchdogPingInterval {
                group.addTask { await watchdog.run(every: interval) }
            }
            group.addTask { [status] in await status.run() }
            try await watch(watcher, scanner: scanner)
            try? notifier.notify("STOPPING=1")
            logger.info("inbox.stopping", metadata: ["pipeline.queued": .stringConvertible(runner.counts.queued)])
            watcher.stop()
            runner.cancelPending()
            await drainUnlessCancelled()
            group.cancelAll()
        }
        status.flush(runner.counts)
        logger.info("inbox.stopped", metadata: ["pipeline.counts": "\(runner.counts)"])
    }

    /// Waits for the files in hand to finish, unless this task is cancelled first: the service group cancels it
    /// when its graceful-shutdown limit passes, and a stage stuck on one input (a hang, or minutes on a huge one)
    /// must not hold the stop until systemd's SIGKILL. The files abandoned stay in the inbox with their attempt
    /// counted, as after a crash.
    private func drainUnlessCancelled() async {
        let (finished, continuation) = AsyncStream<Never>.makeStream()
        let drainer = Task { [runner] in
            await runner.drain()
            continuation.finish()
        }
        for await _ in finished {}  // ends when the drain finishes or this task is cancelled
        drainer.cancel()
        let left = runner.counts.queued
        guard Task.isCancelled, left > 0 else { return }
        logger.error("inbox.drain_abandoned", metadata: ["pipeline.in_flight": .stringConvertible(left)])
    }

    /// Loops over the watcher's events until graceful shutdown. Throws when the inbox goes away.
    private func watch(_ watcher: InboxWatcher, scanner: InboxScanner) async throws {
        for await event in watcher.events.cancelOnGracefulShutdown() {
            switch event {
            case .file(let name):
                runner.enqueue(path: configuration.inbox + "/" + name)
            case .overflow:
                logger.warning("inbox.overflow", metadata: ["inbox.path": "\(configuration.inbox)"])
                let count = try enqueue(scanner.scan())
                logger.info("inbox.rescanned", metadata: ["inbox.found": .stringConvertible(count)])
            case .watchGone:
                logger.critical("inbox.gone", metadata: ["inbox.path": "\(configuration.inbox)"])
                throw PlatformError.syscall("inotify_watch", path: configuration.inbox, errno: ENOENT)
            case .undecodableName(let raw):
                adoptUndecodable(raw)
            }
        }
    }

    /// Queues every name of a listing; returns how many.
    private func enqueue(_ listing: InboxScanner.Listing) -> Int {
        for name in listing.names {
            runner.enqueue(path: configuration.inbox + "/" + name)
        }
        return listing.names.count + listing.undecodableNames.filter(adoptUndecodable).count
    }

    /// Renames an entry whose name is not UTF-8 to a repaired name (``InboxNameRepair``) and queues it, so that it
    /// is processed or quarantined like any other entry. Returns whether it was queued.
    @discardableResult
    private func adoptUndecodable(_ raw: [UInt8]) -> Bool {
        let hex = raw.map { String($0, radix: 16) }.joined(separator: " ")
        let repair = InboxNameRepair(directory: configuration.inbox, filter: filter)
        do {
            guard let name = try repair.repair(raw) else { return false }
            logger.warning(
                "inbox.renamed_undecodable_name",
                metadata: ["inbox.path": "\(configuration.inbox)", "file.name_hex": "\(hex)", "file.name": "\(name)"]
            )
            runner.enqueue(path: configuration.inbox + "/" + name)
            return true
        } catch {
            logger.warning(
                "inbox.undecodable_name",
                metadata: ["inbox.path": "\(configuration.inbox)", "file.name_hex": "\(hex)", "error": "\(error)"]
            )
            return false
        }
    }
}
