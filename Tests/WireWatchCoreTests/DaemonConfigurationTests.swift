import Foundation
import Testing
import WireWatchCore

struct DaemonConfigurationTests {
    static let minimal = """
        {"inbox": "var/inbox", "output": "var/out", "state": "var/state", "quarantine": "var/quarantine",
         "processed": null}
        """

    func problems(_ json: String) -> [String] {
        do {
            let configuration = try DaemonConfiguration.decode(json: Data(json.utf8))
            return configuration.validate()
        } catch {
            return error.problems
        }
    }

    @Test func minimalFileTakesDefaults() throws {
        let configuration = try DaemonConfiguration.decode(json: Data(Self.minimal.utf8))
        #expect(configuration.processed == nil)
        #expect(configuration.logLevel == "info")
        #expect(configuration.ignorePatterns == [".*", "*.part", "*.tmp", "*~"])
        #expect(configuration.maxFileBytes == 20 * 1024 * 1024)
        #expect(configuration.maxAttempts == 3)
        #expect(configuration.workers == nil)
        #expect(configuration.validate().isEmpty)
    }

    @Test func everyKeyDecodes() throws {
        let json = """
            {"inbox": "in", "output": "out", "state": "st", "quarantine": "q", "processed": "done",
             "log_level": "debug", "ignore_patterns": ["*.x"], "max_file_bytes": 10, "max_attempts": 5,
             "workers": 4, "status_interval_seconds": 0.5}
            """
        let configuration = try DaemonConfiguration.decode(json: Data(json.utf8))
        #expect(
            configuration
                == DaemonConfiguration(
                    inbox: "in", output: "out", state: "st", quarantine: "q", processed: "done", logLevel: "debug",
                    ignorePatterns: ["*.x"], maxFileBytes: 10, maxAttempts: 5, workers: 4, statusIntervalSeconds: 0.5))
        let again = try DaemonConfiguration.decode(json: JSONEncoder().encode(configuration))
        #expect(again == configuration)
    }

    @Test func rejectsUnknownKey() {
        let json = Self.minimal.replacingOccurrences(of: "}", with: ", \"inbx\": \"x\"}")
        #expect(problems(json) == ["`inbx`: unknown key"])
    }

    @Test func rejectsWrongType() {
        let json = Self.minimal.replacingOccurrences(of: "}", with: ", \"workers\": \"four\"}")
        #expect(problems(json) == ["`workers`: expected an integer or null, found the string \"four\""])
    }

    @Test func reportsAllProblemsAtOnce() {
        let json = """
            {"inbox": 3, "output": "out", "state": "out", "processed": "done", "max_attempts": 1.5,
             "log_level": true, "colour": "red"}
            """
        let found = problems(json)
        #expect(found.contains("`colour`: unknown key"))
        #expect(found.contains("`inbox`: expected a string, found the number 3"))
        #expect(found.contains("`quarantine`: missing (required, a string)"))
        #expect(found.contains("`max_attempts`: expected an integer, found the number 1.5"))
        #expect(found.contains("`log_level`: expected a string, found true"))
        #expect(found.count == 5)
    }

    @Test func validationListsEveryRangeProblem() {
        let configuration = DaemonConfiguration(
            inbox: "a", output: "b", state: "./b", quarantine: "", processed: "c", logLevel: "loud",
            ignorePatterns: ["x/y"], maxFileBytes: 0, maxAttempts: 0, workers: 0, statusIntervalSeconds: -1)
        let found = configuration.validate()
        #expect(found.count == 8)
        #expect(found.contains("`quarantine`: must be a non-empty path"))
        #expect(found.contains("`state`: is the same folder as `output` (./b)"))
    }

    @Test func oneShotNeedsOnlyOutputAndState() {
        let configuration = DaemonConfiguration(inbox: "", output: "o", state: "s", quarantine: "", processed: nil)
        #expect(configuration.validate(for: .oneShot).isEmpty)
        #expect(configuration.validate(for: .daemon).count == 2)
    }

    @Test func reportsSyntaxErrors() {
        let found = problems("{\"inbox\": \"a\",,}")
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("not valid JSON"))
        #expect(problems("[1, 2]") == ["the configuration must be a JSON object"])
    }

    @Test func resolvesRelativePathsAgainstTheFileFolder() {
        let configuration = DaemonConfiguration(
            inbox: "var/inbox", output: "./var/out", state: "/abs/state", quarantine: "q", processed: "p")
        let resolved = configuration.resolvingPaths(against: "/srv/ww")
        #expect(resolved.inbox == "/srv/ww/var/inbox")
        #expect(resolved.output == "/srv/ww/var/out")
        #expect(resolved.state == "/abs/state")
        #expect(resolved.processed == "/srv/ww/p")
    }
}
