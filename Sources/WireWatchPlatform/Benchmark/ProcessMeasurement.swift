/// One run of `wirewatch process` over a generated corpus: end-to-end throughput, CPU use, peak memory and the
/// share of each stage.
public struct ProcessMeasurement: Sendable, Equatable, Codable {
    /// Input files handled (all of the corpus unless the run hit its time limit).
    public var articles: Int
    /// False when the run was stopped at its time limit: the rates are then over the inputs handled so far.
    public var completed: Bool
    /// Input bytes handled (estimated from the corpus's mean file size when the run did not complete).
    public var inputBytes: Int
    /// False for the benchmark-only run without `fsync` (never for production).
    public var fsync: Bool
    /// Wall-clock seconds from starting the child process to its exit (start-up and recovery included).
    public var seconds: Double
    public var articlesPerSecond: Double
    /// Input megabytes (10^6 bytes) per second.
    public var megabytesPerSecond: Double
    /// User plus system CPU seconds of the child.
    public var cpuSeconds: Double
    /// CPU seconds per wall-clock second: how many cores were busy on average.
    public var coresUsed: Double
    /// Peak resident memory of the child (`ru_maxrss`), in MB (10^6 bytes).
    public var peakResidentMB: Double
    public var processed: Int
    public var duplicates: Int
    public var quarantined: Int
    public var failed: Int
    /// Files written under `articles/` and `stories/`, and their bytes.
    public var outputFiles: Int
    public var outputBytes: Int
    /// Milliseconds per stage summed over inputs (parallel stages add up across workers), from the runner.
    public var stageMilliseconds: [String: Double]
    /// Each stage's share of the summed stage time (0...1).
    public var stageShares: [String: Double]

    public init(
        articles: Int, completed: Bool, inputBytes: Int, fsync: Bool, seconds: Double, cpuSeconds: Double,
        peakResidentBytes: Int,
        counts: PipelineCounts, outputFiles: Int, outputBytes: Int, stageMilliseconds: [String: Double]
    ) {
        self.articles = articles
        self.completed = completed
        self.inputBytes = inputBytes
        self.fsync = fsync
        self.seconds = seconds
        articlesPerSecond = seconds > 0 ? Double(articles) / seconds : 0
        megabytesPerSecond = seconds > 0 ? Double(inputBytes) / 1e6 / seconds : 0
        self.cpuSeconds = cpuSeconds
        coresUsed = seconds > 0 ? cpuSeconds / seconds : 0
        peakResidentMB = Double(peakResidentBytes) / 1e6
        processed = counts.processed
        duplicates = counts.duplicates
        quarantined = counts.quarantined
        failed = counts.failed
        self.outputFiles = outputFiles
        self.outputBytes = outputBytes
        self.stageMilliseconds = stageMilliseconds
        let total = stageMilliseconds.values.reduce(0, +)
        stageShares = stageMilliseconds.mapValues { total > 0 ? $0 / total : 0 }
    }
}
