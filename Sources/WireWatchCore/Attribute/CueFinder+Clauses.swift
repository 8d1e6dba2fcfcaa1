// Whether a stretch of tokens is a clause: present-tense verbs, finite verbs, clause openings.

extension CueFinder {
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
            if token.isFiniteVerbWord {
                return true
            }
            if token.isCueForm, !token.isCapitalized,
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
