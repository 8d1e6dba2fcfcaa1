/// The runner's bookkeeping, guarded by one `Mutex`: jobs waiting for a worker, jobs running, finished jobs
/// waiting for their turn on the serial queue (the reorder buffer), paths in flight, drain waiters and counts.
struct Schedule {
    var nextTicket = 0
    var nextToCommit = 0
    private var waiting: [FileJob] = []
    private var waitingHead = 0
    var running = 0
    var ready: [Int: FileJob] = [:]
    var inFlight: Set<String> = []
    var drainWaiters: [CheckedContinuation<Void, Never>] = []
    var counts = PipelineCounts()
    /// Jobs taken from the reorder buffer and being committed.
    var committing = 0
    /// Paths of inputs that were in flight when an earlier run stopped (a crash, a kill, the watchdog). Each runs
    /// alone, so that when it stops the daemon again, its attempt count is the only one that grows: a poison
    /// input does not take the inputs in flight beside it into quarantine.
    var suspects: Set<String> = []
    /// The suspect running alone, if any: nothing else starts until it is committed.
    var isolated: String?

    /// Queues a job for a worker.
    mutating func append(_ job: FileJob) {
        waiting.append(job)
    }

    /// The jobs that may start now: at most `limit` running, and at most `2 * limit + 32` started but not yet
    /// committed, so a slow head of line cannot fill memory while the serial stage still gets batches to commit.
    mutating func takeLaunches(limit: Int) -> [FileJob] {
        var launches: [FileJob] = []
        while waitingHead < waiting.count, running < limit, running + ready.count < 2 * limit + 32, isolated == nil {
            if suspects.contains(waiting[waitingHead].path) {
                guard launches.isEmpty, running == 0, ready.isEmpty, committing == 0 else { break }
                isolated = waiting[waitingHead].path
            }
            launches.append(waiting[waitingHead])
            waitingHead += 1
            running += 1
        }
        if waitingHead > 1024, waitingHead * 2 > waiting.count {
            waiting.removeFirst(waitingHead)
            waitingHead = 0
        }
        return launches
    }

    /// Moves every job not yet started to the reorder buffer as cancelled. Returns how many.
    mutating func dropWaiting() -> Int {
        let dropped = waiting[waitingHead...]
        for var job in dropped {
            job.outcome = .cancelled
            ready[job.ticket] = job
        }
        waiting.removeAll()
        waitingHead = 0
        return dropped.count
    }

    /// The next job in submission order, when it has finished its parallel stages.
    mutating func takeNextReady() -> FileJob? {
        guard let job = ready.removeValue(forKey: nextToCommit) else { return nil }
        nextToCommit += 1
        return job
    }

    /// The finished jobs that are next in submission order, at most `maximum`.
    mutating func takeReadyRun(maximum: Int) -> [FileJob] {
        var run: [FileJob] = []
        while run.count < maximum, let job = takeNextReady() { run.append(job) }
        committing += run.count
        return run
    }

    /// Records the end of jobs. Returns the drain waiters to resume (when nothing is left in flight) and the jobs
    /// that may start now.
    mutating func finish(
        _ jobs: [FileJob], results: [CommitResult], limit: Int
    ) -> (waiters: [CheckedContinuation<Void, Never>], launches: [FileJob]) {
        committing -= jobs.count
        for (job, result) in zip(jobs, results) {
            inFlight.remove(job.path)
            if isolated == job.path {
                isolated = nil
                suspects.remove(job.path)
            }
            counts.queued -= 1
            switch result {
            case .processed: counts.processed += 1
            case .duplicate: counts.duplicates += 1
            case .quarantined: counts.quarantined += 1
            case .failed: counts.failed += 1
            case .skipped: break
            }
        }
        let launches = takeLaunches(limit: limit)
        return (inFlight.isEmpty ? takeWaiters() : [], launches)
    }

    mutating func takeWaiters() -> [CheckedContinuation<Void, Never>] {
        defer { drainWaiters = [] }
        return drainWaiters
    }
}

/// What the serial stage did with one job.
enum CommitResult: Sendable {
    case processed
    case duplicate
    case quarantined
    case failed
    /// Vanished or cancelled: no outcome recorded.
    case skipped
}
