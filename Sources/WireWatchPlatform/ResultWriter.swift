import Foundation
import Glibc
import WireWatchCore

/// Writes article and story records under the output folder: `articles/<id>.json` and `stories/<id>.json`, each
/// complete or absent (temporary name, `fsync`, `rename`, then one `fsync` of each folder written to).
///
/// File names come from record ids only, never from input names.
public final class ResultWriter: Sendable {
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for article in articles {
            try write(article, id: article.id, in: articlesDirectory, encoder: encoder)
        }
        for story in stories {
            try write(story, id: story.id, in: storiesDirectory, encoder: encoder)
        }
        for id in removedStories where Self.isSafeID(id) && !stories.contains(where: { $0.id == id }) {
            let path = "\(storiesDirectory)/\(id).json"
            guard unlink(path) == 0 || errno == ENOENT else { throw .syscall("unlink", path: path, errno: errno) }
        }
        guard syncingDirectories else { return }
        if !articles.isEmpty { try AtomicFile.syncDirectory(articlesDirectory) }
        if !stories.isEmpty || !removedStories.isEmpty { try AtomicFile.syncDirectory(storiesDirectory) }
    }

    /// `fsync` of the `articles/` and `stories/` folders, so that the renames of earlier writes survive a crash.
    public func syncDirectories() throws(PlatformError) {
        try AtomicFile.syncDirectory(articlesDirectory)
        try AtomicFile.syncDirectory(storiesDirectory)
    }

    private func write(
        _ record: some Encodable, id: String, in folder: String, encoder: JSONEncoder
    ) throws(PlatformError) {
        let path = "\(folder)/\(id).json"
        guard Self.isSafeID(id) else { throw .syscall("write", path: path, errno: EINVAL) }
        let bytes: Data
        do { bytes = try encoder.encode(record) } catch { throw .syscall("encode", path: path, errno: EINVAL) }
        try AtomicFile.write(Array(bytes) + [UInt8(ascii: "\n")], to: path, syncingDirectory: false)
    }

    /// Ids become file names: 1 to 128 ASCII letters, digits, `-` or `_`.
    static func isSafeID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 128
            && id.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            }
    }
}
