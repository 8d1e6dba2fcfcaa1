import Dispatch
import Foundation
import Logging
import Synchronization
import WireWatchCore

extension PipelineRunner {
    /// In daemon mode, after a batch: inputs whose handling failed on the host's side (a full or failing output
    /// disk, the state database) stay in the inbox and are queued again after a growing pause (1 s, 2 s, 4 s ... at
    /// most 30 s), until it works. Their attempt is given back: such a failure is not the input's fault and must not
    /// bring it closer to quarantine.
    func scheduleRetries(_ jobs: [FileJob], results: [CommitResult]) {
        guard mode == .daemon else { return }
        var retries: [(path: String, delay: Int)] = []
        serial.withLock { serial in
            for (job, result) in zip(jobs, results) {
                guard result == .failed else {
                    serial.failureCounts[job.path] = nil
                    continue
                }
                let count = (serial.failureCounts[job.path] ?? 0) + 1
                serial.failureCounts[job.path] = count
                retries.append((job.path, min(30, 1 << min(count - 1, 5))))
            }
        }
        for (job, result) in zip(jobs, results) where result == .failed {
            if let sha256 = job.contentHash { try? state.endAttempt(sha256: sha256) }
        }
        for (path, delay) in retries {
            logger.warning(
                "input.retry_scheduled",
                metadata: [
                    "file": .string(FileIntake.lastComponent(of: path)), "retry.seconds": .stringConvertible(delay),
                ])
            DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(delay)) { [self] in
                enqueue(path: path)
            }
        }
    }
}

extension FileJob {
    /// The SHA-256 of the input's bytes, when they were read.
    var contentHash: String? {
        switch outcome {
        case .parsed(let sha256, _, _, _), .known(let sha256, _): sha256
        case .refused(let sha256, _, _): sha256
        case .vanished, .failed, .cancelled: nil
        }
    }
}
