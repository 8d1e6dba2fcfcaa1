extension MentionParser {
    /// A personal-name mention from the name run and the titles before it.
    func makeName(run: Range<Int>, prefix: Range<Int>) -> SpeakerMention {
        var run = run
        var prefix = prefix
        let whole = prefix.lowerBound..<run.upperBound
        let mediaHeadBefore = !prefix.isEmpty && MediaLexicon.headWords.contains(tokens[prefix.upperBound - 1].lower)
        let articleStart = prefix.count == 1 && tokens[prefix.lowerBound].lower == "the" ? prefix.lowerBound : run.lowerBound
        let expecting = articleStart < run.lowerBound || mediaHeadBefore
        if let outlet = MediaMatcher.matches(in: paragraph, range: articleStart..<run.upperBound, expectingMedia: expecting)
            .first, outlet.range.lowerBound == articleStart || outlet.range.lowerBound == run.lowerBound
        {
            if outlet.range.upperBound >= run.upperBound || mediaHeadBefore {
                var mention = SpeakerMention(
                    kind: .media, paragraph: paragraph.index, range: whole, name: outlet.name, text: paragraph.text(whole))
                mention.head = tokens[run.upperBound - 1].lower
                return mention
            }
            // `the Washington Post Trump said`: the person follows the outlet.
            prefix = prefix.lowerBound..<outlet.range.upperBound
            run = outlet.range.upperBound..<run.upperBound
        } else if mediaHeadBefore {
            let mention = SpeakerMention(
                kind: .media, paragraph: paragraph.index, range: whole, name: paragraph.text(run), text: paragraph.text(whole))
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
        if OrganizationLexicon.isOrganizationWord(head) || (head.isAllCaps && head.text.utf8.count >= 2) {
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
            || (head.isCapitalized && !head.isNotName)
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
                || (previous.kind == .word && previous.isCapitalized && !previous.isNotName)
                || (previous.lower == "of" && position - 2 >= floor)
            let unknownWord = previous.kind == .word && !previous.isCapitalized && !WordClass.isAdverb(previous)
                && !previous.isCueForm && !previous.lower.endsWith("ed")
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
        for _ in 0..<5 {
            var opening = closing - 1
            while opening > floor, !tokens[opening].isComma, closing - opening < 32 {
                let strayMark = tokens[opening].kind == .quoteMark && !paragraph.isQuoted(opening)
                if WordClass.isClauseBreak(tokens[opening]) && !tokens[opening].isPunctuation("(")
                    && !tokens[opening].isPunctuation(")") && !tokens[opening].isDash && !strayMark
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
            if !isAppositiveSegment((opening + 1)..<closing) { return fallback }
            if var mention = parseBackward(endingAt: opening - 1, floor: floor, appositives: false),
                mention.kind == .name || mention.kind == .organization || mention.kind == .media,
                !(mention.kind == .name && isPlaceAfterOf(mention))
            {
                let segment = (opening + 1)..<closing
                let firstWord = tokens[segment.lowerBound].lower
                if mention.role == nil, !["who", "whose", "which", "whom"].contains(firstWord) {
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

    /// `Kall -- co-editor of a book -- said`: the name before an appositive set off by dashes.
    func dashAppositiveBefore(_ end: Int, floor: Int) -> SpeakerMention? {
        var closing = end
        while closing - 1 >= floor, tokens[closing - 1].isDash { closing -= 1 }
        var opening = closing - 1
        while opening > floor, !tokens[opening].isDash, closing - opening < 40 {
            if tokens[opening].kind == .quoteMark { return nil }
            opening -= 1
        }
        guard opening > floor, tokens[opening].isDash else { return nil }
        let segmentStart = opening + 1
        while opening - 1 >= floor, tokens[opening - 1].isDash { opening -= 1 }
        guard opening - 1 >= floor, segmentStart < closing,
            var mention = parseBackward(endingAt: opening - 1, floor: floor, appositives: false), mention.kind == .name
        else { return nil }
        if mention.role == nil { mention.role = stripArticle(paragraph.text(segmentStart..<closing)) }
        mention.range = mention.range.lowerBound..<end
        mention.text = paragraph.text(mention.range.lowerBound..<opening)
        return mention
    }

    /// The subject of a cue as the whole phrase from the clause start (`Experts on North Korea said`,
    /// `73 percent said`, `one slide says`) when no name, role or organisation parse fits.
    func clauseSubject(endingAt end: Int, floor: Int) -> SpeakerMention? {
        var start = end
        let joiners: Set<String> = ["of", "and", "in", "on", "at", "for", "from", "to", "with", "around", "across"]
        while start - 1 >= floor, end - (start - 1) < 10 {
            let previous = tokens[start - 1]
            guard previous.kind == .word || previous.kind == .number || previous.kind == .possessive
                || previous.isPunctuation("-")
            else { break }
            let word = previous.lower
            if CueFinder.auxiliaries.contains(word) || CueLexicon.forms[word] != nil
                || (CueFinder.finiteVerbs.contains(word) && !joiners.contains(word))
                || ["that", "who", "which", "but", "because", "if", "when", "while", "as"].contains(word)
            {
                break
            }
            start -= 1
        }
        while start < end, joiners.contains(tokens[start].lower) { start += 1 }
        guard start <= end, end - start < 10, !joiners.contains(tokens[end].lower) else { return nil }
        let first = tokens[start]
        guard first.kind == .number || first.isCapitalized || WordClass.determiners.contains(first.lower) else { return nil }
        if first.isNotName, !WordClass.determiners.contains(first.lower) { return nil }
        if start > floor, !(tokens[start - 1].isComma || tokens[start - 1].kind == .quoteMark || tokens[start - 1].isDash) {
            return nil
        }
        let range = start..<(end + 1)
        if let mention = makeDescription(range) { return mention }
        var mention = SpeakerMention(
            kind: .vague, paragraph: paragraph.index, range: range, name: stripArticle(paragraph.text(range)),
            text: paragraph.text(range))
        mention.head = tokens[end].lower
        return mention
    }

    /// `The state's campaign chairman, Phil Lovas, said`: the name stands in the appositive after a description.
    private func namedAppositive(_ segment: Range<Int>, before opening: Int, floor: Int, comma: Int) -> SpeakerMention? {
        guard segment.count <= 5, segment.allSatisfy({ isNameWord(at: $0) || WordClass.nameParticles.contains(tokens[$0].lower)
            || WordClass.nameSuffixes.contains(tokens[$0].lower) }), isNameWord(at: segment.lowerBound)
        else { return nil }
        var found = parseBackward(endingAt: opening - 1, floor: floor, appositives: false)
        if found == nil || !(found?.kind == .description || found?.kind == .vague), opening - floor <= 12,
            WordClass.determiners.contains(tokens[floor].lower) || tokens[floor].isCapitalized,
            !CueFinder(paragraph).hasFiniteVerb(floor..<opening), !(floor..<opening).contains(where: { paragraph.isQuoted($0) })
        {
            found = SpeakerMention(
                kind: .description, paragraph: paragraph.index, range: floor..<opening, name: "",
                text: paragraph.text(floor..<opening))
        }
        guard let description = found, description.kind == .description || description.kind == .vague else {
            return nil
        }
        var mention = makeName(run: segment, prefix: segment.lowerBound..<segment.lowerBound)
        mention.role = stripArticle(description.text)
        mention.range = description.range.lowerBound..<comma
        mention.text = paragraph.text(mention.range)
        return mention
    }

    /// An appositive is a noun phrase (`a spokesman for the mine workers`), possibly ending in a relative clause
    /// (`an economist who served as director`): any finite verb stands after `who`, `which`, `whom` or `whose`.
    func isAppositiveSegment(_ range: Range<Int>) -> Bool {
        guard let first = range.first, isAppositiveStart(first) else { return false }
        let relative = range.first { ["who", "whose", "which", "whom", "that"].contains(tokens[$0].lower) } ?? range.upperBound
        return !CueFinder(paragraph).hasFiniteVerb(range.lowerBound..<relative)
    }

    /// A one-word name inside an `of` phrase (`the attorney general of Oklahoma`): a place, not the speaker.
    func isPlaceAfterOf(_ mention: SpeakerMention) -> Bool {
        guard mention.nameWordCount <= 2, !mention.hasHonorific else { return false }
        var start = mention.range.upperBound - 1
        while start > mention.range.lowerBound, isNameWord(at: start - 1) { start -= 1 }
        return start > 0 && tokens[start - 1].lower == "of"
    }

    func isAppositiveStart(_ position: Int) -> Bool {
        guard position < tokens.count else { return false }
        let token = tokens[position]
        if token.kind == .number { return true }
        guard token.kind == .word else { return false }
        let word = token.lower
        if word == "of" { return true }
        if ["who", "whose", "which", "whom"].contains(word) { return true }
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
