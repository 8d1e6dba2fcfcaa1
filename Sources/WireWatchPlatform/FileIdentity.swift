import Glibc

/// What tells two states of an inbox entry apart without reading it: device, inode, size and modification time.
///
/// Taken when an input is read and compared before the input is moved away, so that bytes a writer added after
/// the read (a writer that closes and reopens the file) are never moved out of the inbox unprocessed.
public struct FileIdentity: Sendable, Equatable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int

    /// The identity of a `stat` result.
    public init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modifiedSeconds = status.st_mtim.tv_sec
        modifiedNanoseconds = status.st_mtim.tv_nsec
    }

    /// The identity of the entry at `path` (not following a symbolic link), or nil when it is gone.
    public static func of(path: String) -> FileIdentity? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return FileIdentity(status)
    }
}
