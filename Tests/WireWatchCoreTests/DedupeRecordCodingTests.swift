import Testing

@testable import WireWatchCore

struct DedupeRecordCodingTests {
    private static let article = Article(
        id: "a1b2", source: ArticleSource(file: "inbox/strike.txt", sha256: "f00d", bytes: 4_321),
        headline: "Dockers walk out in Valmora", outlet: "Adriatic Wire", byline: ["Ana Kovač", "Staff"],
        published: "2024-03-04", body: ["Dock workers walked off the job.", "“We stay out,” Elena Marchetti said."],
        removed: [RemovedLine(text: "Subscribe now", reason: "boilerplate")],
        quotes: [
            Quote(
                id: "q1", text: "We stay out", kind: .direct,
                speaker: SpeakerReference(name: "Elena Marchetti", mention: "Marchetti", role: "union leader"),
                cue: "said", via: ["Adriatic Wire"], paragraph: 1),
            Quote(id: "q2", text: "the port would seek an injunction", kind: .indirect, speaker: nil, cue: nil, paragraph: 0),
        ],
        speakers: [Speaker(name: "Elena Marchetti", aliases: ["Marchetti"], roles: ["union leader"])],
        duplicates: [DuplicateLink(article: "c3d4", relation: .nearDuplicate, similarity: 0.875)],
        story: "sa1b2")

    @Test func articlesRoundTripWithEveryField() throws {
        let bytes = DedupeRecordCoding.encode(Self.article)
        #expect(!DedupeRecordCoding.isJSON(bytes))
        #expect(DedupeRecordCoding.article(from: bytes) == Self.article)
        let bare = Article(id: "x", source: ArticleSource(file: "x", sha256: "", bytes: 0))
        #expect(DedupeRecordCoding.article(from: DedupeRecordCoding.encode(bare)) == bare)
    }

    @Test func storiesAndSpeakersRoundTrip() {
        let story = Story(
            id: "sa1b2", articles: ["a1b2", "c3d4"],
            statements: [
                Statement(
                    id: "st1", speaker: "Elena Marchetti", text: "We stay out",
                    quotes: [StatementMember(article: "a1b2", quote: "q1"), StatementMember(article: "c3d4", quote: "q2")])
            ])
        #expect(DedupeRecordCoding.story(from: DedupeRecordCoding.encode(story)) == story)
        let speaker = SpeakerRecord(id: 300, name: "Dmitry Peskov", aliases: ["Peskov"], roles: ["Kremlin spokesman"])
        #expect(DedupeRecordCoding.speaker(from: DedupeRecordCoding.encode(speaker)) == speaker)
    }

    @Test func foreignOrDamagedBytesDecodeToNil() {
        let bytes = DedupeRecordCoding.encode(Self.article)
        #expect(DedupeRecordCoding.article(from: Array(bytes.dropLast(3))) == nil)
        #expect(DedupeRecordCoding.article(from: bytes + [0]) == nil)
        #expect(DedupeRecordCoding.article(from: Array("{\"id\":\"x\"}".utf8)) == nil)
        #expect(DedupeRecordCoding.isJSON(Array("{\"id\":\"x\"}".utf8)))
        #expect(DedupeRecordCoding.story(from: []) == nil)
        #expect(DedupeRecordCoding.speaker(from: [1, 0x80]) == nil)
    }
}
