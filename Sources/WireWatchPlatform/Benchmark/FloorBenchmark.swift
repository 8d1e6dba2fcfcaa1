import Foundation
import Glibc

/// The floor under `process`: read every input and write as many output files as the pipeline wrote, of the
/// pipeline's average output size, with the pipeline's own writer and ledger (so the same `fsync` discipline), and
/// nothing else: no parsing, no dedupe, no database.
///
/// Per batch of inputs, as in the runner's group commit: the batch's files through
/// ``ResultWriter/write(_:syncingDirectories:)`` (temporaries, one flush of their contents, renames, one `fsync`
/// per folder), then the batch's ledger lines with one append and one `fsync`.
public struct FloorBenchmark: Sendable {
    /// One floor run.
    public struct Measurement: Sendable, Equatable, Codable {
        public var articles: Int
        public var inputBytes: Int
        public var outputFiles: Int
        public var outputBytesEach: Int
        /// False: every `fsync` skipped (benchmark only).
        public var fsync: Bool
        /// Inputs per group commit.
        public var batch: Int
        public var seconds: Double
        public var articlesPerSecond: Double
        public var megabytesPerSecond: Double
    }

    /// Inputs per group commit: the runner's largest batch.
    public var batch = 64

    public init() {}

    /// Reads `inputs` and writes `outputFiles` files of `outputBytes` under `scratch/floor` (removed first).
    public func run(
        inputs: [String], inputBytes: Int, scratch: String, outputFiles: Int, outputBytes: Int, fsync: Bool
    ) throws -> Measurement {
        let root = scratch + "/floor"
        try? FileManager.default.removeItem(atPath: root)
        let writer = try ResultWriter(directory: root)
        let ledger = try Ledger(path: root + "/ledger.jsonl")
        let payload = [UInt8](repeating: UInt8(ascii: "x"), count: max(1, outputBytes))
        let body = { () throws -> Double in
            let start = ContinuousClock.now
            var written = 0
            var files = ResultBatch()
            var lines: [LedgerEntry] = []
            for (index, input) in inputs.enumerated() {
                let bytes = try FileIntake(maxBytes: Int.max).read(path: input)
                let due = (index + 1) * outputFiles / max(1, inputs.count)
                while written < due {
                    let folder = written % 2 == 0 ? writer.articlesDirectory : writer.storiesDirectory
                    files.write(ResultBatch.File(path: "\(folder)/f\(written).json", bytes: payload))
                    written += 1
                }
                lines.append(
                    LedgerEntry(
                        file: bytes.name, sha256: bytes.sha256, article: "f\(index)", status: .processed,
                        at: RFC3339Time.string(from: Date())))
                if lines.count == batch || index + 1 == inputs.count {
                    try writer.write(files)
                    try ledger.append(lines)
                    files = ResultBatch()
                    lines = []
                }
            }
            return (ContinuousClock.now - start).seconds
        }
        let seconds = try fsync ? body() : FileSync.withoutSyncForBenchmark(body)
        return Measurement(
            articles: inputs.count, inputBytes: inputBytes, outputFiles: outputFiles, outputBytesEach: outputBytes,
            fsync: fsync, batch: batch, seconds: seconds,
            articlesPerSecond: seconds > 0 ? Double(inputs.count) / seconds : 0,
            megabytesPerSecond: seconds > 0 ? Double(inputBytes) / 1e6 / seconds : 0)
    }
}
