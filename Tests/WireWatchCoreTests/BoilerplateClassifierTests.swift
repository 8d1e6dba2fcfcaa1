import Testing
@testable import WireWatchCore

struct BoilerplateClassifierTests {
    let classifier = BoilerplateClassifier()

    @Test(arguments: [
        "Jane Roe | AFP | Getty Images", "John Doe | Reuters", "Getty/Instagram.", "(AP Photo/Sam Poe)",
        "Photo: Reuters", "Photograph by Ann Lee/Bloomberg", "Image credit: Space Agency", "Getty Images",
    ])
    func findsPhotoCredits(line: String) {
        #expect(classifier.reason(for: line) == .photoCredit)
    }

    @Test func callsABarRowWithoutPictureSourceNavigation() {
        #expect(classifier.reason(for: "Home | World | Europe") == .navigation)
    }

    @Test(arguments: [
        "Crowds wait outside the stadium on Sunday. Photograph: Ann Lee/Reuters",
        "Image caption, The new ferry leaves port for the first time",
    ])
    func findsCaptionsThatCarryTheirCredit(line: String) {
        #expect(classifier.reason(for: line) == .caption)
    }

    @Test(arguments: [
        "ALSO READ | Why the port strike matters", "Related: Ten things to know about the budget",
        "READ MORE: Council approves new tram line", ">> Follow our live coverage of the summit",
        "Top Stories", "More Videos", "Advertisement", "Follow Ann Lee on Twitter @annlee",
        "Follow us on Instagram", "Read the full story here.", "Click here to subscribe.",
        "Sign up for our morning newsletter", "Got a story? Let us know at tips@example.org.",
    ])
    func findsPromos(line: String) {
        #expect(classifier.reason(for: line) == .promo)
    }

    @Test func findsPromoLabelsGluedToProse() throws {
        let glued = try #require(classifier.gluedPromo(in: "More Stories“We are ready,” the coach said."))
        #expect(glued.label == "More Stories")
        #expect(glued.rest == "“We are ready,” the coach said.")
        #expect(classifier.gluedPromo(in: "More than 300 people attended.") == nil)
        #expect(classifier.gluedPromo(in: "Stories like this one are rare.") == nil)
    }

    @Test(arguments: [
        "Legal Disclaimer:",
        "© 2023 Harbour Gazette",
        "Copyright 2021 Example Press. All rights reserved.",
        "The publisher provides this content “as is” without warranty of any kind and accepts no liability for its "
            + "use; for copyright questions contact the provider above.",
        "This story has been published from a syndicated feed and has not been edited by our staff.",
        "Disclaimer: The views expressed here are the writer’s own.",
    ])
    func findsDisclaimers(line: String) {
        #expect(classifier.reason(for: line) == .disclaimer)
    }

    @Test func findsSyndicationIDs() {
        #expect(classifier.reason(for: "FEED12032023000123456789ID9988776655") == .syndicationID)
        #expect(classifier.reason(for: "Room101") == nil)
    }

    @Test(arguments: [
        "Editor’s note: This story was updated with new figures.",
        "EDITOR'S NOTE: The author is a former adviser to the mayor.",
    ])
    func findsEditorsNotes(line: String) {
        #expect(classifier.reason(for: line) == .editorNote)
    }

    @Test(arguments: [
        "Correction: An earlier version of this article misstated the date of the vote.",
        "This article has been updated to include a statement from the council.",
        "Update 3/4/24, 9:15 a.m. ET: This story was updated with the final count.",
    ])
    func findsCorrectionsAndUpdateNotices(line: String) {
        #expect(classifier.reason(for: line) == .correction)
    }

    @Test(arguments: [
        "(Reporting by Ann Lee; Editing by Sam Poe)", "Additional reporting by Ann Lee.",
        "Ann Lee contributed reporting.", "--additional reporting from Sam Poe.", "(With inputs from agencies)",
        "With files from The Wire Service",
    ])
    func findsReportingCredits(line: String) {
        #expect(classifier.reason(for: line) == .credit)
    }

    @Test func findsStationNotices() {
        let notice = "Morning Hour airs on City Radio 101 weekdays from 7:00 a.m. to 9:00 a.m. Eastern."
        #expect(classifier.reason(for: notice) == .stationNotice)
        #expect(classifier.reason(for: "The interview airs on Sunday at 9 p.m. on the main channel.") == nil)
    }

    @Test func findsBylinesDateStampsSeparatorsAndEmbeds() {
        #expect(classifier.reason(for: "by Ann Lee") == .byline)
        #expect(classifier.reason(for: "By ANN LEE and Sam Poe, Harbour Gazette") == .byline)
        #expect(classifier.reason(for: "Published: March 14, 2024 5:00 pm ET") == .dateStamp)
        #expect(classifier.reason(for: "City Desk / EXAMPLE.COM / Updated: Mar 7, 2024, 12:44 IST") == .dateStamp)
        #expect(classifier.reason(for: "* * *") == .separator)
        #expect(classifier.reason(for: "___.") == .separator)
        #expect(classifier.reason(for: "<post post-id=\"12345\"><post/>.") == .embed)
        #expect(classifier.reason(for: "<The Long Night> opens on Friday.") == nil)
    }

    @Test func findsSectionLabels() {
        #expect(classifier.reason(for: "ABSTRACT.") == .sectionLabel)
        #expect(classifier.reason(for: "Key Points") == .sectionLabel)
        #expect(classifier.reason(for: "Tags: Budget, Transport, Council") == .sectionLabel)
        #expect(classifier.reason(for: "(APPLAUSE)") == nil)
    }

    @Test(arguments: [
        "By the end of the week, the council had voted twice.",
        "By Tuesday the roads were clear.",
        "Follow the money, the investigator told the committee.",
        "He said the photo showed the mayor at the scene.",
        "The union endorsed the candidate and said it would sign up new members.",
        "More than 300 people attended the meeting on Monday.",
        "Watch the skies tonight, astronomers say, because the comet will be visible.",
        "“We will not accept any responsibility for this,” the minister said of the failed deal.",
        "Stories from survivors were read aloud at the ceremony.",
    ])
    func keepsProse(line: String) {
        #expect(classifier.reason(for: line) == nil)
    }
}
