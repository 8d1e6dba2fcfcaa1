import Testing
@testable import WireWatchCore

/// One test per failure mode of issue 3, on text written for these tests.
struct AttributorTests {
    private let attribute = AttributeTestSupport.attribute

    @Test func findsDirectQuotesInEveryKindOfMark() {
        for (open, close) in [("\"", "\""), ("“", "”"), ("‘", "’"), ("''", "''")] {
            let result = attribute("\(open)The harbour will stay open all winter,\(close) said port director Ana Silva.")
            #expect(result.quotes.count == 1)
            #expect(result.quotes.first?.text == "The harbour will stay open all winter,")
            #expect(result.quotes.first?.kind == .direct)
            #expect(result.quotes.first?.speaker?.name == "Ana Silva")
            #expect(result.quotes.first?.speaker?.role == "port director")
        }
    }

    @Test func splitQuoteIsTwoQuotesWithOneSpeaker() {
        let result = attribute("“We are ready,” Coach Dana Fox said. “The players know what is at stake.”")
        #expect(result.quotes.count == 2)
        #expect(result.quotes.map(\.speaker?.name) == ["Dana Fox", "Dana Fox"])
        #expect(result.quotes.map(\.id) == ["q1", "q2"])
    }

    @Test func quoteSplitInsideOneSentence() {
        let result = attribute("“The final vote,” the senator said, “will happen on Thursday no matter what.”")
        #expect(result.quotes.count == 2)
    }

    @Test func multiParagraphQuoteTakesTheSpeakerOfItsLastPart() {
        let result = attribute(
            "The minister spoke after the vote.",
            "“We have done what we promised to the people of this province.",
            "“Now the work of rebuilding begins in earnest,” said Premier Joan Clarke.")
        #expect(result.quote(containing: "promised")?.speaker?.name == "Joan Clarke")
        #expect(result.quote(containing: "rebuilding")?.speaker?.name == "Joan Clarke")
    }

    @Test func colonIntroductionInTheSameParagraph() {
        let result = attribute("Medvedev, deputy chairman of the security council, pointed out: “The system is stronger.”")
        #expect(result.quotes.first?.text == "The system is stronger.")
        #expect(result.quotes.first?.speaker?.name == "Medvedev")
        #expect(result.quotes.first?.cue == "pointed out")
    }

    @Test func colonIntroductionOfTheNextParagraph() {
        let result = attribute(
            "Health Minister Omar Haddad continued:",
            "“Every clinic in the region will receive the new vaccine by the end of March.”")
        #expect(result.quote(containing: "vaccine")?.speaker?.name == "Omar Haddad")
    }

    @Test func floatingQuoteTakesThePreviousSpeaker() {
        let result = attribute(
            "Fire chief Ron Baker said crews had contained the blaze by midnight.",
            "“It was the hardest night of my career.”")
        #expect(result.quote(containing: "hardest night")?.speaker?.name == "Ron Baker")
    }

    @Test func nestedQuoteStaysInTheOuterQuote() {
        let result = attribute("“Then he told me, ‘Leave now or lose everything,’ and I left,” said Eva Lind.")
        #expect(result.quotes.count == 1)
        #expect(result.quotes.first?.text.contains("Leave now") == true)
    }

    @Test func unbalancedMarkDoesNotSwallowTheArticle() {
        let result = attribute(
            "Union leader Paul Ito said “the strike will continue until the company listens.",
            "The company said it would respond on Friday.",
            "“We remain open to talks,” a company spokeswoman said.")
        #expect(result.quote(containing: "strike will continue")?.text.contains("company said") == false)
        #expect(result.quote(containing: "respond on Friday") != nil)
        #expect(result.quote(containing: "open to talks") != nil)
    }

    @Test func scareQuotesAreNotQuotes() {
        let result = attribute("Officials in both capitals spoke of a “reset” in relations and a new “partnership” era.")
        #expect(result.quotes.isEmpty)
    }

    @Test func reportedSpeechWithCueLexicon() {
        let result = attribute(
            "The governor stressed that the budget was balanced.",
            "Economists warned the deficit would grow next year.",
            "The company pointed out that sales had doubled.",
            "Prime Minister Aiko Mori told reporters the summit had been a success.",
            "The agency said in a statement that no one was hurt.")
        #expect(result.quotes.count == 5)
        #expect(result.quotes.allSatisfy { $0.kind == .indirect })
        #expect(result.quote(containing: "summit")?.cue == "told reporters")
        #expect(result.quote(containing: "no one was hurt")?.text == "no one was hurt")
    }

    @Test func reportedSpeechBeforeItsCueAndWithAccordingTo() {
        let result = attribute(
            "Prices will fall by the summer, the central bank governor said.",
            "According to the fire department, the building was empty.")
        #expect(result.quote(containing: "Prices will fall")?.kind == .indirect)
        #expect(result.quote(containing: "building was empty")?.cue == "According to")
        #expect(result.quote(containing: "building was empty")?.speaker?.name == "fire department")
    }

