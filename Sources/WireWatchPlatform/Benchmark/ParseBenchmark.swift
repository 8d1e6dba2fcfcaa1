import Foundation
import Glibc
import WireWatchCore

/// Times the parse stage alone (``ArticleParser``: decoding, extraction, cleaning, metadata) on one thread over a
/// folder of dropped files, read into memory first. No other stage runs and nothing is written: the number to
/// compare when changing the parser.
public struct ParseBenchmark: Sendable {
    /// The timings of one folder.
    public struct Measurement: Sendable, Equatable, Codable {
        public var files: Int
        public var megabytes: Double
        /// Passes over the folder; the best pass is reported.
        public var passes: Int
        /// Articles parsed out of the files (a file may hold several, or none).
        public var articles: Int
        /// Processor seconds of the best pass (this thread only), per file in milliseconds, and files per second.
        public var cpuSeconds: Double
        public var cpuMillisecondsPerFile: Double
        public var filesPerCPUSecond: Double
    }

    public var passes: Int

    public init(passes: Int = 5) {
        self.passes = max(1, passes)
    }

    /// Reads every regular file of `folder` and times the passes.
    public func run(folder: String) throws -> Measurement {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        let files = try names.map { name in
            (name, try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))
        }
        let bytes = files.reduce(0) { $0 + $1.1.count }
        let parser = ArticleParser()
        var best = Double.infinity, articles = 0
        for _ in 0..<passes {
            let start = ClockReading.threadCPU()
            var count = 0
            for (name, data) in files { count += (try? parser.parse(data, fileName: name))?.count ?? 0 }
            best = min(best, ClockReading.threadCPU() - start)
            articles = count
        }
        let count = Double(max(files.count, 1))
        return Measurement(
            files: files.count, megabytes: Double(bytes) / 1_000_000, passes: passes, articles: articles,
            cpuSeconds: best, cpuMillisecondsPerFile: best * 1000 / count,
            filesPerCPUSecond: count / max(best, 1e-9))
    }

}
