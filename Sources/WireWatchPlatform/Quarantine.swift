import Foundation
import WireWatchCore

/// The `quarantine` folder: refused inputs, each moved there (renamed, under a sanitised, unique name) with a
/// `NAME.reason.json` beside it: `{file, sha256, code, reason, at, attempts}`.
public struct Quarantine: Sendable {
    /// What `NAME.reason.json` holds.
    public struct Reason: Sendable, Equatable, Codable {
        public var file: String
        public var sha256: String?
        public var code: String
        public var reason: String
        public var at: String
        public var attempts: Int

        public init(file: String, sha256: String?, code: String, reason: String, at: String, attempts: Int) {
            self.file = file
            self.sha256 = sha256
            self.code = code
            self.reason = reason
            self.at = at
            self.attempts = attempts
        }

        enum CodingKeys: String, CodingKey { case file, sha256, code, reason, at, attempts }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(sha256, forKey: .sha256)
            try container.encode(code, forKey: .code)
            try container.encode(reason, forKey: .reason)
            try container.encode(at, forKey: .at)
            try container.encode(attempts, forKey: .attempts)
        }
    }

    /// The quarantine folder.
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// Moves the entry at `path` into the quarantine folder and writes its reason file beside it (durably).
    /// - Returns: the entry's new path.
    @discardableResult
    public func admit(path: String, reason: Reason) throws(PlatformError) -> String {
        let name = Self.sanitisedName(reason.file)
        let target = try FileMover.move(path, into: directory, name: name, companionSuffix: ".reason.json")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let bytes: Data
        do { bytes = try encoder.encode(reason) } catch { throw .syscall("encode", path: target, errno: 22) }
        try AtomicFile.write(Array(bytes) + [10], to: target + ".reason.json")
        return target
    }

    /// A name that stays inside the folder and is not hidden: letters, digits, `.`, `-` and `_` kept, every other
    /// character replaced by `_`, leading dots replaced, at most 180 bytes; `unnamed` when nothing is left.
    public static func sanitisedName(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            let isSafe =
                scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || scalar == "." || scalar == "-" || scalar == "_")
            scalars.append(isSafe ? scalar : "_")
        }
        var result = String(scalars)
        while result.hasPrefix(".") { result = "_" + result.dropFirst() }
        if result.utf8.count > 180 { result = String(result.prefix(180)) }
        return result.isEmpty ? "unnamed" : result
    }
}
