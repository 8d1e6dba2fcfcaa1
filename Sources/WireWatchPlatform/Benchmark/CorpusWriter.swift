import Dispatch
import Glibc
import Synchronization

/// Writes a generated corpus into a folder, in parallel, then `sync`s the machine so that the benchmark does not
/// pay for the corpus's own writeback.
public struct CorpusWriter: Sendable {
    /// What was written.
    public struct Summary: Sendable, Equatable, Codable {
        public var files: Int
        public var bytes: Int
        /// Files of each kind, by the kind's raw value.
        public var kinds: [String: Int]
    }

    public let generator: ArticleCorpusGenerator

    public init(generator: ArticleCorpusGenerator) {
        self.generator = generator
    }

    /// Writes files `0..<count` into `directory` (created when missing).
    public func write(count: Int, into directory: String) throws(PlatformError) -> Summary {
        try DirectoryMaker.create(directory)
        let chunks = max(1, min(count, 64))
        let results = Mutex<(bytes: Int, kinds: [String: Int], error: PlatformError?)>((0, [:], nil))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var bytes = 0
            var kinds: [String: Int] = [:]
            var failure: PlatformError?
            for index in stride(from: chunk, to: count, by: chunks) {
                let file = generator.file(at: index)
                do throws(PlatformError) {
                    try Self.write(file.bytes, to: directory + "/" + file.name)
                } catch {
                    failure = error
                    break
                }
                bytes += file.bytes.count
                kinds[file.kind.rawValue, default: 0] += 1
            }
            results.withLock { results in
                results.bytes += bytes
                results.kinds.merge(kinds, uniquingKeysWith: +)
                if let failure { results.error = failure }
            }
        }
        let (bytes, kinds, error) = results.withLock { $0 }
        if let error { throw error }
        sync()
        return Summary(files: count, bytes: bytes, kinds: kinds)
    }

    /// Writes a whole file (no `fsync`: the corpus is scaffolding, not output).
    static func write(_ bytes: [UInt8], to path: String) throws(PlatformError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .syscall("open", path: path, errno: errno) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .syscall("write", path: path, errno: errno)
            }
            offset += written
        }
    }
}
