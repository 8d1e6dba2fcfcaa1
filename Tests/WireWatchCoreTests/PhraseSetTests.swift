import Testing
@testable import WireWatchCore

struct PhraseSetTests {
    @Test func findsAndCountsPhrasesInOnePass() {
        let set = PhraseSet(["all rights reserved", "copyright", "liability", "as is"])
        #expect(set.occurs(in: "copyright 2024 example all rights reserved"))
        #expect(set.distinctCount(in: "copyright copyright liability as is") == 3)
        #expect(!set.occurs(in: "the vote was held"))
        #expect(set.distinctCount(in: "") == 0)
    }
}

extension PhraseSetTests {
    @Test func matchesPrefixesOnly() {
        let set = PhraseSet(["read more", "click here"])
        #expect(set.isPrefix(of: "read more about it"))
        #expect(!set.isPrefix(of: "you can read more"))
        #expect(!set.isPrefix(of: ""))
    }
}
