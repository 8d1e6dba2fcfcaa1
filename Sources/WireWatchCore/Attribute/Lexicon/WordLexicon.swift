/// All word lexicons folded into one table, so that classifying a token costs one hash lookup.
enum WordLexicon {
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt16
        static let pronoun = Classes(rawValue: 1 << 0)
        static let honorific = Classes(rawValue: 1 << 1)
        static let roleNoun = Classes(rawValue: 1 << 2)
        static let roleModifier = Classes(rawValue: 1 << 3)
        static let nationality = Classes(rawValue: 1 << 4)
        static let organizationHead = Classes(rawValue: 1 << 5)
        static let initialism = Classes(rawValue: 1 << 6)
        static let mediaHead = Classes(rawValue: 1 << 7)
        static let notName = Classes(rawValue: 1 << 8)
        static let cueAdverb = Classes(rawValue: 1 << 9)
        static let notAdverb = Classes(rawValue: 1 << 10)
        /// A key of ``CueLexicon/forms`` or ``CueLexicon/phrasalForms``: worth a cue lookup.
        static let cueVerb = Classes(rawValue: 1 << 11)
        static let nameSuffix = Classes(rawValue: 1 << 12)
        /// A key of ``CueLexicon/forms`` alone.
        static let cueForm = Classes(rawValue: 1 << 13)
        /// In ``CueFinder/auxiliaries``, ``CueFinder/finiteVerbs`` or ``CueFinder/irregularPast``.
        static let finiteVerb = Classes(rawValue: 1 << 14)
    }

    static let table = WordTable<Classes>(dictionary)

    static let dictionary: [String: Classes] = {
        var table: [String: Classes] = [:]
        func add(_ words: Set<String>, _ classes: Classes) {
            for word in words { table[word, default: []].insert(classes) }
        }
        add(WordClass.subjectPronouns, .pronoun)
        add(RoleLexicon.honorifics, .honorific)
        add(RoleLexicon.roleNouns, .roleNoun)
        add(RoleLexicon.roleModifiers, .roleModifier)
        add(OrganizationLexicon.nationalities, .nationality)
        add(OrganizationLexicon.headWords, .organizationHead)
        add(OrganizationLexicon.initialisms, .initialism)
        add(MediaLexicon.headWords, .mediaHead)
        add(OpenerLexicon.notNames, .notName)
        add(WordClass.cueAdverbs, .cueAdverb)
        add(WordClass.notAdverbs, .notAdverb)
        add(Set(CueLexicon.forms.keys), .cueVerb)
        add(WordClass.nameSuffixes, .nameSuffix)
        add(Set(CueLexicon.forms.keys), .cueForm)
        add(CueFinder.auxiliaries.union(CueFinder.finiteVerbs).union(CueFinder.irregularPast), .finiteVerb)
        add(Set(CueLexicon.phrasalForms.keys), .cueVerb)
        return table
    }()

    static func classes(of word: String) -> Classes { table[word] ?? [] }
}
