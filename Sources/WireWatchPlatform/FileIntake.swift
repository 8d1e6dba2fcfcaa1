import Glibc
import WireWatchCore

/// The bytes of one inbox entry and the SHA-256 that identifies them.
public struct IntakeFile: Sendable, Equatable {
    /// The path the bytes were read from.
    public var path: String
    /// The name as dropped (the last path component).
    public var name: String
    public var bytes: [UInt8]
    /// Lowercase hex SHA-256 of `bytes`.
    public var sha256: String
    /// The entry's identity when it was opened (before reading).
    public var identity: FileIdentity? = nil
}

/// Reads one inbox entry safely: never follows a symbolic link, never blocks on a FIFO, refuses anything that is
/// not a regular file, and enforces the size limit before reading.
public struct FileIntake: Sendable {
    /// Files larger than this are refused with ``PipelineError/tooLarge(bytes:limit:)``.
    public var maxBytes: Int

    public init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// Reads the file at `path`.
    /// - Throws: `.notRegularFile(kind:)` for a directory, FIFO, socket, device or symbolic link; `.tooLarge` over
    ///   the limit; `.emptyInput` for 0 bytes; `.unreadable(errno:)` when the OS refuses (`ENOENT` when the entry
    ///   vanished).
    public func read(path: String) throws(PipelineError) -> IntakeFile {
        var status = stat()
        guard lstat(path, &status) == 0 else { throw .unreadable(errno: errno) }
        if let kind = Self.kindName(status.st_mode) { throw .notRegularFile(kind: kind) }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP { throw .notRegularFile(kind: "symbolic link") }
            throw .unreadable(errno: code)
        }
        defer { close(fd) }
        guard fstat(fd, &status) == 0 else { throw .unreadable(errno: errno) }
        let identity = FileIdentity(status)
        if let kind = Self.kindName(status.st_mode) { throw .notRegularFile(kind: kind) }
        let size = Int(status.st_size)
        if size > maxBytes { throw .tooLarge(bytes: size, limit: maxBytes) }
        let bytes = try Self.readAll(fd: fd, expected: size, limit: maxBytes)
        if bytes.isEmpty { throw .emptyInput }
        return IntakeFile(
            path: path, name: Self.lastComponent(of: path), bytes: bytes, sha256: ContentHash.sha256Hex(bytes),
            identity: identity)
    }

    /// Reads until end of file, refusing to go past `limit` (the file may grow after `fstat`).
    static func readAll(fd: Int32, expected: Int, limit: Int) throws(PipelineError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: min(expected, limit) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { throw .tooLarge(bytes: count, limit: limit) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), limit + 1 - count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(errno: errno)
            }
            if got == 0 { break }
            count += got
        }
        if count > limit { throw .tooLarge(bytes: count, limit: limit) }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// The kind of a non-regular entry, or nil for a regular file.
    static func kindName(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "directory"
        case S_IFIFO: "FIFO"
        case S_IFLNK: "symbolic link"
        case S_IFSOCK: "socket"
        case S_IFCHR: "character device"
        case S_IFBLK: "block device"
        default: "special file"
        }
    }

    static func lastComponent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }
}
