import Foundation
import Logging
import Synchronization
import WireWatchCore

/// What only the serial work queue touches: the dedupe memory (not thread-safe), the ledger, and the inputs moved
/// away whose records are not yet marked disposed.
struct SerialState {
    let deduplicator: Deduplicator
    let ledger: Ledger
    var pendingDisposed: [String] = []
}

extension PipelineRunner {
    /// On the work queue: dedupe, writing, ledger, state, then the input's disposal, for one job.
    func commit(_ job: FileJob) -> CommitResult {
        switch job.outcome {
        case .cancelled:
            return .skipped
        case .vanished:
            logger.debug("article.vanished", metadata: ["file": .string(job.name)])
            return .skipped
        case .failed(let message):
            logger.error("article.failed", metadata: ["file": .string(job.name), "reason": .string(message)])
            return .failed
        case .refused(let sha256, let refusal, let attempts):
            return refuse(job, sha256: sha256, refusal: refusal, attempts: attempts)
        case .known(let sha256, let record):
            return recordDuplicate(job, sha256: sha256, articles: record.articles, timings: job.timings)
        case .parsed(let sha256, _, let articles, let attempts):
            return admit(job, sha256: sha256, articles: articles, attempts: attempts)
        }
    }

    private func admit(_ job: FileJob, sha256: String, articles: [Article], attempts: Int) -> CommitResult {
        if let record = try? state.record(sha256: sha256), record.status.isDone {
            return commit(FileJob(copying: job, outcome: .known(sha256: sha256, record: record)))
        }
        var timings = job.timings
        let now = Date()
        let outcomes: [DedupeOutcome]
        do {
            (outcomes, timings.dedupe) = try StageTimings.measure {
                try serial.withLock { serial in try articles.map { try serial.deduplicator.admit($0, at: now) } }
            }
        } catch {
            let failure = PipelineError.stageFailed(stage: "dedupe", message: "\(error)")
            return refuse(job, sha256: sha256, refusal: Refusal(failure), attempts: attempts)
        }
        // An article known under these very bytes was admitted by a run that stopped before committing: redo it.
        let fresh = outcomes.filter { !$0.alreadyKnown || $0.article.source.sha256 == sha256 }
        let ids = Self.unique(outcomes.map(\.article.id))
        guard !fresh.isEmpty else { return recordDuplicate(job, sha256: sha256, articles: ids, timings: timings) }
        var stories: [String: Story] = [:]
        for story in outcomes.flatMap(\.stories) { stories[story.id] = story }
        do {
            ((), timings.write) = try StageTimings.measure { () throws(PlatformError) in
                try writer.write(
                    articles: fresh.map(\.article) + outcomes.flatMap(\.revisedArticles),
                    stories: stories.values.sorted { $0.id < $1.id })
                let entry = LedgerEntry(
                    file: job.name, sha256: sha256, article: ids.first, articles: ids.count > 1 ? ids : nil,
                    status: .processed, at: RFC3339Time.string(from: now))
                try record(entry, FileCompletion(sha256: sha256, file: job.name, status: .processed, articles: ids))
            }
        } catch {
            logger.error("article.failed", metadata: ["file": .string(job.name), "reason": .string("\(error)")])
            return .failed
        }
        disposeInput(job, sha256: sha256)
        let article = fresh[0].article
        logOutcome(
            "article.processed", job: job, status: .processed, article: article.id, timings: timings,
            extra: [
                "quotes": .stringConvertible(fresh.reduce(0) { $0 + $1.article.quotes.count }),
                "speakers": .stringConvertible(fresh.reduce(0) { $0 + $1.article.speakers.count }),
                "duplicate_of": article.duplicates.first.map { .string($0.article) },
                "story": article.story.map { .string($0) },
            ])
        return .processed
    }

    private func recordDuplicate(
        _ job: FileJob, sha256: String, articles: [String], timings: StageTimings
    ) -> CommitResult {
        let entry = LedgerEntry(
            file: job.name, sha256: sha256, article: articles.first, articles: articles.count > 1 ? articles : nil,
            status: .duplicate, at: RFC3339Time.string(from: Date()))
        do {
            try record(entry, FileCompletion(sha256: sha256, file: job.name, status: .duplicate, articles: articles))
        } catch {
            logger.error("article.failed", metadata: ["file": .string(job.name), "reason": .string("\(error)")])
            return .failed
        }
        disposeInput(job, sha256: sha256)
        logOutcome(
            "article.duplicate", job: job, status: .duplicate, article: articles.first, timings: timings,
            extra: ["duplicate_of": articles.first.map { .string($0) }])
        return .duplicate
    }

    private func refuse(_ job: FileJob, sha256: String?, refusal: Refusal, attempts: Int) -> CommitResult {
        let now = Date()
        let entry = LedgerEntry(
            file: job.name, sha256: sha256, article: nil, status: .quarantined, reason: refusal.ledgerText,
            at: RFC3339Time.string(from: now))
        let completion = FileCompletion(
            sha256: sha256, file: job.name, status: .quarantined, reasonCode: refusal.code, reason: refusal.reason)
        do {
            try record(entry, completion)
        } catch {
            logger.error("article.failed", metadata: ["file": .string(job.name), "reason": .string("\(error)")])
            return .failed
        }
        if mode == .daemon {
            let reason = Quarantine.Reason(
                file: job.name, sha256: sha256, code: refusal.code, reason: refusal.reason,
                at: entry.at, attempts: attempts)
            moveToQuarantine(path: job.path, reason: reason)
        }
        logOutcome(
            "article.quarantined", job: job, status: .quarantined, article: nil, timings: job.timings,
            level: .warning, extra: ["reason.code": .string(refusal.code), "reason": .string(refusal.reason)])
        return .quarantined
    }

    /// Appends the ledger line, then commits the outcome and the ledger's new length.
    private func record(_ entry: LedgerEntry, _ completion: FileCompletion) throws(PlatformError) {
        var completion = completion
        completion.awaitsDisposal = mode == .daemon
        try serial.withLock { (serial: inout SerialState) throws(PlatformError) in
            let length = try serial.ledger.append(entry)
            try state.commit([completion], ledger: (serial.ledger.path, length), at: Date())
        }
    }

    static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}

extension FileJob {
    init(copying job: FileJob, outcome: FileOutcome) {
        self = job
        self.outcome = outcome
    }
}
