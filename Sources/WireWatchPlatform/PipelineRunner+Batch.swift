import Foundation
import Glibc
import Logging
import Synchronization
import WireWatchCore

extension PipelineRunner {
    /// On the work queue: commits a run of jobs in submission order (group commit).
    ///
    /// 1. each job's dedupe (its memory committed without a disk sync) and encoded output files;
    /// 2. every output file of the batch written to a temporary name, their contents flushed at once (`syncfs`, or
    ///    `fsync` per file for one or two files), renamed into place, then one `fsync` of each output folder;
    /// 3. every ledger line in one append and one `fsync`;
    /// 4. every outcome and the ledger's new length in one database transaction, synced (it also syncs the
    ///    earlier commits of the batch: attempts, dedupe memory);
    /// 5. only then each input is moved away (daemon mode) and logged.
    func commit(_ jobs: [FileJob]) -> [CommitResult] {
        let (startWall, startCPU) = (ClockReading.monotonic(), ClockReading.threadCPU())
        var results = [CommitResult](repeating: .skipped, count: jobs.count)
        var pending: [(index: Int, outcome: PendingOutcome)] = []
        var batchDone: [String: FileRecord] = [:]
        for (index, job) in jobs.enumerated() {
            switch prepare(job, batchDone: batchDone) {
            case .finished(let result):
                results[index] = result
            case .pending(let outcome):
                pending.append((index, outcome))
                if let sha = outcome.completion.sha256, batchDone[sha] == nil {
                    batchDone[sha] = FileRecord(
                        sha256: sha, file: job.name, status: outcome.completion.status,
                        articles: outcome.completion.articles, firstSeen: "", lastSeen: "")
                }
            }
        }
        guard !pending.isEmpty else {
            do { try flushDedupe() } catch { logger.error("dedupe.flush.failed", metadata: ["reason": .string("\(error)")]) }
            return results
        }
        let durable: Double
        let durableCPU = ClockReading.threadCPU()
        do {
            durable = try StageTimings.measure { () throws(PlatformError) in
                try makeDurable(pending.map(\.outcome))
            }.1
        } catch {
            for (index, outcome) in pending {
                results[index] = .failed
                logger.error(
                    "article.failed", metadata: ["file": .string(outcome.job.name), "reason": .string("\(error)")])
            }
            return results
        }
        // The serial queue's cost of the batch: wall and this thread's CPU, in all and in the durable commit (the
        // difference of wall and CPU there is mostly waiting for the disk; encoding runs on other threads too).
        logger.debug(
            "batch.committed",
            metadata: [
                "inputs": .stringConvertible(jobs.count), "pending": .stringConvertible(pending.count),
                "ms.serial": .stringConvertible(Self.milliseconds(ClockReading.monotonic() - startWall)),
                "ms.serial_cpu": .stringConvertible(Self.milliseconds(ClockReading.threadCPU() - startCPU)),
                "ms.durable": .stringConvertible(Self.milliseconds(durable / 1000)),
                "ms.durable_cpu": .stringConvertible(Self.milliseconds(ClockReading.threadCPU() - durableCPU)),
            ])
        var batchTotals = StageTotals()
        defer { totals.withLock { $0.add(batchTotals) } }
        for (index, outcome) in pending {
            runAfterCommit(outcome)
            var timings = outcome.timings
            timings.write += durable / Double(pending.count)
            batchTotals.add(timings)
            logOutcome(
                outcome.event, job: outcome.job, status: outcome.entry.status, article: outcome.entry.article,
                timings: timings, level: outcome.level, extra: outcome.fields)
            results[index] = outcome.result
        }
        return results
    }

    /// Output files written and synced, ledger lines appended, then outcomes committed with the ledger's new length.
    private func makeDurable(_ outcomes: [PendingOutcome]) throws(PlatformError) {
        try flushDedupe()
        var outputs = ResultBatch()
        for outcome in outcomes { outputs.append(outcome.outputs) }
        if !outputs.isEmpty { try writer.write(outputs) }
        var completions = outcomes.map(\.completion)
        for index in completions.indices { completions[index].awaitsDisposal = mode == .daemon }
        try serial.withLock { (serial: inout SerialState) throws(PlatformError) in
            let length = try serial.ledger.append(outcomes.map(\.entry))
            try state.commit(completions, ledger: (serial.ledger.path, length), at: Date())
        }
    }

    /// Writes the batch's dedupe admissions (held by the store) in one transaction, before anything that relies
    /// on them is made durable; on failure the deduplicator forgets them and the batch fails.
    private func flushDedupe() throws(PlatformError) {
        try serial.withLock { (serial: inout SerialState) throws(PlatformError) in
            do {
                try serial.deduplicator.flush()
            } catch let error as PlatformError {
                throw error
            } catch {
                throw .database("dedupe flush: \(error)")
            }
        }
    }

    private func runAfterCommit(_ outcome: PendingOutcome) {
        guard mode == .daemon else { return }
        if case .nothing = outcome.after { return }
        guard isUnchanged(outcome.job) else { return }
        switch outcome.after {
        case .nothing: break
        case .dispose(let sha256): disposeInput(outcome.job, sha256: sha256)
        case .quarantine(let reason): moveToQuarantine(path: outcome.job.path, reason: reason)
        }
    }

    /// False when the input is no longer what intake read (a writer reopened it and wrote more, or replaced it):
    /// it is then left in the inbox and queued again as a new version once its job ends, so that nothing written
    /// after the read is moved away unprocessed.
    private func isUnchanged(_ job: FileJob) -> Bool {
        guard let identity = job.identity, let current = FileIdentity.of(path: job.path), current != identity else {
            return true
        }
        logger.notice("input.changed", metadata: ["file": .string(job.name)])
        serial.withLock { $0.changedInputs.append(job.path) }
        return false
    }



    /// Seconds as milliseconds with two decimals (for logs).
    static func milliseconds(_ seconds: Double) -> Double { (seconds * 100_000).rounded() / 100 }
}
