/// Turns the raw bytes of a dropped file into text.
///
/// Accepted: UTF-8 (with or without a byte order mark), UTF-16 and UTF-32 with a byte order mark, UTF-16 without
/// one when its zero bytes give it away, and Windows-1252 for text that is not valid UTF-8 (byte by byte, so a UTF-8
/// file with a few stray Windows-1252 bytes keeps its UTF-8 characters). Anything else is refused: binary data with
/// `PipelineError.binaryContent`, text in another encoding with `PipelineError.undecodableText`.
struct TextDecoder: Sendable {
    /// Share of control characters (other than tab, line feed, form feed and carriage return) above which the
    /// content is taken for binary data.
    static let controlShareLimit = 0.01
    /// Share of bytes above 0x7F above which invalid UTF-8 is not taken for Windows-1252 text.
    static let highByteShareLimit = 0.3

    func decode(_ bytes: [UInt8]) throws(PipelineError) -> String {
        if Self.hasBinarySignature(bytes) { throw .binaryContent }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return try decodeUTF32(bytes.dropFirst(4), bigEndian: false) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return try decodeUTF32(bytes.dropFirst(4), bigEndian: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return try decodeUTF16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decodeUTF16(bytes.dropFirst(2), bigEndian: true) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if body.contains(0) {
            if let bigEndian = Self.bomlessUTF16Order(body) { return try decodeUTF16(body, bigEndian: bigEndian) }
            throw .binaryContent
        }
        if let text = String(validating: body, as: UTF8.self) {
            try Self.requireText(text)
            return text
        }
        return try decodeWindows1252Fallback(body)
    }

    // MARK: - Encodings

    private func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(PipelineError) -> String {
        guard bytes.count % 2 == 0 else { throw .undecodableText("UTF-16 text with an odd number of bytes") }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw .undecodableText("UTF-16 text with unpaired surrogates")
        }
        try Self.requireText(text)
        return text
    }

    private func decodeUTF32(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(PipelineError) -> String {
        guard bytes.count % 4 == 0 else { throw .undecodableText("UTF-32 text with a byte count not a multiple of 4") }
        var scalars = String.UnicodeScalarView()
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let quad = bytes[index..<index + 4].map(UInt32.init)
            let value = bigEndian
                ? quad[0] << 24 | quad[1] << 16 | quad[2] << 8 | quad[3]
                : quad[3] << 24 | quad[2] << 16 | quad[1] << 8 | quad[0]
            guard let scalar = Unicode.Scalar(value) else {
                throw .undecodableText("UTF-32 text with invalid code points")
            }
            scalars.append(scalar)
            index += 4
        }
        let text = String(scalars)
        try Self.requireText(text)
        return text
    }

    /// Decodes invalid UTF-8 that looks like Western text: valid UTF-8 sequences are kept, other bytes are read as
    /// Windows-1252.
    private func decodeWindows1252Fallback(_ bytes: ArraySlice<UInt8>) throws(PipelineError) -> String {
        var controls = 0, fallback = 0, undefined = 0
        var scalars = String.UnicodeScalarView()
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D { controls += 1 }
                scalars.append(Unicode.Scalar(byte))
                index += 1
            } else if let (scalar, length) = Self.utf8Sequence(in: bytes, at: index) {
                scalars.append(scalar)
                index += length
            } else {
                fallback += 1
                if Windows1252.undefinedBytes.contains(byte) { undefined += 1 }
                scalars.append(Windows1252.scalar(for: byte))
                index += 1
            }
        }
        let count = Double(bytes.count)
        if Double(controls) > count * Self.controlShareLimit { throw .binaryContent }
        if Double(fallback) > count * Self.highByteShareLimit || undefined > 0 {
            throw .undecodableText("neither UTF-8, UTF-16 nor Windows-1252")
        }
        return String(scalars)
    }

    /// The scalar of a valid multi-byte UTF-8 sequence starting at `index`, and its length.
    private static func utf8Sequence(in bytes: ArraySlice<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0
        guard length > 0, index + length <= bytes.endIndex else { return nil }
        guard let text = String(validating: bytes[index..<index + length], as: UTF8.self),
              let scalar = text.unicodeScalars.first, text.unicodeScalars.count == 1 else { return nil }
        return (scalar, length)
    }

    // MARK: - Checks

    /// Refuses decoded text with too many control characters (binary data that happens to decode).
    private static func requireText(_ text: String) throws(PipelineError) {
        var total = 0, controls = 0
        for scalar in text.unicodeScalars {
            total += 1
            let value = scalar.value
            if (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0C && value != 0x0D) || value == 0x7F {
                controls += 1
            }
        }
        if controls > 3, Double(controls) > Double(total) * controlShareLimit { throw .binaryContent }
    }

    /// Magic numbers of common binary formats (PDF, ZIP, gzip, PNG, JPEG, GIF, ELF, SQLite).
    static func hasBinarySignature(_ bytes: [UInt8]) -> Bool {
        let signatures: [[UInt8]] = [
            Array("%PDF-".utf8), [0x50, 0x4B, 0x03, 0x04], [0x1F, 0x8B], [0x89, 0x50, 0x4E, 0x47],
            [0xFF, 0xD8, 0xFF], Array("GIF8".utf8), [0x7F, 0x45, 0x4C, 0x46], Array("SQLite format 3".utf8),
        ]
        return signatures.contains { bytes.starts(with: $0) }
    }

    /// The byte order of UTF-16 text without a byte order mark, judged by where its zero bytes fall
    /// (mostly ASCII text has a zero in every other byte); nil when the zeros do not follow that pattern.
    static func bomlessUTF16Order(_ bytes: ArraySlice<UInt8>) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (offset, byte) in bytes.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = bytes.count / 2
        if oddZeros * 10 >= pairs * 6, evenZeros * 20 <= pairs { return false }
        if evenZeros * 10 >= pairs * 6, oddZeros * 20 <= pairs { return true }
        return nil
    }
}
