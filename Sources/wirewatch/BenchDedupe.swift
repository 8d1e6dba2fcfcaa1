import ArgumentParser
import Foundation
import WireWatchPlatform

/// `wirewatch bench-dedupe`: fills a dedupe memory in SQLite with generated articles and measures admissions at
/// growing memory sizes (is the cost per article flat?) and the memory per indexed article.
struct BenchDedupe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-dedupe",
        abstract: "Measure dedupe admissions and memory at growing numbers of indexed articles (build with -c release).",
        discussion: """
            Example: wirewatch bench-dedupe --indexed 1000 --indexed 10000 --indexed 100000 --indexed 1000000 \
            --json bench/dedupe-scale.json. See docs/dedupe.md.
            """)

    @Option(help: "Memory sizes to measure at, in indexed articles (repeat the option).")
    var indexed: [Int] = [1_000, 10_000, 100_000]

    @Option(help: "Admissions measured at each size (the last ones before it).")
    var batch = 1_000

    @Option(help: "Admissions written to SQLite per transaction.")
    var flushEvery = 256

    @Option(help: "Seed of the synthetic corpus.")
    var seed: UInt64 = 42

    @Option(help: "Scratch folder for the state database (its dedupe-state folder is replaced).")
    var scratch = "/tmp/wirewatch-bench-dedupe"

    @Option(help: "Where to write the JSON report.")
    var json = "bench-dedupe.json"

    @Option(help: "A label stored in the report (e.g. the commit).")
    var label = ""

    @Flag(help: "Skip timing a fresh load of the largest memory.")
    var skipReload = false

    @Flag(help: "Fill by indexing articles as new and unrelated (no candidate search); measured batches stay full.")
    var fastFill = false

    func validate() throws {
        guard indexed.allSatisfy({ $0 > 0 }), batch > 0, flushEvery > 0 else {
            throw ValidationError("--indexed, --batch and --flush-every must be positive.")
        }
    }

    func run() throws {
        var options = DedupeScaleBenchmark.Options(scratch: scratch)
        options.sizes = indexed
        options.batch = batch
        options.flushEvery = flushEvery
        options.seed = seed
        options.label = label
        options.measuresReload = !skipReload
        options.fastFill = fastFill
        let report = try DedupeScaleBenchmark().run(options: options) { printError("bench dedupe: " + $0) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(report).write(to: URL(fileURLWithPath: json))
        print(report.table)
        print("\nreport: \(json)")
    }
}
