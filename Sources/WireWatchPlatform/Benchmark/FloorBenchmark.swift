import Foundation
import Glibc

/// The floor under `process`: read every input and write as many output files as the pipeline wrote, of the
/// pipeline's average output size, with the same `fsync` discipline, and nothing else (no parsing, no database).
///
/// Discipline, as in the runner's group commit: each output is written to a temporary name, `fsync`ed and renamed;
/// after every `batch` inputs, the `articles/` and `stories/` folders are `fsync`ed and the batch's ledger lines
/// are appended with one `write` and one `fsync`.
public struct FloorBenchmark: Sendable {
    /// One floor run.
    public struct Measurement: Sendable, Equatable, Codable {
        public var articles: Int
        public var inputBytes: Int
        public var outputFiles: Int
        public var outputBytesEach: Int
        /// False: every `fsync` skipped (benchmark only).
        public var fsync: Bool
        public var fsyncCalls: Int
        public var seconds: Double
        public var articlesPerSecond: Double
        public var megabytesPerSecond: Double
    }

    /// Inputs per group commit, as in the runner.
    public var batch = 64

    public init() {}

    /// Reads `inputs` and writes `outputFiles` files of `outputBytes` under `scratch/floor` (removed first).
    public func run(
        inputs: [String], inputBytes: Int, scratch: String, outputFiles: Int, outputBytes: Int, fsync: Bool
    ) throws(PlatformError) -> Measurement {
        let root = scratch + "/floor"
        try? FileManager.default.removeItem(atPath: root)
        let folders = [root + "/articles", root + "/stories"]
        for folder in [root] + folders { try DirectoryMaker.create(folder) }
        let ledger = open(root + "/ledger.jsonl", O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o640)
        guard ledger >= 0 else { throw .syscall("open", path: root + "/ledger.jsonl", errno: errno) }
        defer { close(ledger) }
        let payload = [UInt8](repeating: UInt8(ascii: "x"), count: max(1, outputBytes))
        let line = Array(String(repeating: "l", count: 160).utf8) + [UInt8(ascii: "\n")]
        var syncs = 0
        var written = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        let start = ContinuousClock.now
        for (index, input) in inputs.enumerated() {
            try Self.read(input, into: &buffer)
            let due = inputs.isEmpty ? 0 : (index + 1) * outputFiles / inputs.count
            while written < due {
                let folder = folders[written % 2]
                try Self.writeAtomically(payload, to: "\(folder)/\(written).json", fsync: fsync)
                syncs += fsync ? 1 : 0
                written += 1
            }
            if (index + 1) % batch == 0 || index + 1 == inputs.count {
                let lines = Array(repeating: line, count: min(batch, index % batch + 1)).flatMap { $0 }
                guard lines.withUnsafeBytes({ Glibc.write(ledger, $0.baseAddress, $0.count) }) == lines.count else {
                    throw .syscall("write", path: root + "/ledger.jsonl", errno: errno)
                }
                if fsync {
                    for folder in folders { try AtomicFile.syncDirectory(folder) }
                    guard Glibc.fsync(ledger) == 0 else { throw .syscall("fsync", path: root, errno: errno) }
                    syncs += folders.count + 1
                }
            }
        }
        let seconds = (ContinuousClock.now - start).seconds
        return Measurement(
            articles: inputs.count, inputBytes: inputBytes, outputFiles: outputFiles, outputBytesEach: outputBytes,
            fsync: fsync, fsyncCalls: syncs, seconds: seconds,
            articlesPerSecond: seconds > 0 ? Double(inputs.count) / seconds : 0,
            megabytesPerSecond: seconds > 0 ? Double(inputBytes) / 1e6 / seconds : 0)
    }

    private static func read(_ path: String, into buffer: inout [UInt8]) throws(PlatformError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .syscall("open", path: path, errno: errno) }
        defer { close(fd) }
        while true {
            let got = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw .syscall("read", path: path, errno: errno) }
            if got == 0 { return }
        }
    }

    private static func writeAtomically(_ bytes: [UInt8], to path: String, fsync: Bool) throws(PlatformError) {
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw .syscall("open", path: temporary, errno: errno) }
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        let synced = !fsync || Glibc.fsync(fd) == 0
        close(fd)
        guard written == bytes.count, synced else { throw .syscall("write", path: temporary, errno: errno) }
        guard rename(temporary, path) == 0 else { throw .syscall("rename", path: path, errno: errno) }
    }
}
