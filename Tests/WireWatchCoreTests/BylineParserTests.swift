import Testing
@testable import WireWatchCore

struct BylineParserTests {
    @Test func readsNamesAfterBy() {
        #expect(BylineParser.parse("by Ann Lee")?.names == ["Ann Lee"])
        #expect(BylineParser.parse("By Ann Lee and Sam J. Poe")?.names == ["Ann Lee", "Sam J. Poe"])
        #expect(BylineParser.parse("Written by: Maria de la Cruz")?.names == ["Maria de la Cruz"])
    }

    @Test func writesAllCapsNamesInTitleCase() {
        #expect(BylineParser.parse("BY ANN LEE")?.names == ["Ann Lee"])
    }

    @Test func separatesAnOutletAndADate() {
        let byline = BylineParser.parse("By Ann Lee, Harbour Gazette, March 3, 2024")
        #expect(byline?.names == ["Ann Lee"])
        #expect(byline?.outlet == "Harbour Gazette")
        #expect(BylineParser.parse("By Ann Lee | March 3, 2024")?.published == "2024-03-03")
    }

    @Test func readsAnAgencyAlone() {
        #expect(BylineParser.parse("By AFP")?.names == ["AFP"])
    }

    @Test func ignoresRolesAfterTheName() {
        #expect(BylineParser.parse("By Ann Lee, Senior Correspondent")?.names == ["Ann Lee"])
    }

    @Test func refusesProseStartingWithBy() {
        #expect(BylineParser.parse("By Friday, the rain had stopped.") == nil)
        #expect(BylineParser.parse("By the time police arrived, the crowd had gone.") == nil)
        #expect(BylineParser.parse("By Election Day, polls had narrowed.") == nil)
    }

    @Test func readsBylinesThatPlaceTheirAuthors() {
        #expect(BylineParser.parseLocated("Ann Lee in Lisbon")?.names == ["Ann Lee"])
        #expect(BylineParser.parseLocated("Ann Lee and Sam Poe in New Delhi")?.names == ["Ann Lee", "Sam Poe"])
        #expect(BylineParser.parseLocated("Protests in Lisbon") == nil)
    }
}
