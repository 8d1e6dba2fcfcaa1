import Foundation
import Testing
import WireWatchCore
import WireWatchPlatform

struct ConfigurationLoaderTests {
    func writeConfiguration(_ json: String, in folder: TemporaryDirectory) throws -> String {
        try folder.write(json, to: "config.json")
    }

    @Test func loadsAndResolvesAgainstTheFileFolder() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        for name in ["var/inbox", "var/out", "var/state", "var/quarantine", "var/processed"] {
            _ = try folder.subfolder(name)
        }
        let file = try writeConfiguration(
            """
            {"inbox": "var/inbox", "output": "var/out", "state": "var/state", "quarantine": "var/quarantine",
             "processed": "var/processed"}
            """, in: folder)
        let configuration = try ConfigurationLoader.load(path: file)
        #expect(configuration.inbox == folder.path + "/var/inbox")
        #expect(configuration.processed == folder.path + "/var/processed")
    }

    @Test func reportsDecodingAndFolderProblemsTogether() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        _ = try folder.subfolder("in")
        try folder.write("not a folder", to: "out")
        let file = try writeConfiguration(
            """
            {"inbox": "in", "output": "out", "state": "state", "quarantine": 7, "processed": null, "max_attempts": 0}
            """, in: folder)
        let (configuration, problems) = ConfigurationLoader.inspect(path: file)
        #expect(configuration == nil)
        let texts = problems.map { $0.replacingOccurrences(of: file + ": ", with: "") }
        #expect(texts.contains("`quarantine`: expected a string, found the number 7"))
        #expect(texts.contains("`max_attempts`: must be at least 1, not 0"))
        #expect(texts.contains("`output`: \(folder.path)/out is not a folder"))
        #expect(texts.contains("`state`: the folder \(folder.path)/state does not exist"))
        #expect(texts.count == 4)
    }

    @Test func reportsSyntaxErrorsAndMissingFiles() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let file = try writeConfiguration("{\"inbox\": ", in: folder)
        let (_, problems) = ConfigurationLoader.inspect(path: file)
        #expect(problems.count == 1)
        #expect(problems[0].contains("not valid JSON"))
        let (_, missing) = ConfigurationLoader.inspect(path: folder.path + "/none.json")
        #expect(missing.count == 1)
        #expect(missing[0].contains("cannot be read"))
    }

    @Test func oneShotChecksOnlyOutputAndState() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let configuration = DaemonConfiguration(
            inbox: folder.path + "/missing", output: folder.path, state: folder.path + "/s", quarantine: "",
            processed: nil)
        _ = try folder.subfolder("s")
        #expect(ConfigurationChecker.problems(in: configuration, for: .oneShot).isEmpty)
        #expect(ConfigurationChecker.problems(in: configuration, for: .daemon).count == 1)
    }
}
