import Glibc
import Testing
import WireWatchCore
import WireWatchPlatform

struct FileIntakeTests {
    @Test func readsRegularFileWithItsHash() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write("hello", to: "a.txt")
        let file = try FileIntake(maxBytes: 100).read(path: path)
        #expect(file.name == "a.txt")
        #expect(file.bytes == Array("hello".utf8))
        #expect(file.sha256 == ContentHash.sha256Hex("hello"))
    }

    @Test func refusesFIFOWithoutBlocking() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path + "/pipe"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: PipelineError.notRegularFile(kind: "FIFO")) { try FileIntake(maxBytes: 100).read(path: path) }
    }

    @Test func refusesSymbolicLink() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let target = try folder.write("secret", to: "target.txt")
        let link = folder.path + "/link.txt"
        #expect(symlink(target, link) == 0)
        #expect(throws: PipelineError.notRegularFile(kind: "symbolic link")) {
            try FileIntake(maxBytes: 100).read(path: link)
        }
    }

    @Test func refusesDirectory() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let sub = try folder.subfolder("sub")
        #expect(throws: PipelineError.notRegularFile(kind: "directory")) {
            try FileIntake(maxBytes: 100).read(path: sub)
        }
    }

    @Test func refusesEmptyFile() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write("", to: "empty.txt")
        #expect(throws: PipelineError.emptyInput) { try FileIntake(maxBytes: 100).read(path: path) }
    }

    @Test func refusesOversizedFile() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write(String(repeating: "x", count: 101), to: "big.txt")
        #expect(throws: PipelineError.tooLarge(bytes: 101, limit: 100)) {
            try FileIntake(maxBytes: 100).read(path: path)
        }
        let exact = try folder.write(String(repeating: "x", count: 100), to: "exact.txt")
        #expect(try FileIntake(maxBytes: 100).read(path: exact).bytes.count == 100)
    }

    @Test func reportsVanishedFile() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        #expect(throws: PipelineError.unreadable(errno: ENOENT)) {
            try FileIntake(maxBytes: 100).read(path: folder.path + "/missing")
        }
    }
}
