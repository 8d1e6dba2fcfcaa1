import Foundation
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
        public var extractSeconds: Double
        public var extractPagesPerSecond: Double
        public var parseSeconds: Double
        public var parsePagesPerSecond: Double
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
        var extractSeconds = Double.infinity
        var parseSeconds = Double.infinity
        var extracted = 0
        for _ in 0..<passes {
            let (seconds, count) = time(pages) { _, page in (try? HTMLArticleExtractor().extract(page)) != nil }
            extractSeconds = min(extractSeconds, seconds)
            extracted = count
            let parse = time(pages) { name, page in (try? ArticleParser().parse(page, fileName: name)) != nil }
            parseSeconds = min(parseSeconds, parse.seconds)
        }
        return Measurement(
            pages: pages.count, megabytes: Double(bytes) / 1_000_000, workers: workers, passes: passes,
            extracted: extracted, extractSeconds: extractSeconds,
            extractPagesPerSecond: Double(pages.count) / max(extractSeconds, 1e-9),
            parseSeconds: parseSeconds, parsePagesPerSecond: Double(pages.count) / max(parseSeconds, 1e-9))
    }

    /// Runs `body` over every page on `workers` threads (pages taken in turn from a shared counter); returns the
    /// wall-clock seconds and how many pages `body` accepted.
    private func time(
        _ pages: [(String, [UInt8])], _ body: @Sendable (String, [UInt8]) -> Bool
    ) -> (seconds: Double, count: Int) {
        let next = Atomic<Int>(0)
        let accepted = Atomic<Int>(0)
        let start = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < pages.count else { break }
                if body(pages[index].0, pages[index].1) { accepted.add(1, ordering: .relaxed) }
            }
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (seconds, accepted.load(ordering: .relaxed))
    }
}
