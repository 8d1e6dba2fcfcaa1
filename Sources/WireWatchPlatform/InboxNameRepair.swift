import Glibc

/// Gives an inbox entry whose name is not valid UTF-8 a name that is, so that the pipeline can take it like any
/// other entry (processed, or quarantined with a reason) instead of leaving it in the inbox for ever.
///
/// The entry is renamed inside the inbox (same folder, `rename(2)`): each byte sequence that is not UTF-8 becomes
/// `_`, the rest of the name (extension included) is kept, and `-1`, `-2`, ... is added before the extension when
/// the name is taken. A name that would be hidden or temporary once repaired (`x\xff.part`) is left alone: its
/// writer still owns it and will rename it.
public struct InboxNameRepair: Sendable {
    /// The inbox.
    public let directory: String
    /// The names left alone (hidden and temporary ones).
    public let filter: InboxNameFilter

    public init(directory: String, filter: InboxNameFilter = InboxNameFilter()) {
        self.directory = directory
        self.filter = filter
    }

    /// The UTF-8 name for `raw`: valid sequences kept, each invalid one replaced by `_`.
    public static func repairedName(for raw: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = raw.makeIterator()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): scalars.append(Unicode.UTF8.decode(encoded))
            case .error: scalars.append("_")
            case .emptyInput: break loop
            }
        }
        return String(scalars)
    }

    /// Renames the entry named `raw` to its repaired name.
    /// - Returns: the new name, or `nil` when the repaired name is one the inbox ignores (the entry is left as is).
    /// - Throws: ``PlatformError/syscall(_:path:errno:)`` when the rename fails (the entry vanished: `ENOENT`).
    public func repair(_ raw: [UInt8]) throws(PlatformError) -> String? {
        let name = Self.repairedName(for: raw)
        guard !filter.isIgnored(name) else { return nil }
        let target = try FileMover.freeName(in: directory, for: name)
        let source = Array(directory.utf8) + [UInt8(ascii: "/")] + raw + [0]
        let result = source.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { rename($0.baseAddress!, target) }
        }
        guard result == 0 else { throw .syscall("rename", path: directory + "/" + name, errno: errno) }
        return String(target.dropFirst(directory.count + 1))
    }
}
