import Glibc

/// Lists the inbox for what arrived while no watch was reading: at start (after the watch is added) and after an
/// event-queue overflow.
public struct InboxScanner: Sendable {
    /// One listing of the inbox.
    public struct Listing: Sendable, Equatable {
        /// Accepted names, oldest modification first (then by name), so that the backlog is processed in arrival order.
        public var names: [String]
        /// Names that are not valid UTF-8, as raw bytes (renamed by ``InboxNameRepair`` before they are queued).
        public var undecodableNames: [[UInt8]]
    }

    /// The folder listed.
    public let directory: String
    /// The names left alone (hidden and temporary ones).
    public let filter: InboxNameFilter

    public init(directory: String, filter: InboxNameFilter = InboxNameFilter()) {
        self.directory = directory
        self.filter = filter
    }

    /// Lists the folder. Every kind of entry is returned (a folder, FIFO or symlink is bad input that the pipeline
    /// quarantines); nothing is followed or opened. An entry that disappears while listing is skipped.
    /// - Throws: ``PlatformError/syscall(_:path:errno:)`` when the folder cannot be read.
    public func scan() throws(PlatformError) -> Listing {
        guard let handle = opendir(directory) else { throw .syscall("opendir", path: directory, errno: errno) }
        defer { closedir(handle) }
        var entries: [(seconds: Int, nanoseconds: Int, name: String)] = []
        var undecodable: [[UInt8]] = []
        while true {
            errno = 0
            guard let entry = readdir(handle) else {
                if errno != 0 { throw .syscall("readdir", path: directory, errno: errno) }
                break
            }
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                Array(bytes.prefix { $0 != 0 })
            }
            guard !raw.isEmpty, raw.first != UInt8(ascii: ".") else { continue }
            guard let name = String(validating: raw, as: UTF8.self) else {
                undecodable.append(raw)
                continue
            }
            guard !filter.isIgnored(name) else { continue }
            var info = stat()
            guard lstat(directory + "/" + name, &info) == 0 else { continue }
            entries.append((info.st_mtim.tv_sec, info.st_mtim.tv_nsec, name))
        }
        entries.sort { ($0.seconds, $0.nanoseconds, $0.name) < ($1.seconds, $1.nanoseconds, $1.name) }
        return Listing(names: entries.map(\.name), undecodableNames: undecodable)
    }
}
