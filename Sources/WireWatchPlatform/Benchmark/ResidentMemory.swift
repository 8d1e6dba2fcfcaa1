import Glibc

/// Resident memory of a process from `/proc/PID/status`: `VmRSS` (now) and `VmHWM` (the peak so far).
public struct ResidentMemory: Sendable, Equatable, Codable {
    /// Bytes resident now.
    public var current: Int
    /// The most bytes resident at any time so far.
    public var peak: Int

    public init(current: Int, peak: Int) {
        self.current = current
        self.peak = peak
    }

    /// The memory of process `pid` (of this process by default), or nil when it cannot be read.
    public static func of(pid: pid_t? = nil) -> ResidentMemory? {
        let path = pid.map { "/proc/\($0)/status" } ?? "/proc/self/status"
        guard let text = try? String(decoding: readFile(path), as: UTF8.self) else { return nil }
        return parse(status: text)
    }

    /// Reads `VmRSS:` and `VmHWM:` (in kB) out of the text of a `/proc/PID/status` file.
    public static func parse(status: String) -> ResidentMemory? {
        var current: Int?
        var peak: Int?
        for line in status.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let kilobytes = Int(fields[1]) else { continue }
            if fields[0] == "VmRSS:" { current = kilobytes * 1024 }
            if fields[0] == "VmHWM:" { peak = kilobytes * 1024 }
        }
        guard let current, let peak else { return nil }
        return ResidentMemory(current: current, peak: peak)
    }

    private static func readFile(_ path: String) throws(PlatformError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .syscall("open", path: path, errno: errno) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return bytes }
            bytes += chunk[..<got]
        }
    }
}
