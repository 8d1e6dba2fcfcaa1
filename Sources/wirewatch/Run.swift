import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import UnixSignals
import WireWatchCore
import WireWatchPlatform

/// `wirewatch run [--config PATH]`: the daemon. Checks the configuration as `check-config` does and refuses to
/// start on any problem (every one listed on standard error), then bootstraps JSON logging, opens the pipeline and
/// runs the inbox service until SIGTERM or SIGINT.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: watch the inbox and process every article dropped into it.",
        discussion: """
            Logs one JSON object per line on standard output. Under systemd (Type=notify) it reports READY=1, \
            STATUS= and WATCHDOG=1. On SIGTERM or SIGINT it finishes the files in hand and exits 0.
            """
    )

    /// How long the files in hand may take to finish after SIGTERM; below the unit's `TimeoutStopSec=` (60 s).
    static let gracefulShutdownLimit = Duration.seconds(45)

    @Option(name: [.short, .long], help: "The configuration file.")
    var config = "config.json"

    func run() async throws {
        // Outputs, state and reason files are never readable by others, whatever the caller's umask (the unit
        // sets UMask=0027 as well).
        umask(0o027)
        let (loaded, problems) = ConfigurationLoader.inspect(path: config, for: .daemon)
        guard let configuration = loaded else {
            for problem in problems { printError(problem) }
            printError("wirewatch run: \(problems.count) problem(s) found; not starting.")
            throw ExitCode.validationFailure
        }
        LoggingSystem.bootstrap { JSONLogHandler(label: $0) }
        var logger = Logger(label: "wirewatch")
        logger.logLevel = Logger.Level(rawValue: configuration.logLevel) ?? .info
        let runner: PipelineRunner
        do {
            let faults = StageFaults.fromEnvironment(ProcessInfo.processInfo.environment)
            if faults.isEnabled { logger.warning("test.faults_enabled", metadata: ["faults": "\(faults)"]) }
            runner = try PipelineRunner(configuration: configuration, mode: .daemon, logger: logger, faults: faults)
        } catch {
            logger.critical("daemon.cannot_start", error: error)
            printError("wirewatch run: cannot start: \(error)")
            throw ExitCode.failure
        }
        let service = InboxService(configuration: configuration, runner: runner, logger: logger)
        var groupConfiguration = ServiceGroupConfiguration(
            services: [.init(service: service)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        )
        groupConfiguration.maximumGracefulShutdownDuration = Self.gracefulShutdownLimit
        // Test hook (never set in production): a shorter limit, so that tests see a hung stage give up the stop.
        if let limit = ProcessInfo.processInfo.environment["WIREWATCH_TEST_SHUTDOWN_LIMIT_MS"].flatMap({ Int($0) }) {
            logger.warning("test.shutdown_limit", metadata: ["shutdown_limit_ms": .stringConvertible(limit)])
            groupConfiguration.maximumGracefulShutdownDuration = .milliseconds(max(limit, 1))
        }
        do {
            try await ServiceGroup(configuration: groupConfiguration).run()
        } catch {
            logger.critical("daemon.failed", error: error)
            throw ExitCode.failure
        }
        logger.info("daemon.exited")
    }
}
