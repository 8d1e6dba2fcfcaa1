import Dispatch
import Synchronization
import WireWatchCore

/// Output files of one or more inputs, waiting to be written together by
/// ``ResultWriter/write(_:syncingDirectories:)``: files to write and story files to remove, in order. When a path
/// comes several times (an article revised by a later input of the batch), the last change wins.
///
/// A file is held either as its bytes or as its record being encoded on a global queue
/// (``ResultWriter/records(articles:stories:removedStories:)``): encoding starts as soon as the record is final
/// (after its input's dedupe) and runs beside the serial work queue's next admissions; the batch's write waits for
/// the bytes.
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
        /// A record being encoded.
        case encoding(Encoding)
        /// The file is removed.
        case removal
    }

    /// A record's encoding, started on a global queue when created; ``bytes()`` waits for it.
    final class Encoding: Sendable, Equatable {
        private let result = Mutex<Result<[UInt8], PlatformError>?>(nil)
        private let ready = DispatchSemaphore(value: 0)

        init(_ encode: @escaping @Sendable () throws(PlatformError) -> [UInt8]) {
            DispatchQueue.global().async { [self] in
                let outcome = Result<[UInt8], PlatformError> { () throws(PlatformError) in try encode() }
                result.withLock { $0 = outcome }
                ready.signal()
            }
        }

        /// The encoded bytes, once ready.
        func bytes() throws(PlatformError) -> [UInt8] {
            if let outcome = result.withLock({ $0 }) { return try outcome.get() }
            ready.wait()
            ready.signal()  // for any later caller
            return try result.withLock { $0! }.get()
        }

        static func == (lhs: Encoding, rhs: Encoding) -> Bool {
            lhs === rhs || (try? lhs.bytes()) == (try? rhs.bytes())
        }
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

    /// Adds a record (being encoded) to write at `path` when the batch is written.
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
