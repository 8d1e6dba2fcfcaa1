extension MentionParser {
    /// A personal-name mention from the name run and the titles before it.
    func makeName(run: Range<Int>, prefix: Range<Int>) -> SpeakerMention {
        let whole = prefix.lowerBound..<run.upperBound
        if let outlet = MediaMatcher.outlet(in: paragraph, range: whole) {
            var mention = SpeakerMention(
                kind: .media, paragraph: paragraph.index, range: whole, name: outlet, text: paragraph.text(whole))
            mention.head = tokens[run.upperBound - 1].lower
            return mention
        }
        var mention = SpeakerMention(
            kind: .name, paragraph: paragraph.index, range: whole, name: paragraph.text(run),
            text: paragraph.text(whole))
        mention.head = tokens[run.upperBound - 1].lower
        var roleStart = prefix.lowerBound
        while roleStart < prefix.upperBound, ["the", "a", "an"].contains(tokens[roleStart].lower) { roleStart += 1 }
        let hasTitle = prefix.contains { WordClass.isTitleWord(tokens[$0]) && !WordClass.isHonorific(tokens[$0]) }
        if roleStart < prefix.upperBound, hasTitle {
            mention.role = paragraph.text(roleStart..<prefix.upperBound)
        }
        mention.hasHonorific = prefix.contains { WordClass.isHonorific(tokens[$0]) }
        for position in prefix {
            let word = tokens[position].lower
            if RoleLexicon.feminine.contains(word) { mention.gender = .feminine }
            if RoleLexicon.masculine.contains(word) { mention.gender = .masculine }
        }
        if mention.gender == nil {
            mention.gender = GivenNameLexicon.gender(of: tokens[run.lowerBound].text)
        }
        return mention
    }

    /// A mention without a personal name: an organisation, an outlet, a description or a vague source.
    func makeDescription(_ range: Range<Int>) -> SpeakerMention? {
        guard !range.isEmpty else { return nil }
        let text = paragraph.text(range)
        if let outlet = MediaMatcher.outlet(in: paragraph, range: range) {
            return SpeakerMention(kind: .media, paragraph: paragraph.index, range: range, name: outlet, text: text)
        }
        var headIndex = range.upperBound - 1
        while headIndex > range.lowerBound, tokens[headIndex].kind != .word { headIndex -= 1 }
        let head = tokens[headIndex]
        let first = tokens[range.lowerBound].lower
        let nameText = stripArticle(text)
        var words: [String] = []
        for position in range where tokens[position].kind == .word && !WordClass.determiners.contains(tokens[position].lower) {
            words.append(tokens[position].lower)
        }
        var mention = SpeakerMention(kind: .vague, paragraph: paragraph.index, range: range, name: nameText, text: text)
        mention.head = head.lower
        mention.descriptionWords = words
        for word in words {
            if RoleLexicon.feminine.contains(word) { mention.gender = .feminine }
            if RoleLexicon.masculine.contains(word) { mention.gender = .masculine }
        }
        let hasCapital = range.contains { tokens[$0].kind == .word && tokens[$0].isCapitalized && $0 > range.lowerBound }
            || (tokens[range.lowerBound].isCapitalized && !WordClass.determiners.contains(first))
        if RoleLexicon.roleNouns.contains(head.lower) {
            let indefinite = WordClass.indefiniteDeterminers.contains(first)
            let group = RoleLexicon.groupNouns.contains(head.lower)
            mention.kind = indefinite || group ? .vague : .description
            return mention
        }
        if OrganizationLexicon.isOrganizationWord(head) || (head.isAllCaps && head.text.count >= 2) {
            let document = documentNouns.contains(head.lower)
            if document && !hasCapital { return mention }
            mention.kind = .organization
            return mention
        }
        if hasCapital, head.isCapitalized {
            mention.kind = .organization
            return mention
        }
        return nil
    }

    /// A description or organisation ending at `end`, read backwards to its determiner.
    func descriptionBackward(_ end: Int, floor: Int) -> SpeakerMention? {
        let head = tokens[end]
        guard head.kind == .word, !WordClass.isAdverb(head) else { return nil }
        let headKnown = WordClass.isTitleWord(head) || OrganizationLexicon.isOrganizationWord(head)
            || (head.isCapitalized && !OpenerLexicon.notNames.contains(head.lower))
        guard headKnown else { return nil }
        var position = end
        var lastKnown = end
        while position - 1 >= floor, end - (position - 1) <= 8 {
            let previous = tokens[position - 1]
            if WordClass.determiners.contains(previous.lower) && previous.lower != "that" {
                lastKnown = position - 1
                break
            }
            let known = WordClass.isTitleWord(previous) || previous.kind == .possessive
                || (previous.kind == .word && previous.isCapitalized && !OpenerLexicon.notNames.contains(previous.lower))
                || (previous.lower == "of" && position - 2 >= floor)
            let unknownWord = previous.kind == .word && !previous.isCapitalized && !WordClass.isAdverb(previous)
                && CueLexicon.forms[previous.lower] == nil && !previous.lower.hasSuffix("ed")
                && !["and", "but", "or", "that", "which", "who", "to", "in", "on", "at", "for", "with", "by",
                    "from", "as", "if", "when", "while"].contains(previous.lower)
            guard known || unknownWord else { break }
            position -= 1
            if known { lastKnown = position }
        }
        var start = lastKnown
        while start < end, tokens[start].lower == "of" { start += 1 }
        return makeDescription(start..<(end + 1))
    }

    /// `NAME, APPOSITIVE, cue`: the name before one to three comma-separated appositives.
    func appositiveBefore(comma: Int, floor: Int, allowed: Bool) -> SpeakerMention? {
        guard allowed else { return nil }
        var closing = comma
        var fallback: SpeakerMention?
        for _ in 0..<3 {
            var opening = closing - 1
            while opening > floor, !tokens[opening].isComma, closing - opening < 32 {
                if WordClass.isClauseBreak(tokens[opening]) && !tokens[opening].isPunctuation("(")
                    && !tokens[opening].isPunctuation(")") && !tokens[opening].isDash
                {
                    return fallback
                }
                opening -= 1
            }
            guard opening > floor, tokens[opening].isComma, opening + 1 < closing, isAppositiveStart(opening + 1) else {
                return fallback
            }
            if let named = namedAppositive((opening + 1)..<closing, before: opening, floor: floor, comma: comma) {
                return named
            }
            if var mention = parseBackward(endingAt: opening - 1, floor: floor, appositives: false),
                mention.kind == .name || mention.kind == .organization || mention.kind == .media
            {
                let segment = (opening + 1)..<closing
                let firstWord = tokens[segment.lowerBound].lower
                if mention.role == nil, !["who", "whose", "which"].contains(firstWord) {
                    mention.role = stripArticle(paragraph.text(segment))
                }
                mention.range = mention.range.lowerBound..<comma
                mention.text = paragraph.text(mention.range)
                if mention.kind == .name { return mention }
                if fallback == nil { fallback = mention }
            }
            closing = opening
        }
        return fallback
    }

    /// `The state's campaign chairman, Phil Lovas, said`: the name stands in the appositive after a description.
    private func namedAppositive(_ segment: Range<Int>, before opening: Int, floor: Int, comma: Int) -> SpeakerMention? {
        guard segment.count <= 5, segment.allSatisfy({ isNameWord(at: $0) || WordClass.nameParticles.contains(tokens[$0].lower)
            || WordClass.nameSuffixes.contains(tokens[$0].lower) }), isNameWord(at: segment.lowerBound)
        else { return nil }
        guard let description = parseBackward(endingAt: opening - 1, floor: floor, appositives: false),
            description.kind == .description || description.kind == .vague
        else { return nil }
        var mention = makeName(run: segment, prefix: segment.lowerBound..<segment.lowerBound)
        mention.role = stripArticle(description.text)
        mention.range = description.range.lowerBound..<comma
        mention.text = paragraph.text(mention.range)
        return mention
    }

    func isAppositiveStart(_ position: Int) -> Bool {
        guard position < tokens.count else { return false }
        let token = tokens[position]
        if token.kind == .number { return true }
        guard token.kind == .word else { return false }
        let word = token.lower
        if ["who", "whose", "which"].contains(word) { return true }
        if WordClass.determiners.contains(word) || WordClass.isTitleWord(token) { return true }
        if token.isCapitalized && !OpenerLexicon.notNames.contains(word) { return true }
        return false
    }

    func stripArticle(_ text: String) -> String {
        for article in ["the ", "The ", "a ", "A ", "an ", "An "] where text.hasPrefix(article) {
            return String(text.dropFirst(article.count))
        }
        return text
    }

    var documentNouns: Set<String> {
        ["statement", "report", "poll", "survey", "study", "data", "analysis", "document", "memo", "letter", "filing",
         "complaint", "lawsuit", "ruling", "order", "decision", "projection", "estimate", "figures", "statistics",
         "index", "policy", "tax", "think", "tank", "press"]
    }
}
