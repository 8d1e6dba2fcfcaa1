import Testing
@testable import WireWatchCore

struct MentionParserTests {
    /// Parses the speaker phrase that ends just before `said` in `text`.
    private func subject(_ text: String) -> SpeakerMention? {
        let paragraph = AttributeTestSupport.paragraph(text)
        guard let said = paragraph.tokens.firstIndex(where: { $0.lower == "said" }) else { return nil }
        return MentionParser(paragraph).parseBackward(endingAt: said - 1, floor: 0)
    }

    @Test func splitsTitleAndRoleFromTheName() {
        let mention = subject("Kremlin press secretary Dmitry Peskov said it was too early.")
        #expect(mention?.kind == .name)
        #expect(mention?.name == "Dmitry Peskov")
        #expect(mention?.role == "Kremlin press secretary")
    }

    @Test func readsAppositives() {
        let mention = subject("Anna Berg, a spokeswoman for the city council, said the vote was fair.")
        #expect(mention?.name == "Anna Berg")
        #expect(mention?.role == "spokeswoman for the city council")
        #expect(mention?.gender == .feminine)
    }

    @Test func readsAChainOfAppositives() {
        let mention = subject("Ravi Patel, head of the port authority, the largest employer in town, said work resumes.")
        #expect(mention?.name == "Ravi Patel")
        #expect(mention?.role == "head of the port authority")
    }

    @Test func readsANameAfterItsDescription() {
        let mention = subject("The union's lead negotiator, Maria Costa, said talks would resume.")
        #expect(mention?.name == "Maria Costa")
        #expect(mention?.role == "union's lead negotiator")
    }

    @Test func readsOrganisationsAndPronouns() {
        #expect(subject("The Kremlin said it would wait.")?.kind == .organization)
        #expect(subject("The Kremlin said it would wait.")?.name == "Kremlin")
        #expect(subject("Russia’s Foreign Ministry said it would respond.")?.name == "Russia’s Foreign Ministry")
        #expect(subject("Later he said it would wait.")?.kind == .pronoun)
    }

    @Test func tellsDescriptionsFromAnonymousSources() {
        #expect(subject("The spokesman said it would wait.")?.kind == .description)
        #expect(subject("A senior official said it would wait.")?.kind == .vague)
        #expect(subject("Officials said it would wait.")?.kind == .vague)
    }

    @Test func joinsCoordinatedNames() {
        let mention = subject("Mr. Grant and Ms. Ortiz said the bill would pass.")
        #expect(mention?.name == "Mr. Grant and Ms. Ortiz")
    }

    @Test func readsInvertedSpeakersForwards() {
        let paragraph = AttributeTestSupport.paragraph("“Fine,” said Jonas Weller, the league’s commissioner.")
        let said = paragraph.tokens.firstIndex { $0.lower == "said" }!
        let mention = MentionParser(paragraph).parseForward(startingAt: said + 1, limit: paragraph.tokens.count)
        #expect(mention?.name == "Jonas Weller")
        #expect(mention?.role == "league’s commissioner")
    }
}
