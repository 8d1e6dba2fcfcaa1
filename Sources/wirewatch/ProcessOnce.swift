import ArgumentParser
import Foundation
import Logging
import WireWatchCore
import WireWatchPlatform

/// `wirewatch process [--config PATH] [--output DIR] [--state DIR] PATH...`: one pass over files and folders with
/// the daemon's pipeline and outputs; the inputs are left where they are.
struct ProcessOnce: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Process files and folders once (inputs are left in place).",
        discussion: """
            Folders are read in name order, without recursion, skipping ignored names (`ignore_patterns`). \
            Exits 0 when every input is handled (a quarantined input counts as handled).
            """)

    @Option(help: "The configuration file (default: ./config.json when present, else built-in defaults).")
    var config: String?

    @Option(help: "The output folder (overrides the configuration's `output`).")
    var output: String?

    @Option(help: "The state folder (overrides the configuration's `state`).")
    var state: String?

    /// Benchmark only (hidden): measures what durability costs. Never for production: see `FileSync`.
    @Flag(name: .customLong("unsafe-no-fsync"), help: .hidden)
    var unsafeNoFsync = false

    @Argument(help: "Files and folders to process.")
    var paths: [String] = []

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one file or folder to process.") }
    }

    func run() async throws {
        let configuration = try makeConfiguration()
        let inputs = try InputList.files(in: paths, ignoring: configuration.ignorePatterns)
        try prepareFolders(of: configuration)
        if unsafeNoFsync { FileSync.disableForBenchmark() }
        LoggingSystem.bootstrap { JSONLogHandler(label: $0) }
        var logger = Logger(label: "wirewatch")
        logger.logLevel = Logger.Level(rawValue: configuration.logLevel) ?? .info
        let runner: PipelineRunner
        do {
            runner = try PipelineRunner(configuration: configuration, mode: .oneShot, logger: logger)
        } catch {
            printError("wirewatch process: cannot start: \(error)")
            throw ExitCode.failure
        }
        for input in inputs { runner.enqueue(path: input) }
        await runner.drain()
        let counts = runner.counts
        logger.info(
            "process.finished",
            metadata: [
                "inputs": .stringConvertible(inputs.count), "processed": .stringConvertible(counts.processed),
                "duplicates": .stringConvertible(counts.duplicates),
                "quarantined": .stringConvertible(counts.quarantined), "failed": .stringConvertible(counts.failed),
                "stage_ms": .dictionary(runner.stageTotals.milliseconds.mapValues { .stringConvertible($0.rounded()) }),
            ])
        if counts.failed > 0 {
            printError("wirewatch process: \(counts.failed) input(s) could not be handled; see the log.")
            throw ExitCode.failure
        }
    }

    /// The configuration file's settings (or the defaults) with the flags applied, folders created and checked.
    func makeConfiguration() throws -> DaemonConfiguration {
        var configuration: DaemonConfiguration
        let file = config ?? (FileManager.default.fileExists(atPath: "config.json") ? "config.json" : nil)
        if let file {
            let (loaded, problems) = ConfigurationLoader.inspect(path: file, for: .oneShot, checkingFolders: false)
            guard let loaded else { throw CommandFailure(problems.joined(separator: "\n")) }
            configuration = loaded
        } else {
            guard output != nil, state != nil else {
                throw ValidationError("Without a configuration file, --output and --state are required.")
            }
            configuration = DaemonConfiguration(inbox: "", output: "", state: "", quarantine: "", processed: nil)
        }
        if let output { configuration.output = output }
        if let state { configuration.state = state }
        configuration = configuration.resolvingPaths(against: FileManager.default.currentDirectoryPath)
        let problems = configuration.validate(for: .oneShot)
        guard problems.isEmpty else { throw CommandFailure(problems.joined(separator: "\n")) }
        return configuration
    }

    /// Creates the output and state folders when missing, then checks that they are writable.
    func prepareFolders(of configuration: DaemonConfiguration) throws {
        do {
            try DirectoryMaker.create(configuration.output)
            try DirectoryMaker.create(configuration.state)
        } catch {
            throw CommandFailure("Cannot create the output or state folder: \(error)")
        }
        let problems = ConfigurationChecker.problems(in: configuration, for: .oneShot)
        guard problems.isEmpty else { throw CommandFailure(problems.joined(separator: "\n")) }
    }
}
