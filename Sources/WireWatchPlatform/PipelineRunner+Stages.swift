import Foundation
import Glibc
import WireWatchCore

extension PipelineRunner {
    /// On a worker: intake, the state check, the attempt count, parse and attribute. Never throws: every problem
    /// becomes the job's outcome.
    func runStages(_ job: FileJob) -> FileJob {
        var job = job
        job.outcome = stageOutcome(&job)
        return job
    }

    private func stageOutcome(_ job: inout FileJob) -> FileOutcome {
        let file: IntakeFile
        do {
            (file, job.timings.intake) = try StageTimings.measure { () throws(PipelineError) in
                try intake.read(path: job.path)
            }
            job.identity = file.identity
        } catch .unreadable(errno: ENOENT) {
            return .vanished
        } catch {
            return .refused(sha256: nil, refusal: Refusal(error), attempts: 0)
        }
        let known: FileRecord?
        let attempts: Int
        do {
            ((known, attempts), job.timings.state) = try StageTimings.measure { () throws(PlatformError) -> (FileRecord?, Int) in
                if let record = try state.record(sha256: file.sha256), record.status.isDone { return (record, 0) }
                return (nil, try state.beginAttempt(sha256: file.sha256, file: file.name, at: Date()))
            }
        } catch {
            return .failed(message: "\(error)")
        }
        if let record = known {
            if record.status == .quarantined {
                let refusal = Refusal(code: record.reasonCode ?? "quarantined", reason: record.reason ?? "")
                return .refused(sha256: file.sha256, refusal: refusal, attempts: record.attempts)
            }
            return .known(sha256: file.sha256, record: record)
        }
        if attempts > configuration.maxAttempts {
            let refusal = Refusal(PipelineError.tooManyAttempts(attempts - 1))
            return .refused(sha256: file.sha256, refusal: refusal, attempts: attempts - 1)
        }
        if faults.isEnabled { faults.apply(to: file.bytes) }
        do {
            let articles = try parseAndAttribute(file, timings: &job.timings)
            return .parsed(sha256: file.sha256, bytes: file.bytes.count, articles: articles, attempts: attempts)
        } catch let error as PipelineError {
            return .refused(sha256: file.sha256, refusal: Refusal(error), attempts: attempts)
        } catch {
            let failure = PipelineError.stageFailed(stage: "parse", message: "\(error)")
            return .refused(sha256: file.sha256, refusal: Refusal(failure), attempts: attempts)
        }
    }

    /// Parse, attribute and assemble: the articles of one input, with their stable ids, prepared for the dedupe
    /// stage (its text-only work, done here on the worker; its time counts with attribute's).
    private func parseAndAttribute(_ file: IntakeFile, timings: inout StageTimings) throws -> [PreparedArticle] {
        let (parsed, parseTime) = try StageTimings.measure { () throws(PipelineError) in
            try parser.parse(file.bytes, fileName: file.name)
        }
        timings.parse = parseTime
        guard !parsed.isEmpty else { throw PipelineError.noProse }
        let source = ArticleSource(file: file.name, sha256: file.sha256, bytes: file.bytes.count)
        let (articles, attributeTime) = StageTimings.measure {
            parsed.map { article in
                Deduplicator.prepare(
                    ArticleAssembler.assemble(parsed: article, attribution: attributor.attribute(article), source: source))
            }
        }
        timings.attribute = attributeTime
        return articles
    }
}
