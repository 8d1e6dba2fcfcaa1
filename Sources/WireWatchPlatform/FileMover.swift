import Glibc

/// Moves inbox entries into the `processed` and `quarantine` folders by `rename` (same file system), never
/// replacing an existing entry.
public enum FileMover {
    /// Moves `source` into `directory` as `name`, or `name-1`, `name-2`, ... (before the extension) when taken.
    /// - Parameters:
    ///   - companionSuffix: a suffix whose name must be free as well (`.reason.json`).
    /// - Returns: the path the entry now has.
    /// - Important: the folder is not `fsync`ed; call ``AtomicFile/syncDirectory(_:)`` when the move must be
    ///   durable.
    public static func move(
        _ source: String, into directory: String, name: String, companionSuffix: String? = nil
    ) throws(PlatformError) -> String {
        let target = try freeName(in: directory, for: name, companionSuffix: companionSuffix)
        guard rename(source, target) == 0 else { throw .syscall("rename", path: source, errno: errno) }
        return target
    }

    /// Deletes `path` (a file, a symbolic link or an empty folder).
    public static func remove(_ path: String) throws(PlatformError) {
        if unlink(path) == 0 { return }
        let code = errno
        if code == EISDIR || code == EPERM, rmdir(path) == 0 { return }
        if code == ENOENT { return }
        throw .syscall("unlink", path: path, errno: code)
    }

    /// The first of `name`, `name-1`, `name-2`, ... that names no entry in `directory` (nor with the suffix).
    public static func freeName(
        in directory: String, for name: String, companionSuffix: String? = nil
    ) throws(PlatformError) -> String {
        let (stem, ext) = split(name)
        for counter in 0..<10_000 {
            let candidate = counter == 0 ? name : "\(stem)-\(counter)\(ext)"
            let path = directory + "/" + candidate
            guard try isFree(path) else { continue }
            if let suffix = companionSuffix, try !isFree(path + suffix) { continue }
            return path
        }
        throw .syscall("rename", path: directory + "/" + name, errno: EEXIST)
    }

    private static func isFree(_ path: String) throws(PlatformError) -> Bool {
        var status = stat()
        if lstat(path, &status) == 0 { return false }
        if errno == ENOENT { return true }
        throw .syscall("lstat", path: path, errno: errno)
    }

    /// `("report", ".txt")` for `report.txt`; a leading dot does not start an extension.
    static func split(_ name: String) -> (String, String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), String(name[dot...]))
    }
}