    @Test func mediaCreditsGoToViaNotSpeaker() {
        let result = attribute(
            "Kremlin spokesman Dmitry Peskov said the talks would go on, according to Interfax.",
            "“We see no alternative,” he added.",
            "Foreign Minister Lena Falk told Politico that the sanctions would stay.",
            "The state news agency TASS reported that Peskov reiterated the offer of talks.")
        #expect(result.quote(containing: "talks would go on")?.via == ["Interfax"])
        #expect(result.quote(containing: "talks would go on")?.speaker?.name == "Dmitry Peskov")
        #expect(result.quote(containing: "no alternative")?.via == ["Interfax"])
        #expect(result.quote(containing: "sanctions would stay")?.via == ["Politico"])
        #expect(result.quote(containing: "offer of talks")?.speaker?.name == "Dmitry Peskov")
        #expect(result.quote(containing: "offer of talks")?.via == ["TASS"])
    }

    @Test func outletReportingOnItsOwnIsTheSpeaker() {
        let result = attribute("The Hill reported that the bill had enough votes to pass.")
        #expect(result.quotes.first?.speaker?.name == "The Hill")
    }

    @Test func quotedFragmentInsideReportedSpeechKeepsTheClause() {
        let result = attribute("The senator said the proposal was “dead on arrival” in the chamber.")
        #expect(result.quotes.count == 1)
        #expect(result.quotes.first?.kind == .indirect)
        #expect(result.quotes.first?.text == "the proposal was “dead on arrival” in the chamber")
    }

    @Test func quotedFragmentsInTwoClausesOfReportedSpeechAreDirectQuotes() {
        let result = attribute(
            "Finance minister Lena Ortiz said a deal was “almost out of reach” because the unions are “further apart than at any time this year”.")
        #expect(result.quotes.map(\.text) == ["almost out of reach", "further apart than at any time this year"])
        #expect(result.quotes.allSatisfy { $0.kind == .direct && $0.speaker?.name == "Lena Ortiz" })
    }

    @Test func aParticipleAdjunctAfterWhileEndsTheReportedClause() {
        let result = attribute("In May, Ortiz told reporters that the plan was “a costly mistake” while defending her own budget.")
        #expect(result.quotes.map(\.text) == ["the plan was “a costly mistake”"])
    }

    @Test func verbsOfPraiseReportWhatWasPraisedButPraiseCanBeANoun() {
        let praised = attribute("Mayor Dan Okafor praised the volunteers for their work during the floods.")
        #expect(praised.quotes.first?.text == "the volunteers for their work during the floods")
        #expect(praised.quotes.first?.speaker?.name == "Dan Okafor")
        let appositive = attribute(
            "Anna Kovac, head of the Adriatic shipping fund, the Northern Ports Trust, commended Ortiz and her team for their calm.")
        #expect(appositive.quotes.first?.text == "Ortiz and her team for their calm")
        #expect(appositive.quotes.first?.speaker?.name == "Anna Kovac")
        let noun = attribute("Okafor said praise from the governor would not change his plans.")
        #expect(noun.quotes.map(\.text) == ["praise from the governor would not change his plans"])
    }

    @Test func aTailPronounContinuesTheSpeakerOverAnEarlierNamedSubject() {
        let result = attribute(
            "Mayor Marco Ruiz opened the new bridge over the Tamar on Monday.",
            "Engineer Paul Verhoeven said the bridge was safe for heavy lorries.",
            "Mayor Ruiz has long promised a second crossing for the river towns.",
            "The steel is sound. We will know more about the second crossing in spring, he said.")
        #expect(result.quote(containing: "in spring")?.speaker?.name == "Paul Verhoeven")
    }

    @Test func aTailPronounAfterAPersonsIntroductionIsThatPerson() {
        let result = attribute(
            "Engineer Paul Verhoeven said the bridge was safe for heavy lorries.",
            "Marco Ruiz, a city planner, visited the bridge on Monday.",
            "“The steel is tired and the bolts are older than the town hall,” he said.")
        #expect(result.quote(containing: "steel is tired")?.speaker?.name == "Marco Ruiz")
    }

    @Test func speakersListHasOneEntryPerPerson() {
        let result = attribute(
            "“We will appeal,” said defence lawyer Priya Nair.",
            "Nair said the ruling ignored the evidence.")
        #expect(result.speakers.map(\.name) == ["Priya Nair"])
        #expect(result.speakers.first?.roles == ["defence lawyer"])
    }

    @Test func quoteSignedWithADash() {
        let result = attribute("“We will rebuild this town, brick by brick.” ― Mayor Anne Roy")
        #expect(result.quotes.first?.speaker?.name == "Anne Roy")
    }

    @Test func emptyArticleHasNoQuotes() {
        #expect(Attributor().attribute(ParsedArticle()).quotes.isEmpty)
    }
}
