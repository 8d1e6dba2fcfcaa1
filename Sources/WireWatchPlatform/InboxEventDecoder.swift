import Glibc

/// Turns the bytes read from an inotify descriptor into ``InboxEvent``s. Pure: no system call, so it is tested on
/// hand-made buffers.
///
/// The buffer holds variable-length `struct inotify_event` records: `int wd; uint32_t mask; uint32_t cookie;
/// uint32_t len; char name[len]` where `name` is NUL-terminated and padded with NULs to `len` bytes.
public struct InboxEventDecoder: Sendable {
    /// Size of the fixed part of a record.
    public static let headerSize = 16

    public init() {}

    /// Decodes every whole record in `bytes`, in order. A truncated record at the end is ignored.
    public func decode(_ bytes: UnsafeRawBufferPointer) -> [InboxEvent] {
        var events: [InboxEvent] = []
        var offset = 0
        while offset + Self.headerSize <= bytes.count {
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameStart = offset + Self.headerSize
            guard length <= bytes.count - nameStart else { break }
            let nameBytes = UnsafeRawBufferPointer(rebasing: bytes[nameStart..<nameStart + length])
            if let event = event(mask: mask, name: nameBytes) {
                events.append(event)
            }
            offset = nameStart + length
        }
        return events
    }

    /// Decodes a byte array (for tests and callers holding an array).
    public func decode(_ bytes: [UInt8]) -> [InboxEvent] {
        bytes.withUnsafeBytes { decode($0) }
    }

    private func event(mask: UInt32, name: UnsafeRawBufferPointer) -> InboxEvent? {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return .overflow }
        let gone = UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_UNMOUNT) | UInt32(IN_IGNORED)
        if mask & gone != 0 { return .watchGone }
        guard mask & (UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO)) != 0 else { return nil }
        let end = name.firstIndex(of: 0) ?? name.count
        guard end > 0 else { return nil }
        let raw = Array(name[0..<end])
        guard let text = String(validating: raw, as: UTF8.self) else { return .undecodableName(raw) }
        return .file(text)
    }

    /// Encodes one record as the kernel would (name padded with NULs to a multiple of 4 bytes). For tests.
    public static func record(watch: Int32 = 1, mask: UInt32, cookie: UInt32 = 0, name: [UInt8] = []) -> [UInt8] {
        let padded = name.isEmpty ? 0 : (name.count + 1 + 3) / 4 * 4
        var bytes: [UInt8] = []
        withUnsafeBytes(of: watch.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: mask.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: cookie.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: UInt32(padded).littleEndian) { bytes += $0 }
        bytes += name + [UInt8](repeating: 0, count: padded - name.count)
        return bytes
    }
}
