import CLibCrypto

/// SHA-256 digests through the system's libcrypto.
public enum ContentHash {
    /// The lowercase hex SHA-256 of `bytes`.
    public static func sha256Hex(_ bytes: some Collection<UInt8>) -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        let done: Bool? = bytes.withContiguousStorageIfAvailable { buffer in
            SHA256(buffer.baseAddress, buffer.count, &digest) != nil
        }
        if done == nil {
            let copy = Array(bytes)
            _ = copy.withUnsafeBufferPointer { SHA256($0.baseAddress, $0.count, &digest) }
        }
        return hex(digest)
    }

    /// The lowercase hex SHA-256 of the UTF-8 bytes of `text`.
    public static func sha256Hex(_ text: String) -> String {
        sha256Hex(Array(text.utf8))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
