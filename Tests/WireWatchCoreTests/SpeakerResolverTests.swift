import Testing
@testable import WireWatchCore

struct SpeakerResolverTests {
    @Test func joinsSurnamesAndSpellingVariants() {
        let result = AttributeTestSupport.attribute(
            "Kremlin spokesman Dmitry Peskov said the talks were over.",
            "Peskov said the decision was final.",
            "Dmitri Peskov later said the door remained open.")
        #expect(result.quotes.count == 3)
        #expect(result.quotes.allSatisfy { $0.speaker?.name == "Dmitry Peskov" })
        #expect(result.speakers.count == 1)
        #expect(result.speakers[0].aliases.contains("Peskov"))
        #expect(result.speakers[0].aliases.contains("Dmitri Peskov"))
        #expect(result.speakers[0].roles.contains("Kremlin spokesman"))
    }

    @Test func resolvesPronounsToTheLastSpeakerOfTheRightGender() {
        let result = AttributeTestSupport.attribute(
            "Finance Minister Clara Holm said the budget would balance.",
            "Opposition leader Tomas Berg said the numbers did not add up.",
            "She said the critics had not read the plan.")
        #expect(result.quote(containing: "critics")?.speaker?.name == "Clara Holm")
        #expect(result.quote(containing: "critics")?.speaker?.mention == "She")
    }

    @Test func resolvesDescriptionsByRole() {
        let result = AttributeTestSupport.attribute(
            "City spokesman Ivan Petrov said the bridge would reopen.",
            "Mayor Lucia Gomez said repairs were on schedule.",
            "The spokesman added that traffic would be diverted.")
        #expect(result.quote(containing: "traffic")?.speaker?.name == "Ivan Petrov")
    }

    @Test func keepsOrganisationsAsSpeakers() {
        let result = AttributeTestSupport.attribute("The Foreign Ministry said it would summon the ambassador.")
        #expect(result.quotes.first?.speaker?.name == "Foreign Ministry")
    }

    @Test func doesNotNameAnonymousSources() {
        let result = AttributeTestSupport.attribute("A senior official said the talks had collapsed overnight.")
        #expect(result.quotes.count == 1)
        #expect(result.quotes.first?.speaker == nil)
    }

    @Test func comparesGivenNames() {
        #expect(SpeakerResolver.sameGivenName("dmitry", "dmitri"))
        #expect(SpeakerResolver.sameGivenName("sergey", "sergei"))
        #expect(SpeakerResolver.sameGivenName("j.", "john"))
        #expect(!SpeakerResolver.sameGivenName("bill", "hillary"))
    }
}
