import Foundation
import Glibc
import Testing
import WireWatchPlatform

struct InboxScannerTests {
    @Test func listsAcceptedEntriesOldestFirstThenByName() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let folder = temporary.path
        let entries: [(String, Int)] = [("c.txt", 300), ("b.txt", 100), ("a.txt", 300), ("z.txt", 50)]
        for (name, seconds) in entries {
            try Data(name.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
            try setModificationTime(folder + "/" + name, seconds: seconds)
        }
        for ignored in [".hidden", "x.part", "y.tmp", "z.txt~", "w.swp"] {
            try Data().write(to: URL(fileURLWithPath: folder + "/" + ignored))
        }
        let scanner = InboxScanner(directory: folder, filter: InboxNameFilter(extraPatterns: ["*.swp"]))
        let listing = try scanner.scan()
        #expect(listing.names == ["z.txt", "b.txt", "a.txt", "c.txt"])
        #expect(listing.undecodableNames.isEmpty)
    }

    @Test func returnsFoldersFifosAndSymlinksWithoutFollowingThem() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let folder = temporary.path
        #expect(mkdir(folder + "/folder", 0o700) == 0)
        #expect(mkfifo(folder + "/fifo", 0o600) == 0)
        #expect(symlink("/nonexistent/target", folder + "/link") == 0)
        try setModificationTime(folder + "/folder", seconds: 1)
        try setModificationTime(folder + "/fifo", seconds: 2)
        let listing = try InboxScanner(directory: folder).scan()
        #expect(Set(listing.names) == ["folder", "fifo", "link"])
        #expect(listing.names.prefix(2) == ["folder", "fifo"])
    }

    @Test func setsAsideNamesThatAreNotUTF8() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let folder = temporary.path
        let raw: [UInt8] = [0x62, 0xFF, 0x2E, 0x74, 0x78, 0x74]
        let path = Array(folder.utf8) + [UInt8(ascii: "/")] + raw + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        try Data().write(to: URL(fileURLWithPath: folder + "/ok.txt"))
        let listing = try InboxScanner(directory: folder).scan()
        #expect(listing.names == ["ok.txt"])
        #expect(listing.undecodableNames == [raw])
    }

    @Test func failsOnAMissingFolder() {
        #expect(throws: PlatformError.syscall("opendir", path: "/nonexistent/inbox", errno: ENOENT)) {
            try InboxScanner(directory: "/nonexistent/inbox").scan()
        }
    }

    private func setModificationTime(_ path: String, seconds: Int) throws {
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        guard utimensat(AT_FDCWD, path, &times, AT_SYMLINK_NOFOLLOW) == 0 else {
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
    }
}
