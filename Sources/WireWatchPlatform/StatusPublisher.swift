import Logging
import Synchronization

/// Sends the pipeline's counts to systemd as `STATUS=` lines through a ``StatusReporter``: at once when the last
/// line is old enough, otherwise from ``run()``, which ticks once per interval until cancelled.
final class StatusPublisher: Sendable {
    private let reporter: Mutex<StatusReporter<ContinuousClock.Instant>>
    private let interval: Duration
    private let notifier: SystemdNotifier
    private let logger: Logger

    init(interval: Duration, notifier: SystemdNotifier, logger: Logger) {
        self.reporter = Mutex(StatusReporter(interval: interval))
        self.interval = interval
        self.notifier = notifier
        self.logger = logger
    }

    /// `processed=3 duplicates=1 quarantined=0 failed=0 queued=2`.
    static func statusText(_ counts: PipelineCounts) -> String {
        counts.description
    }

    /// A new count (from any thread).
    func record(_ counts: PipelineCounts) {
        let action = reporter.withLock { $0.record(Self.statusText(counts), now: .now) }
        perform(action)
    }

    /// Sends the held-back status, if any, now.
    func flush(_ counts: PipelineCounts) {
        let action = reporter.withLock { reporter -> StatusReporter<ContinuousClock.Instant>.Action in
            _ = reporter.record(Self.statusText(counts), now: .now)
            return reporter.tick(now: .now + interval)
        }
        perform(action)
    }

    /// Ticks once per interval until the task is cancelled.
    func run() async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            perform(reporter.withLock { $0.tick(now: .now) })
        }
    }

    private func perform(_ action: StatusReporter<ContinuousClock.Instant>.Action) {
        guard case .send(let line) = action else { return }
        do {
            try notifier.notify(line)
        } catch {
            logger.warning("systemd.notify_failed", metadata: ["systemd.message": "\(line)", "error": "\(error)"])
        }
    }
}
