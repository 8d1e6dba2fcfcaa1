import Foundation
import Glibc

/// Writes whole files atomically: a temporary name in the same folder, `fsync`, `rename`, then `fsync` of the folder.
public enum AtomicFile {
    /// Writes `bytes` to `path` so that the file appears complete or not at all.
    /// - Parameters:
    ///   - permissions: mode of the new file (default `0o640`).
    ///   - syncingDirectory: `fsync` the folder after the rename (default). Pass false only when the caller syncs
    ///     the folder itself once after several writes.
    public static func write(
        _ bytes: [UInt8], to path: String, permissions: mode_t = 0o640, syncingDirectory: Bool = true
    ) throws(PlatformError) {
        let directory = parentDirectory(of: path)
        let temporary = temporaryPath(for: path)
        try writeTemporary(bytes, to: temporary, permissions: permissions, syncing: true)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .syscall("rename", path: path, errno: code)
        }
        if syncingDirectory { try syncDirectory(directory) }
    }

    /// The temporary name of `path` while it is written: `.<name>.<pid>.tmp` in the same folder.
    static func temporaryPath(for path: String) -> String {
        "\(parentDirectory(of: path))/.\(lastComponent(of: path)).\(getpid()).tmp"
    }

    /// Writes `bytes` to a new file at `temporary` (replacing it), `fsync`ed when `syncing`. On failure nothing is
    /// left at `temporary`.
    static func writeTemporary(
        _ bytes: [UInt8], to temporary: String, permissions: mode_t = 0o640, syncing: Bool
    ) throws(PlatformError) {
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, permissions)
        guard fd >= 0 else { throw .syscall("open", path: temporary, errno: errno) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(temporary)
                throw .syscall("write", path: temporary, errno: code)
            }
            offset += written
        }
        if syncing, FileSync.sync(fd) != 0 {
            let code = errno
            close(fd)
            unlink(temporary)
            throw .syscall("fsync", path: temporary, errno: code)
        }
        close(fd)
    }

    /// Deletes the temporary files that ``write(_:to:permissions:syncingDirectory:)`` leaves in `directory` when the
    /// process is killed between creating and renaming them (`.NAME.PID.tmp`, from another process than this one).
    /// Call it at startup, before any write. Entries of other shapes and sub-folders are left alone.
    /// - Returns: the names removed.
    @discardableResult
    public static func removeTemporaries(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let own = ".\(getpid()).tmp"
        return names.filter { name in
            guard isTemporaryName(name), !name.hasSuffix(own) else { return false }
            return unlink(directory + "/" + name) == 0
        }
    }

    /// `.NAME.PID.tmp`, as ``write(_:to:permissions:syncingDirectory:)`` names its temporary files.
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let pid = parts.last, !pid.isEmpty else { return false }
        return pid.allSatisfy(\.isASCII) && pid.allSatisfy(\.isNumber) && !parts.dropLast().joined().isEmpty
    }

    /// `fsync` of a folder, so that a rename into it survives a crash.
    public static func syncDirectory(_ directory: String) throws(PlatformError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .syscall("open", path: directory, errno: errno) }
        defer { close(fd) }
        guard FileSync.sync(fd) == 0 else { throw .syscall("fsync", path: directory, errno: errno) }
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
