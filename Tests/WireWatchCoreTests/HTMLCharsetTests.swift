import Testing
@testable import WireWatchCore

struct HTMLCharsetTests {
    /// A story paragraph with curly quotes, an accent and a euro sign, in the given encoding of the body.
    private func page(charsetDeclaration: String, body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(charsetDeclaration)</head><body><article><p>".utf8) + body
            + Array("</p><p>\(HTMLTestPages.story[0])</p></article></body></html>".utf8)
    }

    private let windows1252Body: [UInt8] =
        Array("The caf".utf8) + [0xE9] + Array(" charged ".utf8) + [0x80] + Array("4 for a coffee, ".utf8) + [0x93]
        + Array("a fair price".utf8) + [0x94] + Array(" according to the owner, who opened it last year.".utf8)

    private let expected = "The café charged €4 for a coffee, \u{201C}a fair price\u{201D} according to the owner, who opened it last year."

    @Test func decodesDeclaredWindows1252() throws {
        let bytes = page(charsetDeclaration: "<meta charset=\"windows-1252\">", body: windows1252Body)
        #expect(try HTMLArticleExtractor().extract(bytes).paragraphs.first == expected)
    }

    @Test func decodesLatin1DeclaredInContentType() throws {
        let declaration = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        let bytes = page(charsetDeclaration: declaration, body: windows1252Body)
        #expect(try HTMLArticleExtractor().extract(bytes).paragraphs.first == expected)
    }

    @Test func guessesWindows1252WhenUndeclaredAndNotUTF8() throws {
        let bytes = page(charsetDeclaration: "", body: windows1252Body)
        #expect(HTMLCharset.detect(bytes) == .windows1252)
        #expect(try HTMLArticleExtractor().extract(bytes).paragraphs.first == expected)
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        let text = String(decoding: page(charsetDeclaration: "", body: Array(expected.utf8)), as: UTF8.self)
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(HTMLCharset.detect(bytes) == .utf16LittleEndian)
        #expect(try HTMLArticleExtractor().extract(bytes).paragraphs.first == expected)
    }

    @Test func decodesOtherEncodingsThroughLibXML2() throws {
        // "Привет мир" in KOI8-R.
        let koi8: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x20, 0xCD, 0xC9, 0xD2]
        let body = koi8 + Array(", said the headline of the local paper on Monday morning in the capital.".utf8)
        let bytes = page(charsetDeclaration: "<meta charset=\"koi8-r\">", body: body)
        #expect(HTMLCharset.detect(bytes) == .other("koi8-r"))
        let first = try HTMLArticleExtractor().extract(bytes).paragraphs.first
        #expect(first?.hasPrefix("Привет мир, said") == true)
    }

    @Test func readsUTF8MislabelledAsLatin1() throws {
        let bytes = page(charsetDeclaration: "<meta charset=\"iso-8859-1\">", body: Array(expected.utf8))
        #expect(HTMLCharset.detect(bytes) == .utf8)
        #expect(try HTMLArticleExtractor().extract(bytes).paragraphs.first == expected)
    }

    @Test func readsLatin1MislabelledAsUTF8() throws {
        let bytes = page(charsetDeclaration: "<meta charset=\"utf-8\">", body: windows1252Body)
        #expect(HTMLCharset.detect(bytes) == .windows1252)
        #expect(try HTMLArticleExtractor().extract(bytes).paragraphs.first == expected)
    }

    @Test func validatesUTF8LikeTheStandardLibrary() {
        var cases: [[UInt8]] = [
            [], Array("plain ascii text, long enough for words".utf8), Array("café 東京 😀".utf8),
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98],
            [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0xE2, 0x82], [0x80], [0xFF, 0x41],
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let length = Int.random(in: 0..<24, using: &generator)
            cases.append((0..<length).map { _ in
                [0x41, 0x80, 0xBF, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0xED, 0xF4][Int.random(in: 0..<12, using: &generator)]
            })
        }
        for bytes in cases {
            #expect(HTMLCharset.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test func ignoresCharsetWordsInScripts() {
        let bytes = Array("<html><head><script>var charset = 'x';</script><meta charset=utf-8>".utf8)
        #expect(HTMLCharset.declaredLabel(in: bytes) == "utf-8")
    }

    @Test func repairsInvalidUTF8WhenDeclared() throws {
        let body = Array("Broken ".utf8) + [0xFF] + Array(" byte in a café sentence that is long enough to be kept.".utf8)
        let bytes = page(charsetDeclaration: "<meta charset=\"utf-8\">", body: body)
        #expect(HTMLCharset.detect(bytes) == .utf8)
        let first = try HTMLArticleExtractor().extract(bytes).paragraphs.first
        #expect(first == "Broken \u{FFFD} byte in a café sentence that is long enough to be kept.")
    }
}
