import Logging
import Synchronization

/// Sends `WATCHDOG=1` from the pipeline's work queue at a fixed interval.
///
/// A timer asks the queue to ping; the ping itself runs on the queue. When the queue is stuck the pings stop, and
/// systemd (`WatchdogSec=`) kills and restarts the service. At most one ping waits on the queue at a time, so a
/// stuck queue does not pile them up. A stage hung on a worker leaves the queue free, so the timer also withholds
/// the ping while the ``ProgressMonitor`` sees files in flight and none finishing.
final class WatchdogPinger: Sendable {
    private let runner: PipelineRunner
    private let notifier: SystemdNotifier
    private let logger: Logger
    private let isPingWaiting = Atomic<Bool>(false)
    private let isWithholding = Atomic<Bool>(false)
    private let monitor: Mutex<ProgressMonitor<ContinuousClock.Instant>>

    /// - Parameters:
    ///   - stallLimit: how long files may be in flight with none finishing before the pings stop.
    init(runner: PipelineRunner, notifier: SystemdNotifier, stallLimit: Duration, logger: Logger) {
        self.runner = runner
        self.notifier = notifier
        self.logger = logger
        var monitor = ProgressMonitor<ContinuousClock.Instant>(stallLimit: stallLimit)
        monitor.observe(runner.counts, now: .now)
        self.monitor = Mutex(monitor)
    }

    /// A new count from the pipeline (any thread).
    func observe(_ counts: PipelineCounts) {
        monitor.withLock { $0.observe(counts, now: .now) }
    }

    /// Pings once at once, then every `interval` (half of `WATCHDOG_USEC`), until the task is cancelled.
    func run(every interval: Duration) async {
        logger.info(
            "systemd.watchdog",
            metadata: ["watchdog.interval_ms": .stringConvertible(interval / .milliseconds(1))]
        )
        while !Task.isCancelled {
            requestPing()
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
        }
    }

    /// Asks the work queue for a ping unless one is still waiting there or the pipeline is stalled.
    func requestPing() {
        let stalled = monitor.withLock { $0.isStalled(now: .now) }
        let wasWithholding = isWithholding.exchange(stalled, ordering: .relaxed)
        if stalled {
            if !wasWithholding {
                logger.critical("systemd.watchdog_withheld", metadata: ["reason": "files in flight and none finishing"])
            }
            return
        }
        guard !isPingWaiting.exchange(true, ordering: .acquiringAndReleasing) else {
            logger.warning("systemd.watchdog_late", metadata: ["reason": "the work queue has not run the last ping"])
            return
        }
        runner.onWorkQueue { [self] in
            isPingWaiting.store(false, ordering: .releasing)
            do {
                try notifier.notify("WATCHDOG=1")
            } catch {
                logger.warning(
                    "systemd.notify_failed",
                    metadata: ["systemd.message": "WATCHDOG=1", "error": "\(error)"]
                )
            }
        }
    }
}
