import Foundation
import Logging
import Synchronization
import WireWatchCore

extension PipelineRunner {
    /// At startup, before any input: brings the state database in line with the ledger after a crash.
    ///
    /// 1. The ledger's torn last line is cut; lines written after the last committed length are committed as
    ///    outcomes (their inputs are done and are not handled again).
    /// 2. Daemon mode: inputs whose outcome is committed but that may still lie in the inbox are moved to
    ///    `processed` (or deleted) or into quarantine, when the inbox entry still has the same bytes.
    /// 3. Temporary files of writes cut short by a kill are deleted from the output and quarantine folders.
    func recover() throws(PlatformError) {
        removeStaleTemporaries()
        try reconcileLedger()
        guard mode == .daemon else { return }
        let records = try state.undisposed()
        guard !records.isEmpty else { return }
        for record in records {
            let path = configuration.inbox + "/" + record.file
            guard let file = try? intake.read(path: path), file.sha256 == record.sha256 else { continue }
            let job = FileJob(ticket: -1, path: path)
            if record.status == .quarantined {
                let reason = Quarantine.Reason(
                    file: record.file, sha256: record.sha256, code: record.reasonCode ?? "quarantined",
                    reason: record.reason ?? "", at: RFC3339Time.string(from: Date()), attempts: record.attempts)
                moveToQuarantine(path: path, reason: reason)
            } else {
                disposeInput(job, sha256: record.sha256)
            }
            logger.notice("recovery.disposed", metadata: ["file": .string(record.file)])
        }
        serial.withLock { $0.pendingDisposed = [] }
        try AtomicFile.syncDirectory(configuration.inbox)
        if let processed = configuration.processed { try AtomicFile.syncDirectory(processed) }
        try state.markDisposed(records.map(\.sha256))
    }

    private func reconcileLedger() throws(PlatformError) {
        try serial.withLock { (serial: inout SerialState) throws(PlatformError) in
            let committed = try state.committedLedgerBytes(path: serial.ledger.path)
            let entries = try serial.ledger.recover(committedBytes: committed)
            guard committed != serial.ledger.length else { return }
            let completions = entries.map { entry in
                FileCompletion(
                    sha256: entry.sha256, file: entry.file, status: Self.status(entry.status),
                    articles: entry.articles ?? entry.article.map { [$0] } ?? [],
                    reasonCode: entry.reason.map(Self.reasonCode), reason: entry.reason,
                    awaitsDisposal: mode == .daemon)
            }
            try state.commit(completions, ledger: (serial.ledger.path, serial.ledger.length), at: Date())
            if !entries.isEmpty {
                logger.notice("ledger.reconciled", metadata: ["lines": .stringConvertible(entries.count)])
            }
        }
    }

    /// Deletes `.NAME.PID.tmp` files that a killed run left in the folders it writes whole files to.
    private func removeStaleTemporaries() {
        let folders = [writer.directory, writer.articlesDirectory, writer.storiesDirectory, configuration.quarantine]
        for folder in folders {
            let removed = AtomicFile.removeTemporaries(in: folder)
            if !removed.isEmpty {
                logger.notice(
                    "recovery.temporaries_removed",
                    metadata: ["folder": .string(folder), "count": .stringConvertible(removed.count)])
            }
        }
    }

    private static func status(_ status: LedgerEntry.Status) -> FileRecord.Status {
        switch status {
        case .processed: .processed
        case .duplicate: .duplicate
        case .quarantined: .quarantined
        }
    }

    /// `too_large` from the ledger's `too_large: The file has ...`.
    private static func reasonCode(_ reason: String) -> String {
        String(reason.prefix { $0 != ":" })
    }
}
