import Foundation
import Glibc

/// Describes this machine for a benchmark report.
enum MachineDescription {
    static func current(scratch: String) -> BenchmarkReport.Machine {
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) }
            ?? "unknown"
        var names = utsname()
        uname(&names)
        let kernel = withUnsafeBytes(of: &names.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let load =
            (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").prefix(3).compactMap { Double($0) } ?? []
        return BenchmarkReport.Machine(
            cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), cpu: cpu, kernel: kernel,
            memoryMB: Double(sysconf(Int32(_SC_PHYS_PAGES)) * sysconf(Int32(_SC_PAGESIZE))) / 1e6,
            fileSystem: fileSystem(of: scratch), loadAverage: load)
    }

    /// The type of the file system mounted at the longest mount point above `path` (`/proc/self/mounts`).
    static func fileSystem(of path: String) -> String {
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return "unknown" }
        var best = (point: "", type: "unknown")
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = String(fields[1])
            let covers = point == "/" || path == point || path.hasPrefix(point + "/")
            if covers, point.count >= best.point.count { best = (point, String(fields[2])) }
        }
        return best.type
    }
}
