import Foundation
import Glibc
import Testing

/// What the daemon creates is closed to others whatever the caller's umask, and input names never steer where
/// outputs go.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct DaemonSecurityTests {
    @Test func createsOutputsStateAndReasonsClosedToOthersUnderAnOpenUmask() async throws {
        let tree = try DaemonTree()
        defer { tree.remove() }
        let socket = try NotifySocket()
        let previous = umask(0)
        let daemon: DaemonProcess
        do {
            defer { umask(previous) }
            daemon = try DaemonProcess(config: tree.config, notifySocket: socket.path, folder: tree.root)
        }
        try #require(await socket.waitFor("READY=1", timeout: .seconds(30)), "stderr: \(daemon.standardError)")
        try tree.dropByRename("up..%2F..%2Fescape.txt", TestArticles.article("harbour", speaker: "Mayor Ann Lee"))
        try tree.dropByRename("-rf ~ $(id).txt", TestArticles.article("bridge", speaker: "Senator Tom Hale"))
        try tree.dropByRename("garbage ..\\..txt", TestArticles.garbage())
        let settled = await waitUntil(timeout: .seconds(30)) {
            tree.ledger().count >= 3 && tree.names(in: tree.inbox).isEmpty
                && tree.names(in: tree.quarantine).count == 2
        }
        #expect(settled, "ledger: \(tree.ledger())")
        #expect(await daemon.stop() == 0, "stderr: \(daemon.standardError)")

        var checked = 0
        for top in [tree.output, tree.root + "/state", tree.quarantine] {
            for relative in FileManager.default.subpaths(atPath: top) ?? [] {
                let path = top + "/" + relative
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                if top == tree.quarantine, !relative.hasSuffix(".reason.json") { continue }  // the input's own mode
                #expect(status.st_mode & 0o007 == 0, "\(path) has mode \(String(status.st_mode & 0o777, radix: 8))")
                checked += 1
            }
        }
        #expect(checked >= 5)
        // Outputs are named after article and story ids, never after the input's name.
        let outputs = tree.outputFiles()
        let shapes = outputs.filter { file in
            file == "ledger.jsonl" || file == "stories.json"
                || ((file.hasPrefix("articles/") || file.hasPrefix("stories/")) && file.hasSuffix(".json")
                    && file.split(separator: "/").last!.dropLast(5).allSatisfy { $0.isHexDigit || $0 == "s" })
        }
        #expect(shapes == outputs, "outputs: \(outputs)")
        #expect(!outputs.contains { $0.contains("escape") || $0.contains("..") })
        #expect(!FileManager.default.fileExists(atPath: tree.root + "/escape.txt"))
    }
}
