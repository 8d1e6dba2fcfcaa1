/// Hand-written word lists of the dedupe stage: stop words, very common news words (a prior for term rarity while
/// the memory is young) and groups of synonyms that paraphrases and translations swap for one another.
enum DedupeLexicon {
    /// Function words and reporting verbs that carry no content.
    static let stopwordList: [String] = (
        """
        a about above after again against all almost also am among an and another any are around as at be because
        been before being below between both but by can could did do does doing done down during each either else
        ever every few for from further had has have having he her here hers herself him himself his how however i
        if in into is it its itself just least less let lets like made make many may me might more most much must my
        myself neither no nor not now of off often on once one only or other others otherwise our ours ourselves out
        over own per perhaps quite rather same shall she should since so some such than that the their theirs them
        themselves then there these they this those though through thus to too toward towards under until up upon us
        very via was we were what whatever when where whether which while who whom whose why will with within without
        would yet you your yours yourself yourselves s t d ll m re ve don didn doesn isn wasn aren weren won wouldn
        couldn shouldn hasn haven hadn said says say saying told tells tell according added adds noted stated states
        asked mr mrs ms dr also just still even already two three
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Hashes (``DedupeText/hash32(_:seed:)``) of the stop words.
    private static let stopwordIDs: Set<UInt32> = Set(stopwordList.map { DedupeText.hash32($0) })

    /// Whether the word with hash `id` is a stop word.
    static func isStopword(_ id: UInt32) -> Bool {
        stopwordIDs.contains(id)
    }

    /// Whether `word` (folded) is a stop word.
    static func isStopword(_ word: String) -> Bool {
        stopwordIDs.contains(DedupeText.hash32(word))
    }

    /// Frequent words of news prose: treated as seen in a share of earlier articles before statistics exist.
    static let commonWordList: [String] = (
        """
        new year years time people government president country countries state states world week day days today
        official officials percent million billion first last next former public national political policy minister
        news report reported reports group party leader leaders support help work way part place end including
        called call make take come go know see think want use well back good great high long right left old big
        small major important international economic security military police court law house city area region
        war force forces attack case week month months number member members plan plans power issue issues deal
        talks talk meeting statement press media told spokesman spokeswoman spokesperson according agency former
        early late later recent recently since during around across several many much least among between under
        american russian chinese british european foreign domestic federal local united nation nations election
        campaign vote votes voters president's administration white house congress senate parliament committee
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
        september october november december morning evening night weekend hours hour minutes company companies market
        business money price prices cost costs pay economy trade deal deals bank banks financial data information
        system program service services health care school children family families woman women man men life
        change changes question questions point points level levels side sides hand hands head front move moves
        continue continued began begin began start started set show shows showed found find give given gave
        told say asked added expected expect likely possible able open opened close closed clear decision decided
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Term ids of the common words (stemmed, synonyms mapped).
    static let commonTermIDs: Set<UInt32> = Set(commonWordList.flatMap { DedupeText.contentTerms($0) })

    /// Whether the folded `word` is a common word or a stop word.
    static func isCommon(_ word: String) -> Bool {
        isStopword(word) || DedupeText.contentTerms(word).allSatisfy(commonTermIDs.contains)
    }

    /// Groups of words a paraphrase or a translation swaps; each word maps to the group's first word (stemmed).
    static let synonymGroups: [[String]] = [
        ["aware", "know", "unaware", "knowledge"],
        ["reduce", "cut", "curtail", "slash", "lower", "decrease", "trim"],
        ["aid", "funding", "assistance"],
        ["hostile", "unfriendly", "enemy", "adversary"],
        ["war", "conflict", "fighting", "hostilities"],
        ["country", "nation"],
        ["relations", "ties", "relationship"],
        ["worse", "worsen", "deteriorate", "deterioration"],
        ["lowest", "low", "bottom"],
        ["leadership", "administration", "government"],
        ["opposed", "odds", "opposite"],
        ["able", "capable"],
        ["fuel", "inflame", "stoke", "escalate"],
        ["judge", "assess", "evaluate"],
        ["action", "step", "deed", "measure"],
        ["prefer", "favor", "favour"],
        ["experienced", "seasoned", "veteran"],
        ["predictable", "dependable", "reliable"],
        ["hate", "detest", "dislike", "loathe"],
        ["force", "compel", "oblige"],
        ["pay", "contribute"],
        ["question", "issue"],
        ["show", "demonstrate", "prove"],
        ["victory", "win", "triumph"],
        ["opportunity", "prospect", "chance"],
        ["reset", "restore"],
        ["improve", "thaw", "warm", "warmer", "better"],
        ["important", "crucial", "vital", "essential"],
        ["big", "large", "massive", "huge", "vast"],
        ["begin", "start", "launch"],
        ["end", "stop", "halt", "finish"],
        ["plan", "intend", "intention"],
        ["congratulate", "congratulation", "congratulatory"],
        ["talk", "dialogue", "negotiation", "negotiate"],
        ["open", "openness", "willing", "willingness", "ready"],
        ["concern", "worry", "worries"],
        ["tired", "weary", "fed"],
        ["lie", "falsehood"],
        ["increase", "raise", "boost"],
        ["attack", "strike", "assault"],
        ["kill", "slay"],
        ["help", "assist"],
        ["buy", "purchase"],
        ["quickly", "rapidly", "swiftly"],
        ["hope", "hopeful"],
        ["impossible", "unable"],
        ["disaster", "catastrophe"],
        ["criticize", "criticise", "condemn", "denounce"],
        ["warn", "caution"],
        ["agree", "agreement", "accord"],
        ["arrest", "detain", "detention"],
        ["injure", "wound", "hurt"],
        ["reject", "refuse", "deny", "dismiss"],
    ]

    private static let synonymTable: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for group in synonymGroups {
            let representative = DedupeText.hash32(DedupeText.stem(group[0]))
            for word in group {
                let id = DedupeText.hash32(DedupeText.stem(word))
                table[id] = table[id] ?? representative
            }
        }
        return table
    }()

    /// The id of the representative of the synonym group of the stem with id `id`, if it has one.
    static func synonym(of id: UInt32) -> UInt32? {
        synonymTable[id]
    }
}
