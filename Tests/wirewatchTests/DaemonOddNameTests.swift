import Foundation
import Glibc
import Testing

/// Names the inbox must cope with: bytes that are not UTF-8, newlines, quotes and control characters.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct DaemonOddNameTests {
    @Test func processesEntriesWhoseNamesAreNotUTF8OrHoldControlCharacters() async throws {
        let tree = try DaemonTree()
        defer { tree.remove() }
        let socket = try NotifySocket()
        // One waits in the backlog (found by the start scan), one arrives by inotify.
        try dropRaw(tree, Array("caf".utf8) + [0xE9] + Array("-backlog.txt".utf8), "tram", "Minister Eva Novak")
        let daemon = try DaemonProcess(config: tree.config, notifySocket: socket.path, folder: tree.root)
        try #require(await socket.waitFor("READY=1", timeout: .seconds(30)), "stderr: \(daemon.standardError)")
        try dropRaw(tree, [0x6C, 0xFF, 0xFE] + Array("ive.txt".utf8), "bridge", "Senator Tom Hale")
        let school = TestArticles.article("school", speaker: "Principal Omar Said")
        try tree.dropByRename("new\nline \"quoted\".txt", school)
        try tree.dropByRename("ctl\u{01}\u{1B}[31m.txt", TestArticles.article("harbour", speaker: "Mayor Ann Lee"))
        let settled = await waitUntil(timeout: .seconds(30)) {
            tree.ledger().count >= 4 && inboxEntries(tree).isEmpty
        }
        #expect(settled, "ledger: \(tree.ledger()); inbox: \(inboxEntries(tree))")
        #expect(await daemon.stop() == 0, "stderr: \(daemon.standardError)")

        #expect(
            tree.ledgerStatuses() == [
                "caf_-backlog.txt": "processed", "l__ive.txt": "processed",
                "new\nline \"quoted\".txt": "processed", "ctl\u{01}\u{1B}[31m.txt": "processed",
            ]
        )
        let lines = daemon.logLines
        #expect(lines.filter { $0.contains("\"event\":\"inbox.renamed_undecodable_name\"") }.count == 2)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "not JSON: \(line)")
        }
    }

    /// Writes a file under a raw (possibly non-UTF-8) name: hidden first, then renamed in.
    private func dropRaw(_ tree: DaemonTree, _ raw: [UInt8], _ topic: String, _ speaker: String) throws {
        let hidden = tree.inbox + "/.raw.part"
        try Data(TestArticles.article(topic, speaker: speaker)).write(to: URL(fileURLWithPath: hidden))
        let target = Array(tree.inbox.utf8) + [UInt8(ascii: "/")] + raw + [0]
        let result = target.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { rename(hidden, $0.baseAddress!) }
        }
        guard result == 0 else { throw DaemonTestError("rename failed: \(errno)") }
    }

    /// The inbox's entries as raw names (`FileManager` cannot list names that are not UTF-8).
    private func inboxEntries(_ tree: DaemonTree) -> [[UInt8]] {
        guard let handle = opendir(tree.inbox) else { return [] }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if raw != [0x2E], raw != [0x2E, 0x2E] { names.append(raw) }
        }
        return names
    }
}
