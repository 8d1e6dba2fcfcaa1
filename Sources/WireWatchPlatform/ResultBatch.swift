import WireWatchCore

/// Output files of one or more inputs, waiting to be written together by
/// ``ResultWriter/write(_:syncingDirectories:)``: files to write and story files to remove, in order. When a path
/// comes several times (an article revised by a later input of the batch), the last change wins.
///
/// A file is held either as its bytes or as the record itself
/// (``ResultWriter/records(articles:stories:removedStories:)``), encoded only when the batch is written: then only
/// the last version of a path is encoded, and the batch's files are encoded by several threads at once (the serial
/// work queue's and up to three more).
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

    /// What a change puts at its path.
    enum Content: Sendable, Equatable {
        /// Bytes already encoded.
        case bytes([UInt8])
        /// A record to encode when the batch is written.
        case article(Article)
        case story(Story)
        /// The file is removed.
        case removal
    }

    /// A file of the batch to write: its final path and its bytes or record.
    struct Pending: Sendable {
        var path: String
        var content: Content
    }

    /// Each change in order.
    private(set) var changes: [Pending] = []

    public init() {}

    public var isEmpty: Bool { changes.isEmpty }

    /// Adds a file to write.
    public mutating func write(_ file: File) {
        changes.append(Pending(path: file.path, content: .bytes(file.bytes)))
    }

    /// Adds a record to encode and write at `path` when the batch is written.
    mutating func write(_ content: Content, path: String) {
        changes.append(Pending(path: path, content: content))
    }

    /// Adds a file to remove (once the batch's new files are in place).
    public mutating func remove(path: String) {
        changes.append(Pending(path: path, content: .removal))
    }

    /// Adds every change of `other`, after this batch's.
    public mutating func append(_ other: ResultBatch) {
        changes += other.changes
    }

    /// The last change of each path: the files to write (in order) and the paths to remove.
    func resolved() -> (files: [Pending], removals: [String]) {
        var last: [String: Int] = [:]
        for (index, change) in changes.enumerated() { last[change.path] = index }
        var files: [Pending] = []
        var removals: [String] = []
        for (index, change) in changes.enumerated() where last[change.path] == index {
            if case .removal = change.content {
                removals.append(change.path)
            } else {
                files.append(change)
            }
        }
        return (files, removals)
    }

    public static func == (lhs: ResultBatch, rhs: ResultBatch) -> Bool {
        lhs.changes.map(\.path) == rhs.changes.map(\.path) && lhs.changes.map(\.content) == rhs.changes.map(\.content)
    }
}
