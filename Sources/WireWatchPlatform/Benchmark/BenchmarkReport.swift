/// Everything one `wirewatch bench` run measured, written as JSON (`bench/baseline.json` is one of these).
public struct BenchmarkReport: Sendable, Equatable, Codable {
    /// The machine the numbers come from.
    public struct Machine: Sendable, Equatable, Codable {
        public var cores: Int
        public var cpu: String
        public var kernel: String
        public var memoryMB: Double
        /// File system of the scratch folder (`ext4`, `tmpfs`, ...).
        public var fileSystem: String
        /// 1-, 5- and 15-minute load averages when the run started (other work on the machine skews the numbers).
        public var loadAverage: [Double]
    }

    /// One corpus size: `process` with and without `fsync`, and the floor.
    public struct ProcessRun: Sendable, Equatable, Codable {
        public var corpus: CorpusWriter.Summary
        public var process: ProcessMeasurement
        /// The same run without any `fsync` (benchmark-only switch), when measured.
        public var processWithoutFsync: ProcessMeasurement?
        /// Reading the inputs and writing the outputs with the same `fsync` discipline, nothing else.
        public var floor: FloorBenchmark.Measurement?
        public var floorWithoutFsync: FloorBenchmark.Measurement?
    }

    /// A free label (e.g. the commit measured).
    public var label: String
    /// RFC 3339 UTC time of the run.
    public var date: String
    public var seed: UInt64
    public var machine: Machine
    public var process: [ProcessRun]
    /// Resident bytes added per input article between the smallest and the largest `process` run.
    public var processResidentBytesPerArticle: Double?
    public var daemon: DaemonLatencyMeasurement?

    public init(label: String, date: String, seed: UInt64, machine: Machine) {
        self.label = label
        self.date = date
        self.seed = seed
        self.machine = machine
        process = []
    }

    /// Fills ``processResidentBytesPerArticle`` from the runs.
    mutating func updateMemorySlope() {
        let runs = process.sorted { $0.corpus.files < $1.corpus.files }
        guard let first = runs.first, let last = runs.last, last.corpus.files > first.corpus.files else {
            processResidentBytesPerArticle = nil
            return
        }
        processResidentBytesPerArticle =
            (last.process.peakResidentMB - first.process.peakResidentMB) * 1e6
            / Double(last.corpus.files - first.corpus.files)
    }
}
