import Dispatch
import Foundation
import Glibc
import Synchronization
import WireWatchCore

/// Writes article and story records under the output folder: `articles/<id>.json` and `stories/<id>.json`, each
/// complete or absent.
///
/// Records are collected first (``records(articles:stories:removedStories:)``, no I/O: each starts encoding on a
/// global queue), then a whole batch is written with a bounded number of disk flushes
/// whatever its size (``write(_:syncingDirectories:)``): every file to a temporary name in its folder; their
/// contents flushed, with one `fsync` per file for a batch of at most ``fileSystemFlushThreshold`` files and one
/// `syncfs` of the output file system for a larger one; each temporary renamed to its final name; removed stories
/// unlinked; one `fsync` of each folder changed.
///
/// File names come from record ids only, never from input names.
public final class ResultWriter: Sendable {
    /// Batches with more files than this are flushed with one `syncfs` instead of one `fsync` per file.
    public static let fileSystemFlushThreshold = 2

    /// The output folder.
    public let directory: String
    public var articlesDirectory: String { directory + "/articles" }
    public var storiesDirectory: String { directory + "/stories" }

    /// Creates the output folder and its `articles/` and `stories/` folders (mode 0750) when missing.
    public init(directory: String) throws(PlatformError) {
        self.directory = directory
        try DirectoryMaker.create(directory)
        try DirectoryMaker.create(articlesDirectory)
        try DirectoryMaker.create(storiesDirectory)
    }

    /// Writes the records durably (files mode 0640).
    /// - Parameters:
    ///   - removedStories: ids of stories merged into others: their files are removed after the new ones are written.
    ///   - syncingDirectories: `fsync` the folders written to (default). Pass false to write several batches and
    ///     then call ``syncDirectories()`` once.
    /// - Throws: `PlatformError` when a write fails or an id is not a safe file name.
    public func write(
        articles: [Article], stories: [Story] = [], removedStories: [String] = [], syncingDirectories: Bool = true
    ) throws(PlatformError) {
        try write(
            records(articles: articles, stories: stories, removedStories: removedStories),
            syncingDirectories: syncingDirectories)
    }

    /// Writes a batch: records' bytes (waited for) written to temporaries (in parallel), one flush of their contents,
    /// renames, removals, then (by default) one `fsync` per folder changed. On failure, no temporary is left behind;
    /// files already renamed stay (complete).
    public func write(_ batch: ResultBatch, syncingDirectories: Bool = true) throws(PlatformError) {
        let (files, removals) = batch.resolved()
        let flushesEachFile = files.count <= Self.fileSystemFlushThreshold
        var temporaries = try Self.writeTemporaries(files, syncing: flushesEachFile)
        defer { for temporary in temporaries { unlink(temporary) } }
        if !flushesEachFile { try FileSync.syncFileSystem(containing: directory) }
        for (index, file) in files.enumerated() {
            guard rename(temporaries[index], file.path) == 0 else {
                temporaries.removeFirst(index)
                throw .syscall("rename", path: file.path, errno: errno)
            }
        }
        temporaries = []
        for path in removals {
            guard unlink(path) == 0 || errno == ENOENT else { throw .syscall("unlink", path: path, errno: errno) }
        }
        guard syncingDirectories else { return }
        let folders = Set((files.map(\.path) + removals).map(AtomicFile.parentDirectory(of:))).sorted()
        try Self.syncDirectories(folders)
    }

    /// `fsync` of each folder; two or more at once (the disk serves them together: the wait is the slowest one's,
    /// not their sum, which is most of an idle daemon's drop-to-output latency).
    private static func syncDirectories(_ folders: [String]) throws(PlatformError) {
        guard folders.count > 1, FileSync.isEnabled else {
            for folder in folders { try AtomicFile.syncDirectory(folder) }
            return
        }
        let failures = Mutex<[PlatformError]>([])
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            do throws(PlatformError) {
                try AtomicFile.syncDirectory(folders[index])
            } catch {
                failures.withLock { $0.append(error) }
            }
        }
        if let failure = failures.withLock({ $0.first }) { throw failure }
    }

    /// Batches with at least this many files have their temporaries written by several threads.
    static let parallelWriteThreshold = 8

    /// Encodes each file's record (if it is not bytes yet), writes it to its temporary name and returns those
    /// names, in the order of `files`. A large batch (or a small one flushed file by file, or one with records to
    /// encode) is handled by up to ``writeThreads`` threads at once: creating a file costs the file system far more
    /// than its few KB (inode allocation), encoding costs CPU, and the serial work queue that calls this is the
    /// pipeline's bottleneck. On failure, no temporary is left behind.
    private static func writeTemporaries(
        _ files: [ResultBatch.Pending], syncing: Bool
    ) throws(PlatformError) -> [String] {
        let temporaries = files.map { AtomicFile.temporaryPath(for: $0.path) }
        // Files flushed one by one are flushed at once too, for the same reason as the folders.
        let isParallel =
            files.count >= parallelWriteThreshold || (syncing && files.count > 1 && FileSync.isEnabled)
            || (files.count > 1 && files.contains { $0.content.isRecord })
        guard isParallel else {
            for (index, file) in files.enumerated() {
                do {
                    try AtomicFile.writeTemporary(bytes(of: file), to: temporaries[index], syncing: syncing)
                } catch {
                    for written in temporaries[..<index] { unlink(written) }
                    throw error
                }
            }
            return temporaries
        }
        let failures = Mutex<[PlatformError]>([])
        let threads = min(files.count, writeThreads)
        DispatchQueue.concurrentPerform(iterations: threads) { part in
            for index in stride(from: part, to: files.count, by: threads) {
                do throws(PlatformError) {
                    try AtomicFile.writeTemporary(bytes(of: files[index]), to: temporaries[index], syncing: syncing)
                } catch {
                    failures.withLock { $0.append(error) }
                    return
                }
            }
        }
        if let failure = failures.withLock({ $0.first }) {
            for temporary in temporaries { unlink(temporary) }
            throw failure
        }
        return temporaries
    }

    /// Threads writing a large batch's temporaries: one per processor, at least 2, at most 4.
    static let writeThreads = min(4, max(2, ProcessInfo.processInfo.activeProcessorCount))

    /// `fsync` of the `articles/` and `stories/` folders, so that the renames of earlier writes survive a crash.
    public func syncDirectories() throws(PlatformError) {
        try AtomicFile.syncDirectory(articlesDirectory)
        try AtomicFile.syncDirectory(storiesDirectory)
    }
}
