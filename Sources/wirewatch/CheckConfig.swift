import ArgumentParser
import Foundation
import WireWatchCore
import WireWatchPlatform

/// `wirewatch check-config [PATH]`: prints every problem of a daemon configuration, or "configuration OK".
struct CheckConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Check a configuration file and its folders; print every problem at once.")

    @Argument(help: "The configuration file.")
    var path = "config.json"

    func run() throws {
        let (_, problems) = ConfigurationLoader.inspect(path: path, for: .daemon)
        guard problems.isEmpty else {
            for problem in problems { printError(problem) }
            printError("\(problems.count) problem(s) found.")
            throw ExitCode.validationFailure
        }
        print("configuration OK")
    }
}
