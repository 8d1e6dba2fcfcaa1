import Foundation
import Testing
import WireWatchCore

@testable import WireWatchPlatform

/// The output files must keep the exact bytes `JSONEncoder` wrote before (`[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`): every test compares both encoders on the same value.
struct PrettyJSONEncoderTests {
    static func foundation<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    func expectSameBytes<Value: Encodable>(_ value: Value, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let ours = try PrettyJSONEncoder().encode(value)
        let theirs = try Self.foundation(value)
        #expect(
            String(decoding: ours, as: UTF8.self) == String(decoding: theirs, as: UTF8.self),
            sourceLocation: sourceLocation)
        #expect(ours == theirs, sourceLocation: sourceLocation)
    }

    static let fullArticle = Article(
        id: "0123456789abcdef",
        source: ArticleSource(file: "wire/2019-11-19 über.txt", sha256: String(repeating: "ab", count: 32), bytes: 4123),
        headline: "Minister says \"no\" to 5/10 plan\\path",
        outlet: "Reuters",
        byline: ["Jane Doe", "Émile Zola"],
        published: "2019-11-19",
        body: ["First paragraph.\nSecond line\twith tab.", "«Guillemets» and “curly” quotes — dash, emoji 🎉, \u{2028}."],
        removed: [RemovedLine(text: "Photo: AFP", reason: "photo-credit")],
        quotes: [
            Quote(
                id: "q1", text: "We will not stop", kind: .direct,
                speaker: SpeakerReference(name: "Jane Doe", mention: "Doe", role: "minister"), cue: "said",
                via: ["Interfax"], paragraph: 0),
            Quote(id: "q2", text: "it was over", kind: .indirect, speaker: nil, cue: nil, paragraph: 12),
        ],
        speakers: [Speaker(name: "Jane Doe", aliases: ["Doe", "the minister"], roles: ["minister"])],
        duplicates: [
            DuplicateLink(article: "fedcba9876543210", relation: .nearDuplicate, similarity: 0.9312),
            DuplicateLink(article: "1111222233334444", relation: .exact, similarity: 1),
            DuplicateLink(article: "5555666677778888", relation: .rewrite, similarity: 1.0 / 3.0),
        ],
        story: "s0123456789abcdef")

    @Test func articleWithEveryField() throws {
        try expectSameBytes(Self.fullArticle)
    }

    @Test func articleWithNullsAndEmptyLists() throws {
        try expectSameBytes(Article(id: "a1", source: ArticleSource(file: "x.txt", sha256: "00", bytes: 0)))
    }

    @Test func storyWithStatements() throws {
        let story = Story(
            id: "s1", articles: ["a1", "a2"],
            statements: [
                Statement(
                    id: "st1", speaker: "Jane Doe", text: "We will not stop",
                    quotes: [StatementMember(article: "a1", quote: "q1"), StatementMember(article: "a2", quote: "q3")])
            ])
        try expectSameBytes(story)
        try expectSameBytes(Story(id: "s2"))
    }

    @Test func everyControlCharacterAndEscape() throws {
        let controls = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
        try expectSameBytes([controls, "\"\\/", "\u{7F}\u{85}\u{2028}\u{2029}\u{FEFF}", "", "e\u{301}", "😀 ü ß 中文"])
    }

    @Test func numbers() throws {
        let doubles: [Double] = [
            0, -0.0, 1, -1, 0.5, 0.1, 0.2 + 0.1, 1.0 / 3.0, 0.95, 0.9312, 1e-5, 1.5e-7, 123456789, 1e15, 1e16, 1e20,
            .greatestFiniteMagnitude, .leastNonzeroMagnitude, 12.5,
        ]
        try expectSameBytes(doubles)
        try expectSameBytes([0, 1, -1, Int.max, Int.min])
        try expectSameBytes([UInt8.max])
        try expectSameBytes([Float(0.1), Float(2)])
        try expectSameBytes([true, false])
    }

    @Test func nestedContainersAndKeyOrder() throws {
        let value: [String: [String: [Int]]] = [
            "b": ["z": [], "a": [1, 2]], "a": [:], "ab": ["k": [3]], "A": ["": []], "a1": [:], "a10": [:], "a2": [:],
        ]
        try expectSameBytes(value)
        try expectSameBytes([[String]]())
        try expectSameBytes([[String?]](arrayLiteral: [nil, "x"], []))
    }

    @Test func refusesNonFiniteNumbers() {
        #expect(throws: EncodingError.self) { try PrettyJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try PrettyJSONEncoder().encode([Double.infinity]) }
    }
}
