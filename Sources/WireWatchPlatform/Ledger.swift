import Foundation
import Glibc

/// The append-only `ledger.jsonl`: one line per input handled, each appended with one `write` on an `O_APPEND`
/// descriptor and `fsync`ed before the state database commits its new length.
///
/// Exactly once across crashes: at startup ``recover(committedBytes:)`` cuts a torn last line and returns the lines
/// written after the last committed length, so the caller marks those inputs done instead of handling them again.
/// - Important: not thread-safe; use it from one queue.
public final class Ledger {
    /// The ledger file.
    public let path: String
    /// The file's length after the last append (or recovery).
    public private(set) var length: Int
    private let fd: Int32

    /// Opens (or creates, mode 0640) the ledger at `path`.
    public init(path: String) throws(PlatformError) {
        self.path = path
        fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o640)
        guard fd >= 0 else { throw .syscall("open", path: path, errno: errno) }
        let end = lseek(fd, 0, SEEK_END)
        guard end >= 0 else {
            let code = errno
            close(fd)
            throw .syscall("lseek", path: path, errno: code)
        }
        length = Int(end)
        do {
            try AtomicFile.syncDirectory(AtomicFile.parentDirectory(of: path))
        } catch {
            close(fd)
            throw error
        }
    }

    deinit {
        close(fd)
    }

    /// Appends one line and makes it durable.
    /// - Returns: the ledger's new length, to commit to the state database.
    @discardableResult
    public func append(_ entry: LedgerEntry) throws(PlatformError) -> Int {
        try append([entry])
    }

    /// Appends several lines with one `write` and one `fsync`. On failure the ledger is cut back to its length
    /// before the call.
    /// - Returns: the ledger's new length, to commit to the state database.
    @discardableResult
    public func append(_ entries: [LedgerEntry]) throws(PlatformError) -> Int {
        guard !entries.isEmpty else { return length }
        let line = entries.flatMap { $0.line() }
        var offset = 0
        while offset < line.count {
            let written = line.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                _ = ftruncate(fd, off_t(length))
                throw .syscall("write", path: path, errno: code)
            }
            offset += written
        }
        guard FileSync.sync(fd) == 0 else {
            let code = errno
            _ = ftruncate(fd, off_t(length))
            throw .syscall("fsync", path: path, errno: code)
        }
        length += line.count
        return length
    }

    /// Cuts a torn last line (bytes after the last newline) and returns the complete lines after
    /// `committedBytes`, the length the state database last committed (nil: none, so every line is returned).
    /// Lines that are not valid ledger JSON are skipped. When the ledger is shorter than the committed length
    /// (replaced from outside), nothing is returned.
    public func recover(committedBytes: Int?) throws(PlatformError) -> [LedgerEntry] {
        let bytes = try readAll()
        var end = bytes.count
        while end > 0, bytes[end - 1] != UInt8(ascii: "\n") { end -= 1 }
        if end < bytes.count {
            guard ftruncate(fd, off_t(end)) == 0 else { throw .syscall("ftruncate", path: path, errno: errno) }
            guard FileSync.sync(fd) == 0 else { throw .syscall("fsync", path: path, errno: errno) }
        }
        length = end
        let start = committedBytes ?? 0
        guard start <= end else { return [] }
        let decoder = JSONDecoder()
        return bytes[start..<end].split(separator: UInt8(ascii: "\n")).compactMap { line in
            try? decoder.decode(LedgerEntry.self, from: Data(line))
        }
    }

    private func readAll() throws(PlatformError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        var position: off_t = 0
        while true {
            let got = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, position) }
            if got < 0 {
                if errno == EINTR { continue }
                throw .syscall("pread", path: path, errno: errno)
            }
            if got == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<got])
            position += off_t(got)
        }
    }
}
