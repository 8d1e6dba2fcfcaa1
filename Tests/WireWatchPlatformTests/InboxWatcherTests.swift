import Dispatch
import Foundation
import Glibc
import Testing
import WireWatchPlatform

@Suite(.timeLimit(.minutes(1)))
struct InboxWatcherTests {
    @Test func reportsDirectWritesAndRenamesButNotTemporaryNames() async throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let folder = temporary.path
        let watcher = try InboxWatcher(path: folder)
        try Data("direct".utf8).write(to: URL(fileURLWithPath: folder + "/direct.txt"))
        try Data("partial".utf8).write(to: URL(fileURLWithPath: folder + "/.renamed.txt.part"))
        try Data("editor".utf8).write(to: URL(fileURLWithPath: folder + "/notes.tmp"))
        #expect(rename(folder + "/.renamed.txt.part", folder + "/renamed.txt") == 0)
        var iterator = watcher.events.makeAsyncIterator()
        let first = await iterator.next()
        let second = await iterator.next()
        #expect(first == .file("direct.txt"))
        #expect(second == .file("renamed.txt"))
        watcher.stop()
        let end = await iterator.next()
        #expect(end == nil)
    }

    @Test func reportsTheInboxGoingAway() async throws {
        let folder = try TemporaryDirectory().path
        let watcher = try InboxWatcher(path: folder)
        try FileManager.default.removeItem(atPath: folder)
        var iterator = watcher.events.makeAsyncIterator()
        let event = await iterator.next()
        #expect(event == .watchGone)
    }

    @Test func refusesAMissingFolderOrAFile() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let folder = temporary.path
        #expect(throws: PlatformError.syscall("inotify_add_watch", path: folder + "/missing", errno: ENOENT)) {
            try InboxWatcher(path: folder + "/missing")
        }
        try Data().write(to: URL(fileURLWithPath: folder + "/file"))
        #expect(throws: PlatformError.syscall("inotify_add_watch", path: folder + "/file", errno: ENOTDIR)) {
            try InboxWatcher(path: folder + "/file")
        }
    }

    @Test func reportsAnOverflowWhenTheQueueIsNotRead() async throws {
        let limit =
            (try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 16_384
        guard limit <= 20_000 else { return }  // too slow to fill here; the overflow path is covered by the decoder
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let folder = temporary.path
        let queue = DispatchQueue(label: "test.overflow")
        queue.suspend()
        let watcher = try InboxWatcher(path: folder, queue: queue)
        for index in 0...limit {
            let descriptor = open(folder + "/f\(index)", O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
            close(descriptor)
        }
        queue.resume()
        var overflowed = false
        for await event in watcher.events {
            if event == .overflow {
                overflowed = true
                break
            }
        }
        #expect(overflowed)
        watcher.stop()
    }

    @Test func coalescesOverflowsUntilTheConsumerTakesOne() async throws {
        let limit = Self.queueLimit
        guard limit <= 20_000 else { return }
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let folder = temporary.path
        let queue = DispatchQueue(label: "test.overflows")
        let watcher = try InboxWatcher(path: folder, queue: queue)
        var iterator = watcher.events.makeAsyncIterator()
        /// Overflows the kernel queue `rounds` times while nobody reads the stream, then counts the overflows
        /// delivered up to a last file.
        func overflowsDelivered(rounds: Int, tag: String) async -> Int {
            for round in 0..<rounds {
                queue.suspend()
                Self.createFiles(in: folder, prefix: "\(tag)\(round)-", count: limit + 1)
                queue.resume()
                queue.sync {}
            }
            Self.createFiles(in: folder, prefix: "\(tag)-last", count: 1)
            var overflows = 0
            while let event = await iterator.next(), event != .file("\(tag)-last0") {
                if event == .overflow { overflows += 1 }
            }
            return overflows
        }
        #expect(await overflowsDelivered(rounds: 2, tag: "a") == 1)
        #expect(await overflowsDelivered(rounds: 1, tag: "b") == 0, "not acknowledged yet")
        watcher.acknowledgeOverflow()
        #expect(await overflowsDelivered(rounds: 2, tag: "c") == 1)
        watcher.stop()
    }

    static var queueLimit: Int {
        (try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 16_384
    }

    static func createFiles(in folder: String, prefix: String, count: Int) {
        for index in 0..<count {
            close(open(folder + "/" + prefix + "\(index)", O_WRONLY | O_CREAT | O_CLOEXEC, 0o600))
        }
    }
}
