import Glibc
import Synchronization

/// Where ``JSONLogHandler`` writes its lines: a file descriptor (standard output) or memory (tests).
/// Each line is written whole under a lock, so lines from different threads never interleave.
public final class LogOutput: Sendable {
    private let descriptor: Int32?
    private let state = Mutex<[UInt8]>([])

    /// Lines go to standard output.
    public static let standardOutput = LogOutput(descriptor: STDOUT_FILENO)

    /// Lines go to `descriptor`, which stays open.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Lines are kept in memory; read them with ``captured``.
    public init() {
        self.descriptor = nil
    }

    /// The bytes written to a memory output so far.
    public var captured: [UInt8] {
        state.withLock { $0 }
    }

    /// The lines written to a memory output so far, decoded as UTF-8.
    public var capturedLines: [String] {
        String(decoding: captured, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func write(_ line: [UInt8]) {
        state.withLock { buffer in
            guard let descriptor else {
                buffer.append(contentsOf: line)
                return
            }
            var offset = 0
            while offset < line.count {
                let written = line.withUnsafeBytes {
                    Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
