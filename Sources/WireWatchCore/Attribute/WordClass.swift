/// Word classes the attribution grammar needs, decided from lexicons and the shape of a token.
enum WordClass {
    static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i"]

    static let determiners: Set<String> = [
        "the", "a", "an", "another", "one", "this", "that", "these", "those", "his", "her", "their", "its", "our",
        "some", "many", "several", "two", "three", "four", "five", "most", "both", "other", "any", "each", "no",
        "more", "few", "all", "my", "your",
    ]

    static let indefiniteDeterminers: Set<String> = [
        "a", "an", "another", "one", "some", "many", "several", "two", "three", "four", "five", "most", "both",
        "other", "any", "each", "more", "few", "all", "no",
    ]

    /// Lower-case words allowed inside a name (`de`, `van`, `bin`).
    static let nameParticles: Set<String> = [
        "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el",
        "dos", "das", "ter", "ten", "st.", "y", "abu", "ben", "mac",
    ]

    static let nameSuffixes: Set<String> = ["jr.", "sr.", "jr", "sr", "ii", "iii", "iv"]

    /// Adverbs and auxiliaries that may stand between a speaker and the cue (`Peskov also said`).
    static let cueAdverbs: Set<String> = [
        "also", "later", "earlier", "then", "once", "again", "further", "has", "have", "had", "did", "does", "do", "will", "would", "had", "recently", "previously", "repeatedly", "publicly",
        "privately", "reportedly", "separately", "subsequently", "similarly", "likewise", "initially", "originally",
        "first", "last", "long", "often", "frequently", "always", "never", "already", "still", "even", "just",
        "quickly", "immediately", "soon", "himself", "herself", "itself", "themselves", "too", "flatly", "openly",
        "bluntly", "angrily", "simply", "curtly", "sharply", "strongly", "firmly", "categorically", "explicitly",
        "specifically", "apparently", "jokingly", "however", "meanwhile", "yesterday", "today", "tonight",
        "allegedly", "supposedly",
        "personally", "directly", "formally", "officially", "emphatically", "pointedly", "plainly", "clearly",
        "candidly", "frankly", "tersely", "gleefully", "proudly", "confidently", "cautiously", "optimistically",
        "hopefully", "forcefully", "passionately", "bitterly", "ominously", "triumphantly", "ultimately",
        "eventually", "finally", "already", "not", "now", "currently",
    ]

    /// Words that mark a verb as passive or negated before a cue: `was told`, `did not say`.
    static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "am", "get", "got"]

    static let negations: Set<String> = ["not", "never", "n't", "declined", "refused", "wouldn't", "won't", "didn't",
        "doesn't", "don't", "couldn't", "cannot", "can't", "nobody", "neither", "nor", "unwilling", "reluctant"]

    /// The word classes of a word token, from the lexicons.
    static func flags(of token: TextToken, hasApostrophe: Bool) -> WordFlags {
        let classes = WordLexicon.classes(of: token.lower)
        var flags: WordFlags = []
        if classes.contains(.pronoun) || hasApostrophe && subjectPronouns.contains(pronounStem(token.lower)) {
            flags.insert(.pronoun)
        }
        if classes.contains(.honorific) { flags.insert(.honorific) }
        if classes.contains(.cueVerb) { flags.insert(.cueVerb) }
        if classes.contains(.nameSuffix) { flags.insert(.nameSuffix) }
        if classes.contains(.cueForm) { flags.insert(.cueForm) }
        if classes.contains(.finiteVerb) { flags.insert(.finiteVerb) }
        if classes.contains(.notName) { flags.insert(.notName) }
        let title = !classes.isDisjoint(with: [.honorific, .roleNoun, .roleModifier, .nationality, .organizationHead,
            .mediaHead]) || (token.isAllCaps && classes.contains(.initialism))
        if title { flags.insert(.title) }
        if token.isCapitalized, !title, !classes.contains(.notName) {
            let allCapsWord = token.isAllCaps && token.text.utf8.count > 4 && !classes.contains(.initialism)
            let abbreviation = token.isAbbreviation && token.text.utf8.count > 2 && !token.text.dropLast().contains(".")
            if !allCapsWord && !abbreviation { flags.insert(.nameWord) }
        }
        if classes.contains(.cueAdverb)
            || (!token.isCapitalized && token.lower.utf8.count > 4 && token.lower.endsWith("ly") && !classes.contains(.notAdverb))
        {
            flags.insert(.adverb)
        }
        return flags
    }

    static func isPronoun(_ token: TextToken) -> Bool { token.flags.contains(.pronoun) }

    /// The word before a contraction's apostrophe (`she'll` -> `she`), or the word itself.
    static func pronounStem(_ word: String) -> String {
        guard word.utf8.contains(0x27) || word.utf8.contains(0xE2),
            let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" })
        else { return word }
        return String(word[..<apostrophe])
    }

    static func isHonorific(_ token: TextToken) -> Bool { token.flags.contains(.honorific) }

    static func isTitleWord(_ token: TextToken) -> Bool { token.flags.contains(.title) }

    /// A capitalised word that may be part of a personal name (not a title, role, organisation word or opener).
    static func isNameWord(_ token: TextToken) -> Bool { token.flags.contains(.nameWord) }

    static func isAdverb(_ token: TextToken) -> Bool { token.flags.contains(.adverb) }

    /// A word that can stand inside a name run (initials, particles and suffixes included).
    static func isNamePart(_ token: TextToken) -> Bool {
        if isNameWord(token) { return true }
        guard token.kind == .word else { return false }
        return nameSuffixes.contains(token.lower)
    }

    static let notAdverbs: Set<String> = [
        "family", "italy", "only", "early", "daily", "weekly", "monthly", "yearly", "likely", "ally", "rally",
        "supply", "reply", "apply", "july", "holy", "ugly", "belly", "jelly", "folly", "assembly", "anomaly",
        "friendly", "elderly", "costly", "lonely", "lovely", "deadly", "orderly", "unlikely", "poly", "bully",
    ]

    /// A punctuation token that ends a clause for the speaker grammar.
    static func isClauseBreak(_ token: TextToken) -> Bool {
        switch token.kind {
        case .quoteMark: return true
        case .punctuation: return token.mark != "." && token.mark != "-" && token.mark != "&"
        default: return false
        }
    }
}
