extension CueFinder {
    static let objectWords: Set<String> = [
        "him", "her", "them", "us", "me", "you", "reporters", "journalists", "lawmakers", "supporters", "listeners",
        "viewers", "readers", "senators", "members", "voters", "students", "parliament", "congress", "delegates",
        "legislators", "investors", "analysts", "colleagues", "allies", "officials", "donors", "residents",
        "attendees", "guests", "troops", "citizens", "americans", "canadians", "everyone", "anyone", "listeners",
    ]

    static let subordinators: Set<String> = [
        "after", "before", "when", "following", "during", "amid", "with", "without", "in", "on", "at", "for", "from",
        "by", "of", "about", "over", "under", "like", "unlike", "upon", "despite", "since", "until",
    ]

    /// Words that open a dependent clause after a comma: never reported content there.
    static let rightOpeners: Set<String> = [
        "as", "which", "who", "whose", "where", "when", "while", "if", "unless", "until", "so", "and", "but", "or",
        "whereas", "then",
    ]

    /// Articles and possessive determiners: a past participle after them is an adjective (`the elected official`).
    static let articles: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
        "our", "my", "your"]

    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "will", "would", "could", "should", "can", "may", "might", "must", "has", "have",
        "had", "does", "did", "do", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "isn't", "aren't",
        "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "didn't", "don't", "shall", "am", "'s", "’s",
        "'re", "’re", "'ll", "’ll", "'d", "’d",
    ]

    static let finiteVerbs: Set<String> = [
        "wants", "needs", "expects", "believes", "knows", "thinks", "plans", "intends", "hopes", "remains",
        "continues", "seems", "appears", "supports", "opposes", "favors", "favours", "prefers", "agrees", "likes",
        "loves", "hates", "feels", "means", "makes", "takes", "gets", "goes", "comes", "looks", "faces", "poses",
        "represents", "deserves", "owes", "lacks", "shows", "plays", "stands", "holds", "keeps", "leads", "lies",
        "want", "need", "expect", "believe", "know", "think", "plan", "intend", "remain", "seem", "appear",
        "support", "oppose", "prefer", "agree", "feel", "mean", "make", "take", "get", "go", "come", "look", "face",
        "exist", "exists", "stay", "stays", "became", "become", "becomes", "got", "went", "came", "took", "made",
        "knew", "thought", "felt", "saw", "sees", "meant", "left", "kept", "held", "stood", "led", "won", "lost",
        "began", "begun", "gave", "gives", "brought", "bought", "sought", "seeks", "tells", "told", "says", "said",
        "ought", "tends", "depends", "helps", "works", "matters", "sent", "put", "set", "cut", "hit", "let",
    ]

    /// Irregular past forms that are also past participles (`paid`, `built`): finite only in a clause of its own.
    static let irregularPast: Set<String> = [
        "paid", "spent", "built", "found", "grew", "fell", "rose", "ran", "wrote", "spoke", "broke", "chose", "drove",
        "ate", "drew", "flew", "forgot", "froze", "hid", "knew", "lay", "lent", "lit", "meant", "met", "rode", "rang",
        "sang", "sank", "shook", "shot", "shut", "slid", "sold", "stole", "struck", "swore", "taught", "threw",
        "understood", "woke", "wore", "wept", "withdrew", "bore", "beat", "bent", "bet", "bit", "bled", "blew",
        "bred", "burnt", "caught", "clung", "cost", "crept", "dealt", "dug", "dove", "fed", "fought", "fled", "flung",
        "forbade", "forgave", "ground", "hung", "heard", "hurt", "kept", "knelt", "laid", "leapt", "lost", "misled",
        "overcame", "oversaw", "quit", "read", "rid", "sought", "shone", "showed", "shrank", "slept", "spent",
        "split", "spread", "sprang", "stuck", "stung", "strove", "swept", "swam", "swung", "thrust", "tore", "upheld",
        "won", "wound", "wrung", "has", "is", "are", "was", "were", "does", "did", "gets", "lets", "puts", "says",
        "costs", "hits", "cuts", "sets", "runs", "pays", "buys", "sells", "sends", "spends", "builds", "finds",
        "grows", "falls", "rises", "hurts", "wins", "loses", "reads", "writes", "speaks", "brings", "thinks",
    ]

    /// Skips time and place phrases after a cue: `on Wednesday`, `in a statement`, `in an interview with The Wall
    /// Street Journal`, `on state television channel Rossiya-24`, `last week`.
    func skipAdverbials(from start: Int, limit: Int) -> Int {
        var position = start
        var rounds = 0
        while position < limit, rounds < 8, !paragraph.isQuoted(position) {
            rounds += 1
            let token = tokens[position]
            let word = token.lower
            if token.kind == .word, TimeLexicon.adverbs.contains(word) || WordClass.isAdverb(token) && word != "not" {
                if ["last", "first"].contains(word), position + 1 < limit,
                    !TimeLexicon.periods.contains(tokens[position + 1].lower)
                    && !TimeLexicon.dayOrMonth.contains(tokens[position + 1].lower)
                {
                    break
                }
                position += 1
                continue
            }
            if TimeLexicon.dayOrMonth.contains(word) {
                position += 1
                while position < limit, tokens[position].kind == .number || tokens[position].isComma
                    && position + 1 < limit && tokens[position + 1].kind == .number
                {
                    position += 1
                }
                continue
            }
            if ["this", "next"].contains(word), position + 1 < limit,
                TimeLexicon.periods.contains(tokens[position + 1].lower)
                    || TimeLexicon.dayOrMonth.contains(tokens[position + 1].lower)
            {
                position += 2
                continue
            }
            if ["on", "in", "at", "during", "via", "through", "to", "over", "after", "before", "from", "with", "by",
                "outside", "inside", "ahead", "following", "for"].contains(word),
                let end = prepositionalPhraseEnd(position, limit: limit)
            {
                position = end
                // `at a campaign stop in Toledo, Ohio, that ...`
                var run = position + 1
                while run < limit, run - position <= 3, tokens[run].isCapitalized, tokens[run].kind == .word { run += 1 }
                if position < limit, tokens[position].isComma, run > position + 1, run + 1 < limit, tokens[run].isComma,
                    tokens[run + 1].lower == "that"
                {
                    position = run + 1
                }
                continue
            }
            break
        }
        return position
    }

    /// The end of a place or setting phrase starting with a preposition, or nil when the phrase is not one.
    private func prepositionalPhraseEnd(_ start: Int, limit: Int) -> Int? {
        var position = start + 1
        var lastGood = -1
        var sawHead = false
        var lastNoun = -1
        while position < limit, position - start <= 12, !paragraph.isQuoted(position) {
            let token = tokens[position]
            let word = token.lower
            // `said after the convention he would ...`: the phrase ends where the clause's subject starts.
            if WordClass.isPronoun(token), lastGood < 0, lastNoun > 0, !["it", "i"].contains(WordClass.pronounStem(word)) {
                return lastNoun
            }
            if token.kind == .word, !WordClass.determiners.contains(word), !token.isCapitalized { lastNoun = position + 1 }
            if token.kind == .punctuation && !token.isPunctuation("-") && !token.isPunctuation("&") { break }
            if token.kind == .possessive {
                if lastGood < 0 { break }
                lastGood = position + 1
                position += 1
                continue
            }
            if word == "that" || WordClass.isPronoun(token) || CueFinder.auxiliaries.contains(word) { break }
            if CueFinder.subordinators.contains(word) && word != "of" && lastGood < 0 { break }
            if start + 1 == position, tokens[start].lower == "to", token.kind == .word, !token.isCapitalized,
                !WordClass.determiners.contains(word), !TimeLexicon.venues.contains(word)
            {
                break
            }
            if word == "of", lastGood > 0 {
                sawHead = false
                position += 1
                continue
            }
            let venue = TimeLexicon.venues.contains(word) || TimeLexicon.dayOrMonth.contains(word)
                || TimeLexicon.periods.contains(word) || token.kind == .number
                || (token.kind == .word && (token.isCapitalized || token.isAllCaps)) || token.kind == .possessive
            if venue {
                lastGood = position + 1
                sawHead = true
            } else if sawHead {
                break
            } else if !(token.kind == .word && (WordClass.determiners.contains(word) || !token.isCapitalized)) {
                break
            }
            position += 1
        }
        return lastGood > 0 ? lastGood : nil
    }

    /// The end of the listener after `told` (`told reporters`, `told CNN's Jake Tapper`, `told a news conference`).
    func objectEnd(from start: Int, limit: Int) -> Int {
        guard start < limit, !paragraph.isQuoted(start) else { return start }
        let token = tokens[start]
        let word = token.lower
        if word == "that" || token.kind != .word { return start }
        var probe = start
        while probe < limit, probe - start < 12, !paragraph.isQuoted(probe) {
            let next = tokens[probe]
            if next.lower == "that" {
                if probe > start { return probe }
                break
            }
            if next.kind == .punctuation && !next.isPunctuation("-") { break }
            if CueFinder.auxiliaries.contains(next.lower) || CueLexicon.forms[next.lower] != nil || next.lower == "to" {
                break
            }
            if probe > start, ["on", "in", "at", "during", "after", "before", "last", "this", "earlier", "yesterday",
                "today", "via", "over", "while", "when"].contains(next.lower) || TimeLexicon.dayOrMonth.contains(next.lower)
            {
                if (probe..<min(limit, probe + 10)).contains(where: { tokens[$0].lower == "that" }) { return probe }
                break
            }
            probe += 1
        }
        if CueFinder.objectWords.contains(word) { return start + 1 }
        if let outlet = MediaMatcher.matches(in: paragraph, range: start..<min(limit, start + 6), expectingMedia: true)
            .first, outlet.range.lowerBound == start
        {
            var end = outlet.range.upperBound
            if end < limit, tokens[end].kind == .possessive {
                end += 1
                while end < limit, parser.isNameWord(at: end) || WordClass.isTitleWord(tokens[end]) { end += 1 }
            }
            return end
        }
        if token.isCapitalized, !OpenerLexicon.notNames.contains(word),
            let mention = parser.parseForward(startingAt: start, limit: limit), mention.kind != .pronoun
        {
            var end = mention.range.upperBound
            while end > start, tokens[end - 1].isComma { end -= 1 }
            return end
        }
        if WordClass.determiners.contains(word) && word != "that" {
            var end = start + 1
            while end < limit, end - start < 6 {
                let next = tokens[end]
                if next.kind != .word && next.kind != .possessive { break }
                let lower = next.lower
                if lower == "that" || lower == "to" || WordClass.isPronoun(next) || CueFinder.auxiliaries.contains(lower)
                    || ["in", "on", "at", "during", "after", "before", "while", "when", "about", "of", "by", "with"]
                        .contains(lower)
                {
                    break
                }
                end += 1
            }
            return end
        }
        return start
    }

    /// A third-person `-s` verb: an `-s` word after a noun and before `that`, `to`, an article or an object pronoun
    /// (`the spate of shootings demands that`).
    func isPresentVerb(_ position: Int, limit: Int) -> Bool {
        let token = tokens[position]
        let word = token.lower
        guard token.kind == .word, !token.isCapitalized, word.utf8.count > 3, word.endsWith("s"), !word.endsWith("ss"),
            !word.endsWith("us"), !word.endsWith("is"), !word.endsWith("'s"), position > 0, position + 1 < limit
        else { return false }
        let previous = tokens[position - 1]
        guard previous.kind == .word, !WordClass.determiners.contains(previous.lower), !previous.lower.endsWith("ing"),
            !["of", "and", "or", "in", "on", "for", "with", "to", "the", "many", "more"].contains(previous.lower)
        else { return false }
        let next = tokens[position + 1].lower
        return ["that", "to", "the", "a", "an", "him", "her", "them", "us", "it", "his", "their", "its", "no", "this"]
            .contains(next)
    }

    /// Whether `range` holds a finite verb (an auxiliary, a common finite verb or a past tense).
    func hasFiniteVerb(_ range: Range<Int>) -> Bool {
        for position in range where !paragraph.isQuoted(position) {
            let token = tokens[position]
            let word = token.lower
            if token.kind == .possessive {
                // `he's`, `it's`, `that's` are verbs; `Council's` is a possessive.
                if position > range.lowerBound, WordClass.isPronoun(tokens[position - 1])
                    || ["that", "there", "who", "what", "here", "where"].contains(tokens[position - 1].lower)
                {
                    return true
                }
                continue
            }
            if CueFinder.auxiliaries.contains(word) || CueFinder.finiteVerbs.contains(word)
                || CueFinder.irregularPast.contains(word)
            {
                return true
            }
            if CueLexicon.forms[word] != nil, !token.isCapitalized,
                position == 0 || !WordClass.determiners.contains(tokens[position - 1].lower)
            {
                return true
            }
            if word.endsWith("ed"), word.utf8.count > 4, !token.isCapitalized, position > 0,
                !CueFinder.articles.contains(tokens[position - 1].lower)
            {
                return true
            }
        }
        return false
    }

    /// Whether a bare clause (`he expects ...`, `the party would ...`) starts at `start`.
    func looksLikeClause(from start: Int, limit: Int) -> Bool {
        let first = tokens[start]
        if WordClass.isPronoun(first) || first.lower == "there" || first.lower == "you" {
            // `he expects ...`, `she'll continue ...`; not `it as positive`.
            if WordClass.pronounStem(first.lower) != first.lower { return true }
            if hasFiniteVerb((start + 1)..<min(limit, start + 8)) { return true }
            // `they both share ...`: the word after the pronoun (and a quantifier or adverb) is its verb.
            var next = start + 1
            while next < limit, WordClass.isAdverb(tokens[next]) || ["both", "all", "each", "alone"].contains(tokens[next].lower) {
                next += 1
            }
            guard next < limit, tokens[next].kind == .word, !tokens[next].isCapitalized else { return false }
            let verb = tokens[next].lower
            return !WordClass.determiners.contains(verb) && !CueFinder.subordinators.contains(verb)
                && !["as", "and", "or", "but", "to", "that", "who", "which", "himself", "herself", "itself"].contains(verb)
                && !verb.endsWith("ing")
        }
        guard first.kind == .word || first.kind == .number || opensQuote(start) else { return false }
        if first.kind == .word, !first.isCapitalized,
            CueFinder.subordinators.contains(first.lower)
                || CueLexicon.forms[first.lower] != nil && !CueLexicon.evaluativeLemmas.contains(first.lower)
                || (first.lower.endsWith("ing") && !["nothing", "something", "anything", "everything"].contains(first.lower))
                || CueFinder.auxiliaries.contains(first.lower) || ["of", "to", "and", "or", "but", "as"].contains(first.lower)
        {
            return false
        }
        var position = start + 1
        while position < limit, position - start <= 16 {
            let token = tokens[position]
            if token.isSentenceFinal { return false }
            if token.isComma, !paragraph.isQuoted(position) {
                // Pass a comma only into an insertion: `the program, run by ..., has`, `the plan, which ..., is`.
                guard position + 1 < limit else { return false }
                let next = tokens[position + 1]
                let insertion = ["who", "which", "whose", "whom", "a", "an", "the", "including", "like", "such"]
                    .contains(next.lower) || next.lower.endsWith("ed") || ["run", "led", "made", "known", "born",
                        "based", "built", "held", "set", "seen", "given", "taken", "written"].contains(next.lower)
                if !insertion { return false }
            }
            let word = token.lower
            if token.kind == .possessive {
                if WordClass.isPronoun(tokens[position - 1])
                    || ["that", "there", "who", "what", "here", "where"].contains(tokens[position - 1].lower)
                {
                    return true
                }
                position += 1
                continue
            }
            if CueFinder.auxiliaries.contains(word) || CueFinder.finiteVerbs.contains(word) { return true }
            if word.endsWith("ed"), word.utf8.count > 4, !token.isCapitalized,
                !CueFinder.articles.contains(tokens[position - 1].lower)
            {
                return true
            }
            if isPresentVerb(position, limit: limit) { return true }
            position += 1
        }
        return false
    }
}
