import Foundation
import Glibc
import Testing
import WireWatchCore
import WireWatchPlatform

struct AtomicFileTests {
    @Test func removesTemporariesLeftByAKilledWriter() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("{\"partial\":", to: ".0123abcd.json.4242.tmp")
        try folder.write("{}", to: "0123abcd.json")
        try folder.write("kept", to: ".hidden.tmp")
        try folder.write("kept", to: "report.1.tmp")
        try folder.write("kept", to: ".notes.txt")
        let removed = AtomicFile.removeTemporaries(in: folder.path)
        #expect(removed == [".0123abcd.json.4242.tmp"])
        #expect(folder.contents(of: ".") == [".hidden.tmp", ".notes.txt", "0123abcd.json", "report.1.tmp"])
    }

    @Test func keepsThisProcessTemporaries() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("in flight", to: ".a.json.\(getpid()).tmp")
        #expect(AtomicFile.removeTemporaries(in: folder.path).isEmpty)
    }

    @Test func aRunnerStartingAfterAKillLeavesNoTemporary() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        for name in ["inbox", "out", "state", "quarantine", "processed"] { _ = try folder.subfolder(name) }
        let configuration = DaemonConfiguration(
            inbox: folder.path + "/inbox", output: folder.path + "/out", state: folder.path + "/state",
            quarantine: folder.path + "/quarantine", processed: folder.path + "/processed")
        _ = try ResultWriter(directory: configuration.output)
        try folder.write("{", to: "out/articles/.aaaa.json.999999.tmp")
        try folder.write("{", to: "out/stories/.sbbb.json.999999.tmp")
        try folder.write("{", to: "quarantine/.x.txt.reason.json.999999.tmp")
        let (logger, _) = makeCapturingLogger()
        _ = try PipelineRunner(configuration: configuration, mode: .daemon, logger: logger)
        #expect(folder.contents(of: "out/articles").isEmpty)
        #expect(folder.contents(of: "out/stories").isEmpty)
        #expect(folder.contents(of: "quarantine").isEmpty)
    }
}
