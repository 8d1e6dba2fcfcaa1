import Foundation
import Logging
import Synchronization
import WireWatchCore

extension PipelineRunner {
    /// In daemon mode, moves a consumed input to `processed` (or deletes it when `processed` is null). The record is
    /// marked disposed later, in a batch, once the folders are synced (``flushDisposals(force:)``).
    func disposeInput(_ job: FileJob, sha256: String) {
        guard mode == .daemon else { return }
        do {
            if let processed = configuration.processed {
                _ = try FileMover.move(job.path, into: processed, name: job.name)
            } else {
                try FileMover.remove(job.path)
            }
            serial.withLock { $0.pendingDisposed.append(sha256) }
        } catch {
            logger.error("input.dispose_failed", metadata: ["file": .string(job.name), "reason": .string("\(error)")])
        }
    }

    /// Moves a refused input into the quarantine folder with its reason file.
    func moveToQuarantine(path: String, reason: Quarantine.Reason) {
        do {
            try quarantine.admit(path: path, reason: reason)
            if let sha = reason.sha256 { serial.withLock { $0.pendingDisposed.append(sha) } }
        } catch {
            logger.error(
                "input.quarantine_failed", metadata: ["file": .string(reason.file), "reason": .string("\(error)")])
        }
    }

    /// Syncs the inbox and `processed` folders, then marks the moved inputs disposed, when 32 are pending or
    /// `force` (the pipeline is about to be idle). Until then a crash leaves them undisposed, and ``recover()``
    /// checks the inbox for them.
    func flushDisposals(force: Bool) {
        guard mode == .daemon else { return }
        let pending = serial.withLock { serial -> [String] in
            guard force || serial.pendingDisposed.count >= 32 else { return [] }
            defer { serial.pendingDisposed = [] }
            return serial.pendingDisposed
        }
        guard !pending.isEmpty else { return }
        do {
            try AtomicFile.syncDirectory(configuration.inbox)
            if let processed = configuration.processed { try AtomicFile.syncDirectory(processed) }
            try state.markDisposed(pending)
        } catch {
            logger.error("state.dispose_failed", metadata: ["reason": .string("\(error)")])
        }
    }

    /// One log line per input: `file`, `article.id`, `status`, `ms.*` and the given fields.
    func logOutcome(
        _ event: Logger.Message, job: FileJob, status: LedgerEntry.Status, article: String?, timings: StageTimings,
        level: Logger.Level = .info, extra: [String: Logger.MetadataValue?] = [:]
    ) {
        var metadata: Logger.Metadata = [
            "file": .string(job.name),
            "status": .string(status.rawValue),
            "ms": .dictionary([
                "intake": Self.rounded(timings.intake), "state": Self.rounded(timings.state),
                "parse": Self.rounded(timings.parse),
                "attribute": Self.rounded(timings.attribute), "dedupe": Self.rounded(timings.dedupe),
                "write": Self.rounded(timings.write),
            ]),
        ]
        if let article { metadata["article.id"] = .string(article) }
        for (key, value) in extra { if let value { metadata[key] = value } }
        logger.log(level: level, event, metadata: metadata)
    }

    private static func rounded(_ milliseconds: Double) -> Logger.MetadataValue {
        .stringConvertible((milliseconds * 100).rounded() / 100)
    }
}
