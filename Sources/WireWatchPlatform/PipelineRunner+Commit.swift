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
    /// Inputs left in the inbox because they changed after they were read: queued again once their job ends.
    var changedInputs: [String] = []
    /// Consecutive host-side failures by input path, for the retry pause.
    var failureCounts: [String: Int] = [:]
}

extension PipelineRunner {
    /// On the work queue: dedupe and output writing for one job; its ledger line and state change are returned to
    /// be made durable with its batch.
    /// - Parameters:
    ///   - batchDone: outcomes of earlier jobs of the same batch by content hash (not yet in the state database).
    func prepare(_ job: FileJob, batchDone: [String: FileRecord]) -> PreparedJob {
        switch job.outcome {
        case .cancelled:
            return .finished(.skipped)
        case .vanished:
            logger.debug("article.vanished", metadata: ["file": .string(job.name)])
            return .finished(.skipped)
        case .failed(let message):
            logger.error("article.failed", metadata: ["file": .string(job.name), "reason": .string(message)])
            return .finished(.failed)
        case .refused(let sha256, let refusal, let attempts):
            return .pending(refuse(job, sha256: sha256, refusal: refusal, attempts: attempts))
        case .known(let sha256, let record):
            let articles = batchDone[sha256]?.articles ?? record.articles
            return .pending(duplicate(job, sha256: sha256, articles: articles, timings: job.timings))
        case .parsed(let sha256, _, let articles, let attempts):
            if let record = batchDone[sha256] ?? (try? state.record(sha256: sha256)), record.status.isDone {
                let known = FileJob(copying: job, outcome: .known(sha256: sha256, record: record))
                return prepare(known, batchDone: batchDone)
            }
            return admit(job, sha256: sha256, articles: articles, attempts: attempts)
        }
    }

    private func admit(_ job: FileJob, sha256: String, articles: [PreparedArticle], attempts: Int) -> PreparedJob {
        var timings = job.timings
        let now = Date()
        let outcomes: [DedupeOutcome]
        do {
            (outcomes, timings.dedupe) = try StageTimings.measure {
                try serial.withLock { serial in try articles.map { try serial.deduplicator.admit($0, at: now) } }
            }
        } catch {
            let failure = PipelineError.stageFailed(stage: "dedupe", message: "\(error)")
            return .pending(refuse(job, sha256: sha256, refusal: Refusal(failure), attempts: attempts))
        }
        // An article known under these very bytes was admitted by a run that stopped before committing: redo it.
        let fresh = outcomes.filter { !$0.alreadyKnown || $0.article.source.sha256 == sha256 }
        let ids = Self.unique(outcomes.map(\.article.id))
        guard !fresh.isEmpty else { return .pending(duplicate(job, sha256: sha256, articles: ids, timings: timings)) }
        var stories: [String: Story] = [:]
        for story in outcomes.flatMap(\.stories) { stories[story.id] = story }
        let outputs: ResultBatch
        do {
            (outputs, timings.write) = try StageTimings.measure { () throws(PlatformError) in
                try writer.records(
                    articles: fresh.map(\.article) + outcomes.flatMap(\.revisedArticles),
                    stories: stories.values.sorted { $0.id < $1.id },
                    removedStories: outcomes.flatMap(\.removedStories))
            }
        } catch {
            logger.error("article.failed", metadata: ["file": .string(job.name), "reason": .string("\(error)")])
            return .finished(.failed)
        }
        let article = fresh[0].article
        let entry = LedgerEntry(
            file: job.name, sha256: sha256, article: ids.first, articles: ids.count > 1 ? ids : nil,
            status: .processed, at: RFC3339Time.string(from: now))
        return .pending(
            PendingOutcome(
                job: job, entry: entry,
                completion: FileCompletion(sha256: sha256, file: job.name, status: .processed, articles: ids),
                outputs: outputs, after: .dispose(sha256: sha256), result: .processed, event: "article.processed",
                fields: [
                    "quotes": .stringConvertible(fresh.reduce(0) { $0 + $1.article.quotes.count }),
                    "speakers": .stringConvertible(fresh.reduce(0) { $0 + $1.article.speakers.count }),
                    "duplicate_of": article.duplicates.first.map { .string($0.article) },
                    "story": article.story.map { .string($0) },
                ], timings: timings))
    }

    private func duplicate(
        _ job: FileJob, sha256: String, articles: [String], timings: StageTimings
    ) -> PendingOutcome {
        let entry = LedgerEntry(
            file: job.name, sha256: sha256, article: articles.first, articles: articles.count > 1 ? articles : nil,
            status: .duplicate, at: RFC3339Time.string(from: Date()))
        return PendingOutcome(
            job: job, entry: entry,
            completion: FileCompletion(sha256: sha256, file: job.name, status: .duplicate, articles: articles),
            after: .dispose(sha256: sha256), result: .duplicate, event: "article.duplicate",
            fields: ["duplicate_of": articles.first.map { .string($0) }], timings: timings)
    }

    private func refuse(_ job: FileJob, sha256: String?, refusal: Refusal, attempts: Int) -> PendingOutcome {
        let entry = LedgerEntry(
            file: job.name, sha256: sha256, article: nil, status: .quarantined, reason: refusal.ledgerText,
            at: RFC3339Time.string(from: Date()))
        let reason = Quarantine.Reason(
            file: job.name, sha256: sha256, code: refusal.code, reason: refusal.reason, at: entry.at,
            attempts: attempts)
        return PendingOutcome(
            job: job, entry: entry,
            completion: FileCompletion(
                sha256: sha256, file: job.name, status: .quarantined, reasonCode: refusal.code,
                reason: refusal.reason),
            after: .quarantine(reason), result: .quarantined, event: "article.quarantined", level: .warning,
            fields: ["reason.code": .string(refusal.code), "reason": .string(refusal.reason)],
            timings: job.timings)
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
