import Foundation
import Glibc
import Synchronization
import WireWatchCore

/// Times the HTML path of the parse stage alone on a folder of saved pages (`.html`, `.htm`): the pages are read
/// into memory first, then extracted by ``HTMLArticleExtractor`` (main text and metadata) and parsed by
/// ``ArticleParser`` (extraction and the plain-text cleaning), each on `workers` threads. No output is written.
public struct HTMLExtractionBenchmark: Sendable {
    /// The timings of one folder.
    public struct Measurement: Sendable, Equatable, Codable {
        public var pages: Int
        public var megabytes: Double
        public var workers: Int
        /// Passes over the folder; the best pass is reported.
        public var passes: Int
        /// Pages the extractor turned into an article.
        public var extracted: Int
        /// Wall-clock seconds of the best extraction pass, and its pages per second.
        public var extractSeconds: Double
        public var extractPagesPerSecond: Double
        /// Processor seconds (all threads) of the best extraction pass, and its pages per processor second: the
        /// rate one free core gives, whatever else the machine runs.
        public var extractCPUSeconds: Double
        public var extractPagesPerCPUSecond: Double
        public var parseSeconds: Double
        public var parsePagesPerSecond: Double
        public var parseCPUSeconds: Double
        public var parsePagesPerCPUSecond: Double
    }

    public var workers: Int
    public var passes: Int

    public init(workers: Int, passes: Int = 3) {
        self.workers = max(1, workers)
        self.passes = max(1, passes)
    }

    /// Reads every page of `folder` and times the passes.
    public func run(folder: String) throws -> Measurement {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            let lowered = $0.lowercased()
            return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm")
        }.sorted()
        let pages = try names.map { name in
            (name, try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))
        }
        let bytes = pages.reduce(0) { $0 + $1.1.count }
        var extract = Timing(seconds: .infinity, cpuSeconds: .infinity, count: 0)
        var parse = extract
        for _ in 0..<passes {
            extract = extract.best(time(pages) { _, page in (try? HTMLArticleExtractor().extract(page)) != nil })
            parse = parse.best(time(pages) { name, page in (try? ArticleParser().parse(page, fileName: name)) != nil })
        }
        let count = Double(pages.count)
        return Measurement(
            pages: pages.count, megabytes: Double(bytes) / 1_000_000, workers: workers, passes: passes,
            extracted: extract.count, extractSeconds: extract.seconds,
            extractPagesPerSecond: count / max(extract.seconds, 1e-9), extractCPUSeconds: extract.cpuSeconds,
            extractPagesPerCPUSecond: count / max(extract.cpuSeconds, 1e-9), parseSeconds: parse.seconds,
            parsePagesPerSecond: count / max(parse.seconds, 1e-9), parseCPUSeconds: parse.cpuSeconds,
            parsePagesPerCPUSecond: count / max(parse.cpuSeconds, 1e-9))
    }

    /// One pass: wall-clock and processor seconds, pages accepted.
    private struct Timing {
        var seconds: Double
        var cpuSeconds: Double
        var count: Int

        func best(_ other: Timing) -> Timing {
            Timing(
                seconds: min(seconds, other.seconds), cpuSeconds: min(cpuSeconds, other.cpuSeconds),
                count: other.count)
        }
    }


    /// Runs `body` over every page on `workers` threads (pages taken in turn from a shared counter); returns the
    /// timing and how many pages `body` accepted.
    private func time(
        _ pages: [(String, [UInt8])], _ body: @Sendable (String, [UInt8]) -> Bool
    ) -> Timing {
        let next = Atomic<Int>(0)
        let accepted = Atomic<Int>(0)
        let start = ContinuousClock.now
        let startCPU = ClockReading.processCPU()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < pages.count else { break }
                if body(pages[index].0, pages[index].1) { accepted.add(1, ordering: .relaxed) }
            }
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Timing(
            seconds: seconds, cpuSeconds: ClockReading.processCPU() - startCPU, count: accepted.load(ordering: .relaxed))
    }
}
