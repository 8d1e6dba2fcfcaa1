import Foundation
import Glibc
import Testing
import WireWatchPlatform

struct InboxNameRepairTests {
    @Test func replacesEachInvalidSequenceAndKeepsTheRest() {
        let raw = Array("caf".utf8) + [0xE9, 0x2D, 0xFF] + Array(".txt".utf8)
        #expect(InboxNameRepair.repairedName(for: raw) == "caf_-_.txt")
        #expect(InboxNameRepair.repairedName(for: Array("été.txt".utf8)) == "été.txt")
        #expect(InboxNameRepair.repairedName(for: [0xC3]) == "_")
        #expect(InboxNameRepair.repairedName(for: [0x6E, 0x0A, 0x80]) == "n\n_")
    }

    @Test func renamesTheEntryInPlaceWithoutReplacingAnother() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let folder = temporary.path
        try Data("taken".utf8).write(to: URL(fileURLWithPath: folder + "/b_.txt"))
        let raw: [UInt8] = [0x62, 0xFF, 0x2E, 0x74, 0x78, 0x74]
        try createRaw(folder: folder, raw: raw, contents: "article")
        let name = try InboxNameRepair(directory: folder).repair(raw)
        #expect(name == "b_-1.txt")
        #expect(try String(contentsOfFile: folder + "/b_-1.txt", encoding: .utf8) == "article")
        #expect(try String(contentsOfFile: folder + "/b_.txt", encoding: .utf8) == "taken")
        #expect(try InboxScanner(directory: folder).scan().undecodableNames.isEmpty)
    }

    @Test func leavesTemporaryNamesToTheirWriter() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let raw: [UInt8] = [0x62, 0xFF] + Array(".part".utf8)
        try createRaw(folder: temporary.path, raw: raw, contents: "half")
        #expect(try InboxNameRepair(directory: temporary.path).repair(raw) == nil)
        #expect(try InboxScanner(directory: temporary.path).scan().undecodableNames == [raw])
    }

    @Test func failsWhenTheEntryVanished() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        #expect(throws: PlatformError.syscall("rename", path: temporary.path + "/x_", errno: ENOENT)) {
            try InboxNameRepair(directory: temporary.path).repair([0x78, 0xFF])
        }
    }

    private func createRaw(folder: String, raw: [UInt8], contents: String) throws {
        let path = Array(folder.utf8) + [UInt8(ascii: "/")] + raw + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600) }
        }
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let bytes = Array(contents.utf8)
        #expect(write(descriptor, bytes, bytes.count) == bytes.count)
    }
}
