import Foundation
import Glibc
import Synchronization

/// Records when each file first appears in a folder by rename (`IN_MOVED_TO`), as the pipeline puts its outputs
/// in place. A dedicated thread blocks in `poll` on the inotify descriptor and stamps each event as soon as it is
/// read, so the stamp does not wait for any queue or task.
public final class OutputWatcher: Sendable {
    private struct Seen {
        var times: [String: ContinuousClock.Instant] = [:]
        var order: [String] = []
    }

    /// The watched folder.
    public let path: String
    private let descriptor: Int32
    private let stopPipe: (read: Int32, write: Int32)
    private let seen = Mutex(Seen())
    private let arrivals = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    /// Adds the watch and starts the thread.
    public init(path: String) throws(PlatformError) {
        self.path = path
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw .syscall("inotify_init1", path: path, errno: errno) }
        guard inotify_add_watch(descriptor, path, UInt32(IN_MOVED_TO)) >= 0 else {
            let code = errno
            close(descriptor)
            throw .syscall("inotify_add_watch", path: path, errno: code)
        }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else {
            let code = errno
            close(descriptor)
            throw .syscall("pipe", path: path, errno: code)
        }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        stopPipe = (fds[0], fds[1])
        Thread.detachNewThread { [self] in watch() }
    }

    /// Stops the thread and closes the descriptors. Call once.
    public func stop() {
        var byte: UInt8 = 1
        _ = write(stopPipe.write, &byte, 1)
        finished.wait()
        close(descriptor)
        close(stopPipe.read)
        close(stopPipe.write)
    }

    /// How many distinct names have appeared.
    public var count: Int {
        seen.withLock { $0.order.count }
    }

    /// When `name` first appeared, if it did.
    public func time(of name: String) -> ContinuousClock.Instant? {
        seen.withLock { $0.times[name] }
    }

    /// Every name that appeared, with its first time.
    public var times: [String: ContinuousClock.Instant] {
        seen.withLock { $0.times }
    }

    /// Waits until at least `count` distinct names have appeared, or until `deadline`. Returns whether they did.
    public func wait(forCount count: Int, until deadline: ContinuousClock.Instant) -> Bool {
        while self.count < count {
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return false }
            let (seconds, attoseconds) = left.components
            let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
            _ = arrivals.wait(timeout: .now() + .nanoseconds(min(nanoseconds, 100_000_000)))
        }
        return true
    }

    private func watch() {
        let decoder = InboxEventDecoder()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0)]
        while true {
            guard poll(&fds, 2, -1) >= 0 || errno == EINTR else { break }
            if fds[1].revents != 0 { break }
            guard fds[0].revents != 0 else { continue }
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            let now = ContinuousClock.now
            guard got > 0 else { continue }
            let events = buffer.withUnsafeBytes { decoder.decode(UnsafeRawBufferPointer(rebasing: $0[0..<got])) }
            var added = 0
            seen.withLock { seen in
                for case .file(let name) in events where seen.times[name] == nil {
                    seen.times[name] = now
                    seen.order.append(name)
                    added += 1
                }
            }
            for _ in 0..<added { arrivals.signal() }
        }
        finished.signal()
    }
}
