import Foundation
import Testing
import WireWatchCore

/// Runs `deploy/check-unit.sh` (systemd-analyze verify and security on `deploy/wirewatch.service`) and checks the
/// shipped production configuration's keys. The unit check is skipped where systemd-analyze is not installed.
struct DeployUnitTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test(.timeLimit(.minutes(1)))
    func unitVerifiesCleanlyAndScoresAtMostOnePointFive() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.packageRoot + "/deploy/check-unit.sh"]
        process.environment = ProcessInfo.processInfo.environment.merging(["MAX_EXPOSURE": "1.5"]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
    }

    @Test func productionConfigurationUsesVarPathsAndKnownKeys() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.packageRoot + "/deploy/config.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["inbox", "output", "state", "quarantine", "processed"] {
            let path = try #require(object[key] as? String, "\(key)")
            #expect(path.hasPrefix("/var/"), "\(key): \(path)")
        }
        let configuration = try DaemonConfiguration.decode(json: data)
        #expect(configuration.validate(for: .daemon) == [])
        let unit = try String(contentsOfFile: Self.packageRoot + "/deploy/wirewatch.service", encoding: .utf8)
        #expect(unit.contains("ReadWritePaths=/var/spool/wirewatch"))
        #expect(unit.contains("StateDirectory=wirewatch"))
        #expect((object["inbox"] as? String)?.hasPrefix("/var/spool/wirewatch/") == true)
        #expect((object["output"] as? String)?.hasPrefix("/var/lib/wirewatch/") == true)
    }
}
