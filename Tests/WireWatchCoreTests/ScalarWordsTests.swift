import Testing

@testable import WireWatchCore

/// The fast scalar path of the article id's normalisation must give the bytes of the `Character` path.
struct ScalarWordsTests {
    /// The reference normalisation: `Character`s of the lowercased paragraphs, split at non-letters.
    static func reference(_ paragraphs: [String]) -> String {
        var words: [String] = []
        for paragraph in paragraphs {
            for word in paragraph.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                words.append(String(word))
            }
        }
        return words.joined(separator: " ")
    }

    static let samples: [[String]] = [
        ["Hello,  World!", "Second line."],
        ["“It’s done,” said Zoë Müller — ÉTÉ ½ price², 3.5%…", "Ǆemal ⅎ KΩ Å µ ª º ¹ ß"],
        ["İstanbul İzmir", "e\u{301}te\u{301} cafe\u{301}", "a\u{200D}b c\u{200C}d"],
        ["👍🏽 thumbs, 🇫🇷 flag", "Ελληνικά ΟΔΟΣ and Кириллица", "\r\nline\r\nbreaks\u{2028}sep\u{00AD}soft"],
        ["", "  ", "---", "x"],
        [],
    ]

    @Test(arguments: samples)
    func matchesTheCharacterPath(paragraphs: [String]) {
        #expect(ArticleAssembler.normalised(paragraphs) == Self.reference(paragraphs))
    }

    @Test func simpleTextsTakeTheFastPath() {
        var out: [UInt8] = []
        #expect(ScalarWords.appendWords(of: "“Zoë” — said ½", to: &out))
        #expect(String(decoding: out, as: UTF8.self) == "zoë said ½")
        #expect(!ScalarWords.appendWords(of: "cafe\u{301}", to: &out))
        #expect(String(decoding: out, as: UTF8.self) == "zoë said ½")
    }

    @Test func articleIDIsUnchanged() {
        let body = ["Hello,  World!", "Second line."]
        let expected = String(ContentHash.sha256Hex(Self.reference(body)).prefix(16))
        #expect(ArticleAssembler.articleID(body: body, headline: nil) == expected)
        #expect(ArticleAssembler.articleID(body: [], headline: "Só") == String(ContentHash.sha256Hex("só").prefix(16)))
    }
}
