import ArgumentParser
import Foundation
import Testing
import WireWatchCore

@testable import wirewatch

struct ProcessOnceTests {
    @Test func parsesFlagsAndPaths() throws {
        let command = try WireWatch.parseAsRoot([
            "process", "--config", "c.json", "--output", "/tmp/o", "--state", "/tmp/s", "a.txt", "folder",
        ])
        let process = try #require(command as? ProcessOnce)
        #expect(process.config == "c.json")
        #expect(process.output == "/tmp/o")
        #expect(process.state == "/tmp/s")
        #expect(process.paths == ["a.txt", "folder"])
    }

    @Test func requiresAtLeastOnePath() {
        #expect(throws: (any Error).self) { try WireWatch.parseAsRoot(["process", "--output", "/tmp/o"]) }
    }

    @Test func flagsOverrideTheConfigurationFile() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/config.json"
        try Data(
            """
            {"inbox": "in", "output": "out", "state": "state", "quarantine": "q", "processed": null, "workers": 1}
            """.utf8
        ).write(to: URL(fileURLWithPath: file))
        let command = try WireWatch.parseAsRoot(["process", "--config", file, "--state", folder + "/s2", "x"])
        let configuration = try #require(command as? ProcessOnce).makeConfiguration()
        #expect(configuration.output == folder + "/out")
        #expect(configuration.state == folder + "/s2")
        #expect(configuration.workers == 1)
    }

    @Test func reportsABrokenConfigurationFile() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/config.json"
        try Data(#"{"inbox": "in", "output": 5}"#.utf8).write(to: URL(fileURLWithPath: file))
        let command = try #require(try WireWatch.parseAsRoot(["process", "--config", file, "x"]) as? ProcessOnce)
        #expect(throws: CommandFailure.self) { try command.makeConfiguration() }
    }

    @Test func listsFolderEntriesInNameOrderWithoutIgnoredNames() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["b.txt", "a.txt", ".hidden", "c.part", "d~"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        let rules = DaemonConfiguration.defaultIgnorePatterns
        let files = try InputList.files(in: [folder, folder + "/a.txt"], ignoring: rules)
        #expect(files == [folder + "/a.txt", folder + "/b.txt"])
        #expect(throws: CommandFailure.self) { try InputList.files(in: [folder + "/none"], ignoring: rules) }
    }

    @Test func processesAFolderEndToEnd() throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("wirewatch").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { return }
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inputs = folder + "/in"
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        try Data("Headline\nThe council met on Tuesday.\n".utf8).write(to: URL(fileURLWithPath: inputs + "/a.txt"))
        try Data().write(to: URL(fileURLWithPath: inputs + "/b.txt"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["process", "--output", folder + "/out", "--state", folder + "/state", inputs]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let ledger = try String(contentsOfFile: folder + "/out/ledger.jsonl", encoding: .utf8)
        #expect(ledger.split(separator: "\n").count == 2)
        #expect(ledger.contains("\"status\":\"quarantined\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: inputs).sorted() == ["a.txt", "b.txt"])
    }
}

func makeTemporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "wirewatch-cli-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
