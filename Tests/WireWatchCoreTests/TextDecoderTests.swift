import Testing
@testable import WireWatchCore

struct TextDecoderTests {
    let decoder = TextDecoder()

    @Test func decodesUTF8WithAndWithoutByteOrderMark() throws {
        #expect(try decoder.decode(Array("Café au lait".utf8)) == "Café au lait")
        #expect(try decoder.decode([0xEF, 0xBB, 0xBF] + Array("Bonjour".utf8)) == "Bonjour")
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        let text = "Zürich “talks” resume"
        let little: [UInt8] = [0xFF, 0xFE] + Self.bytes(text, bigEndian: false)
        let big: [UInt8] = [0xFE, 0xFF] + Self.bytes(text, bigEndian: true)
        #expect(try decoder.decode(little) == text)
        #expect(try decoder.decode(big) == text)
    }

    @Test func decodesUTF16WithoutByteOrderMarkFromItsZeroBytes() throws {
        let text = "Plain ASCII text in UTF-16"
        #expect(try decoder.decode(Self.bytes(text, bigEndian: false)) == text)
    }

    static func bytes(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for unit in text.utf16 {
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    @Test func fallsBackToWindows1252ForInvalidUTF8() throws {
        // "Caf\xE9 \x93open\x94 \x96 it\x92s" in Windows-1252
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" ".utf8) + [0x93] + Array("open".utf8) + [0x94]
            + Array(" ".utf8) + [0x96] + Array(" it".utf8) + [0x92] + Array("s".utf8)
        #expect(try decoder.decode(bytes) == "Café “open” – it’s")
    }

    @Test func keepsValidUTF8SequencesBesideStrayWindows1252Bytes() throws {
        let bytes: [UInt8] = Array("naïve ".utf8) + [0x85]
        #expect(try decoder.decode(bytes) == "naïve …")
    }

    @Test func refusesBinaryData() {
        #expect(throws: PipelineError.binaryContent) { try decoder.decode([0x00, 0x01, 0x02, 0x03, 0x10, 0x11]) }
        #expect(throws: PipelineError.binaryContent) { try decoder.decode(Array("%PDF-1.7 rest".utf8)) }
        #expect(throws: PipelineError.binaryContent) { try decoder.decode([0x1F, 0x8B, 0x08, 0x00]) }
    }

    @Test func refusesRandomBytes() {
        var generator = SplitMix(seed: 42)
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(throws: PipelineError.self) { try decoder.decode(bytes) }
    }

    @Test func refusesTextInAnotherEncoding() {
        // Mostly bytes above 0x7F that are not UTF-8: not Western text.
        let bytes: [UInt8] = [0xC8, 0xE7, 0xE2, 0xE5, 0xF1, 0xF2, 0xE8, 0xFF, 0x20, 0xEA, 0xF0, 0xE5, 0xEC, 0xEB, 0xFF]
        #expect(throws: PipelineError.undecodableText("neither UTF-8, UTF-16 nor Windows-1252")) {
            try decoder.decode(bytes)
        }
    }

    @Test func refusesUTF16WithOddByteCount() {
        #expect(throws: PipelineError.undecodableText("UTF-16 text with an odd number of bytes")) {
            try decoder.decode([0xFF, 0xFE, 0x41])
        }
    }
}

/// A small seeded generator so random-input tests are repeatable.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
