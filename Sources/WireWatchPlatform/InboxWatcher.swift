@preconcurrency import Dispatch
import Glibc
import Synchronization

/// Watches one folder with inotify and delivers its events as an `AsyncStream`.
///
/// The watch exists as soon as `init` returns, so a rescan made after it misses nothing: a file that arrives between
/// the two is seen twice at worst, never zero times (the pipeline ignores a path already queued, and content hashes
/// make a second pass a duplicate). Events wait in the kernel until they are read from a Dispatch read source
/// (the pattern of swift-service-lifecycle's `UnixSignalsSequence`): its handler reads and decodes the records,
/// drops ignored names and yields the rest; its cancel handler closes the descriptor and finishes the stream.
///
/// Overflows are coalesced: while one `.overflow` waits in the stream (not yet taken by ``acknowledgeOverflow()``),
/// later ones are dropped, since the one rescan it asks for covers them all. Without this, a long burst queued
/// hundreds of overflows and the consumer rescanned a 100,000-entry inbox for each, one after the other.
public final class InboxWatcher: Sendable {
    /// The mask of the watch: files closed after writing or renamed in, queue overflows and the watch's own end.
    public static let mask =
        UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_Q_OVERFLOW)
        | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

    private static let readSize = 64 * 1024

    /// The watched folder.
    public let path: String
    /// The events, in kernel order. Finishes after ``stop()``, or when the last iterator goes away.
    public let events: AsyncStream<InboxEvent>
    private let source: DispatchSource
    private let overflowFlag = OverflowFlag()

    /// Creates the inotify descriptor and adds the watch on `path`.
    /// - Parameters:
    ///   - path: the inbox folder; it must exist and be a folder (`IN_ONLYDIR`).
    ///   - filter: the names to drop silently (hidden and temporary ones).
    ///   - queue: where the read source runs; a private serial queue by default.
    /// - Throws: ``PlatformError/syscall(_:path:errno:)`` when inotify is unavailable or the watch cannot be added.
    public init(
        path: String,
        filter: InboxNameFilter = InboxNameFilter(),
        queue: DispatchQueue = DispatchQueue(label: "wirewatch.inbox-watcher")
    ) throws(PlatformError) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw .syscall("inotify_init1", path: path, errno: errno) }
        guard inotify_add_watch(descriptor, path, Self.mask) >= 0 else {
            let code = errno
            close(descriptor)
            throw .syscall("inotify_add_watch", path: path, errno: code)
        }
        self.path = path
        // Safe: Dispatch always returns a DispatchSource for a read source.
        let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue) as! DispatchSource
        self.source = source
        let (stream, continuation) = AsyncStream.makeStream(of: InboxEvent.self)
        self.events = stream
        let decoder = InboxEventDecoder()
        let overflowFlag = self.overflowFlag
        source.setEventHandler {
            for event in Self.readAvailable(descriptor, decoder: decoder) {
                if case .file(let name) = event, filter.isIgnored(name) { continue }
                if event == .overflow, !overflowFlag.raise() { continue }
                continuation.yield(event)
            }
        }
        source.setCancelHandler {
            close(descriptor)
            continuation.finish()
        }
        continuation.onTermination = { _ in source.cancel() }
        source.resume()
    }

    deinit {
        source.cancel()
    }

    /// Called by the consumer when it takes an `.overflow`, before it rescans: a later overflow is delivered again.
    public func acknowledgeOverflow() {
        overflowFlag.lower()
    }

    /// Removes the watch, closes the descriptor and finishes ``events``. Idempotent.
    public func stop() {
        source.cancel()
    }

    /// Reads until the descriptor would block; the kernel only returns whole records.
    private static func readAvailable(_ descriptor: Int32, decoder: InboxEventDecoder) -> [InboxEvent] {
        var events: [InboxEvent] = []
        var buffer = [UInt8](repeating: 0, count: readSize)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.withUnsafeBytes { events += decoder.decode(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
                continue
            }
            if count < 0 && errno == EINTR { continue }
            return events
        }
    }
}

/// Whether an overflow waits in the stream, untaken.
private final class OverflowFlag: Sendable {
    private let pending = Mutex(false)

    /// Raises the flag; returns false when it was already raised (the overflow is then dropped).
    func raise() -> Bool {
        pending.withLock { pending in
            defer { pending = true }
            return !pending
        }
    }

    func lower() {
        pending.withLock { $0 = false }
    }
}
