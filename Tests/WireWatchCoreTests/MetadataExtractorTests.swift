import Testing
@testable import WireWatchCore

struct MetadataExtractorTests {
    let extractor = MetadataExtractor()

    @Test func readsTheOutletFromATextNamingItself() {
        let verify = "Harbour Gazette could not independently verify the claims."
        #expect(MetadataExtractor.selfNamedOutlet(verify) == "Harbour Gazette")
        let reachedOut = "The report said so. The Daily Courier has reached out to the ministry."
        #expect(MetadataExtractor.selfNamedOutlet(reachedOut) == "The Daily Courier")
        #expect(MetadataExtractor.selfNamedOutlet("Police could not independently verify the video.") == nil)
        #expect(MetadataExtractor.selfNamedOutlet("Officials said the ministry has reached out to families.") == nil)
    }

    @Test func readsTheAgencyOfADateline() {
        #expect(MetadataExtractor.datelineAgency("LISBON, March 3 (Wire) — The port reopened.") == "Wire")
        #expect(MetadataExtractor.datelineAgency("The port (which had closed) reopened — finally.") == nil)
    }

    @Test func readsDatesFromSyndicationIds() {
        #expect(MetadataExtractor.syndicationDate("FEED31012023000123ID99") == "2023-01-31")
        #expect(MetadataExtractor.syndicationDate("NODATE") == nil)
    }

    @Test func readsACopyrightHolder() {
        #expect(MetadataExtractor.copyrightHolder("© 2023 Harbour Gazette. All rights reserved.") == "Harbour Gazette")
    }

    @Test func prefersADateStampToADateInTheText() {
        let metadata = extractor.extract(
            body: ["On March 1, 2020, the port first closed."],
            removed: [RemovedLine(text: "Published: June 5, 2024", reason: "date-stamp")],
            syndicationOutlet: nil, syndicationAgency: nil)
        #expect(metadata.published == "2024-06-05")
    }

    @Test func fallsBackToAFullDateInTheFirstParagraphs() {
        let metadata = extractor.extract(body: ["LISBON, June 5, 2024 — The port reopened."], removed: [],
                                         syndicationOutlet: nil, syndicationAgency: nil)
        #expect(metadata.published == "2024-06-05")
    }
}

extension MetadataExtractorTests {
    @Test func readsAnAgencyBetweenSlashes() {
        #expect(MetadataExtractor.datelineAgency("LISBON, May 2. /WIRE/. The port reopened.") == "WIRE")
        #expect(MetadataExtractor.datelineAgency("The ratio was 3 /4/ of the total.") == nil)
    }
}
