import Glibc
import WireWatchCore

extension ResultWriter {
    /// The files of these records (pretty-printed JSON with sorted keys and a final newline), encoded now, and the
    /// removals of the merged stories not rewritten here. No I/O.
    /// - Throws: `PlatformError` when an id is not a safe file name or a record cannot be encoded.
    public func encode(
        articles: [Article], stories: [Story] = [], removedStories: [String] = []
    ) throws(PlatformError) -> ResultBatch {
        var batch = ResultBatch()
        for change in try records(articles: articles, stories: stories, removedStories: removedStories).changes {
            switch change.content {
            case .removal: batch.remove(path: change.path)
            default: batch.write(ResultBatch.File(path: change.path, bytes: try Self.bytes(of: change)))
            }
        }
        return batch
    }

    /// The same files as ``encode(articles:stories:removedStories:)``, with their records encoded on a global queue
    /// from now on, beside the caller's next work; the batch's write waits for them. Ids and numbers are checked
    /// now, so that a record that cannot be written fails its own input here, not its whole batch later.
    /// - Throws: `PlatformError` when an id is not a safe file name or a similarity is not a finite number.
    public func records(
        articles: [Article], stories: [Story] = [], removedStories: [String] = []
    ) throws(PlatformError) -> ResultBatch {
        var batch = ResultBatch()
        for article in articles {
            let path = try Self.path(of: article.id, in: articlesDirectory)
            guard article.duplicates.allSatisfy(\.similarity.isFinite) else {
                throw .syscall("encode", path: path, errno: EINVAL)
            }
            batch.write(Self.encoding(article, path: path), path: path)
        }
        for story in stories {
            let path = try Self.path(of: story.id, in: storiesDirectory)
            batch.write(Self.encoding(story, path: path), path: path)
        }
        for id in removedStories where Self.isSafeID(id) && !stories.contains(where: { $0.id == id }) {
            batch.remove(path: "\(storiesDirectory)/\(id).json")
        }
        return batch
    }

    /// The bytes of a file to write: its own, or its record's JSON text and a final newline (waited for).
    static func bytes(of file: ResultBatch.Pending) throws(PlatformError) -> [UInt8] {
        switch file.content {
        case .bytes(let encoded): return encoded
        case .encoding(let encoding): return try encoding.bytes()
        case .removal: throw .syscall("encode", path: file.path, errno: EINVAL)
        }
    }

    /// The record's encoding, started now on a global queue.
    private static func encoding(_ record: some Encodable & Sendable, path: String) -> ResultBatch.Content {
        .encoding(ResultBatch.Encoding { () throws(PlatformError) in try encoded(record, path: path) })
    }

    /// A record's JSON text with a final newline.
    private static func encoded(_ record: some Encodable, path: String) throws(PlatformError) -> [UInt8] {
        do {
            var bytes = try PrettyJSONEncoder().encode(record)
            bytes.append(UInt8(ascii: "\n"))
            return bytes
        } catch {
            throw .syscall("encode", path: path, errno: EINVAL)
        }
    }

    private static func path(of id: String, in folder: String) throws(PlatformError) -> String {
        let path = "\(folder)/\(id).json"
        guard isSafeID(id) else { throw .syscall("write", path: path, errno: EINVAL) }
        return path
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

extension ResultBatch.Content {
    /// Whether this is a record being encoded.
    var isRecord: Bool {
        switch self {
        case .encoding: true
        case .bytes, .removal: false
        }
    }
}
