import ArgumentParser
import Foundation
import Testing

@testable import wirewatch

struct CheckConfigTests {
    @Test func defaultsToConfigJSON() throws {
        let command = try #require(try WireWatch.parseAsRoot(["check-config"]) as? CheckConfig)
        #expect(command.path == "config.json")
    }

    @Test func acceptsAGoodConfiguration() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["in", "out", "state", "q", "done"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true)
        }
        let file = folder + "/config.json"
        try Data(
            #"{"inbox": "in", "output": "out", "state": "state", "quarantine": "q", "processed": "done"}"#.utf8
        ).write(to: URL(fileURLWithPath: file))
        let command = try #require(try WireWatch.parseAsRoot(["check-config", file]) as? CheckConfig)
        try command.run()
    }

    @Test func failsOnEveryProblem() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/config.json"
        try Data(#"{"inbox": "in", "output": "out", "state": 3, "processed": null, "extra": 1}"#.utf8)
            .write(to: URL(fileURLWithPath: file))
        let command = try #require(try WireWatch.parseAsRoot(["check-config", file]) as? CheckConfig)
        #expect(throws: ExitCode.validationFailure) { try command.run() }
    }
}
