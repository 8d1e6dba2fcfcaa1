/// Output files of one or more inputs, encoded and waiting to be written together by
/// ``ResultWriter/write(_:syncingDirectories:)``: files to write and story files to remove, in order. When a path
/// comes several times (an article revised by a later input of the batch), the last change wins.
public struct ResultBatch: Sendable, Equatable {
    /// One encoded record: its final path and its bytes.
    public struct File: Sendable, Equatable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// Each change in order: bytes to write at a path, or nil to remove the file at that path.
    private(set) var changes: [(path: String, bytes: [UInt8]?)] = []

    public init() {}

    public var isEmpty: Bool { changes.isEmpty }

    /// Adds a file to write.
    public mutating func write(_ file: File) {
        changes.append((file.path, file.bytes))
    }

    /// Adds a file to remove (once the batch's new files are in place).
    public mutating func remove(path: String) {
        changes.append((path, nil))
    }

    /// Adds every change of `other`, after this batch's.
    public mutating func append(_ other: ResultBatch) {
        changes += other.changes
    }

    /// The last change of each path: the files to write (in order) and the paths to remove.
    func resolved() -> (files: [File], removals: [String]) {
        var last: [String: Int] = [:]
        for (index, change) in changes.enumerated() { last[change.path] = index }
        var files: [File] = []
        var removals: [String] = []
        for (index, change) in changes.enumerated() where last[change.path] == index {
            if let bytes = change.bytes {
                files.append(File(path: change.path, bytes: bytes))
            } else {
                removals.append(change.path)
            }
        }
        return (files, removals)
    }

    public static func == (lhs: ResultBatch, rhs: ResultBatch) -> Bool {
        lhs.changes.map(\.path) == rhs.changes.map(\.path) && lhs.changes.map(\.bytes) == rhs.changes.map(\.bytes)
    }
}
