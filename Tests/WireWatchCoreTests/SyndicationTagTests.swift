import Testing
@testable import WireWatchCore

struct SyndicationTagTests {
    @Test func readsASyndicatorAndOutletTag() throws {
        let tag = try #require(SyndicationTag(parsing: "(FEEDCO- Harbour Gazette) LISBON – The port reopened."))
        #expect(tag.agency == "FEEDCO")
        #expect(tag.outlet == "Harbour Gazette")
        #expect(tag.text == "(FEEDCO- Harbour Gazette)")
        #expect(tag.remainder == "LISBON – The port reopened.")
        #expect(tag.isStrippable)
    }

    @Test func readsAnAgencyTagWithoutStrippingIt() throws {
        let tag = try #require(SyndicationTag(parsing: "(Wire) - The port reopened."))
        #expect(tag.agency == "Wire")
        #expect(tag.outlet == nil)
        #expect(!tag.isStrippable)
    }

    @Test func ignoresParenthesesThatAreProse() {
        #expect(SyndicationTag(parsing: "(The port, closed since May, reopened on Monday.)") == nil)
        #expect(SyndicationTag(parsing: "The port reopened.") == nil)
    }
}
