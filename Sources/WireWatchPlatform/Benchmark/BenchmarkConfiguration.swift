import Foundation

/// The configuration files the benchmark gives its `wirewatch` children.
enum BenchmarkConfiguration {
    /// Writes a daemon configuration whose folders live under `root`: `inbox`, `quarantine`, and the given output,
    /// state and processed folders (processed nil: consumed inputs are deleted).
    static func write(
        to path: String, root: String, output: String, state: String, workers: Int?, processed: String?
    ) throws(PlatformError) {
        for folder in [root + "/inbox", root + "/quarantine", output, state] + (processed.map { [$0] } ?? []) {
            try DirectoryMaker.create(folder)
        }
        let object: [String: Any] = [
            "inbox": root + "/inbox",
            "output": output,
            "state": state,
            "quarantine": root + "/quarantine",
            "processed": processed ?? NSNull(),
            "log_level": "info",
            "workers": workers ?? NSNull(),
            "status_interval_seconds": 2,
        ]
        do {
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            try AtomicFile.write(Array(data), to: path)
        } catch let error as PlatformError {
            throw error
        } catch {
            throw .benchmark("cannot encode the configuration \(path): \(error)")
        }
    }
}
