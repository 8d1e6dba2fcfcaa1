import Foundation
import Glibc
import Synchronization

/// A unix datagram socket bound to a temporary path, standing in for systemd's `NOTIFY_SOCKET`.
///
/// A thread reads it continuously, as systemd does: `sd_notify` blocks once a datagram socket's queue holds
/// `net.unix.max_dgram_qlen` (10) unread messages, so a socket that is not drained would stall the daemon.
final class NotifySocket: Sendable {
    let path: String
    private let directory: String
    private let reader: Reader

    init() throws {
        // sockaddr_un holds at most 107 bytes of path: stay short, under /tmp.
        directory = "/tmp/wwn-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let socketPath = directory + "/notify.sock"
        path = socketPath
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in socketPath.utf8.enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0 else {
            close(descriptor)
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        let reader = Reader(descriptor: descriptor)
        self.reader = reader
        Thread { reader.run() }.start()
    }

    deinit {
        reader.isClosed.store(true, ordering: .sequentiallyConsistent)
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Every datagram received so far, in order.
    var messages: [String] {
        reader.received.withLock { $0 }
    }

    /// Waits until a datagram equal to `message` is among those received after the first `after`.
    func waitFor(_ message: String, after: Int = 0, timeout: Duration) async -> Bool {
        await waitUntil(timeout: timeout) { messages.dropFirst(after).contains(message) }
    }

    /// The reading side, shared with the thread; the thread closes the descriptor when told to stop.
    private final class Reader: Sendable {
        let descriptor: Int32
        let received = Mutex<[String]>([])
        let isClosed = Atomic<Bool>(false)

        init(descriptor: Int32) {
            self.descriptor = descriptor
        }

        func run() {
            defer { close(descriptor) }
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !isClosed.load(ordering: .sequentiallyConsistent) {
                var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&pollDescriptor, 1, 50) == 1 else { continue }
                let count = buffer.withUnsafeMutableBytes {
                    recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT))
                }
                guard count >= 0 else { continue }
                let message = String(decoding: buffer[0..<count], as: UTF8.self)
                received.withLock { $0.append(message) }
            }
        }
    }
}
