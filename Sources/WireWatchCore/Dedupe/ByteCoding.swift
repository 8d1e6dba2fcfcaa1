/// Appends little-endian integers and strings to a byte buffer (the compact on-disk form of fingerprints).
struct ByteWriter: Sendable {
    private(set) var bytes: [UInt8] = []

    init() {}

    mutating func write<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Writes a length (LEB128 variable-length unsigned integer).
    mutating func writeLength(_ value: Int) {
        var rest = UInt64(max(0, value))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ text: String) {
        let utf8 = Array(text.utf8)
        writeLength(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func write(_ values: [UInt32]) {
        writeLength(values.count)
        for value in values { write(value) }
    }
}

/// Reads what ``ByteWriter`` wrote; every read returns nil past the end instead of trapping.
struct ByteReader: Sendable {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset >= bytes.count }

    private mutating func read<Value: FixedWidthInteger>(_: Value.Type) -> Value? {
        let size = MemoryLayout<Value>.size
        guard offset + size <= bytes.count else { return nil }
        var value: Value = 0
        for index in 0..<size { value |= Value(bytes[offset + index]) << (8 * index) }
        offset += size
        return value
    }

    mutating func readUInt8() -> UInt8? { read(UInt8.self) }
    mutating func readUInt16() -> UInt16? { read(UInt16.self) }
    mutating func readUInt32() -> UInt32? { read(UInt32.self) }
    mutating func readUInt64() -> UInt64? { read(UInt64.self) }

    mutating func readLength() -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while let byte = read(UInt8.self) {
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value <= UInt64(Int32.max) ? Int(value) : nil }
            shift += 7
            if shift > 35 { return nil }
        }
        return nil
    }

    mutating func readString() -> String? {
        guard let count = readLength(), offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }

    mutating func readUInt32Array() -> [UInt32]? {
        guard let count = readLength(), offset + count * 4 <= bytes.count else { return nil }
        let start = offset
        offset += count * 4
        return [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                for index in 0..<count {
                    buffer[index] = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + index * 4, as: UInt32.self))
                }
            }
            initialized = count
        }
    }
}
