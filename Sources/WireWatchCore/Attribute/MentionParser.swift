/// Reads the noun phrase of a speaker next to a cue: backwards from the cue (`Kremlin spokesman Dmitry Peskov said`,
/// `Kirill Dmitriev, CEO of the fund, said`) or forwards after it (`said Don Fowler, who ...`, `according to TASS`).
///
/// The name is the run of capitalised name words at the end of the phrase; the titles, roles and organisation words
/// before it make the role; an appositive between commas is a role too.
struct MentionParser {
    let paragraph: TextParagraph
    var tokens: [TextToken] { paragraph.tokens }

    init(_ paragraph: TextParagraph) { self.paragraph = paragraph }

    /// The speaker phrase that ends at token `end` (inclusive) and starts no earlier than `floor`; two phrases joined
    /// by `and` (`Mr. Grassley and Mr. Leahy`) make one group.
    func parseBackward(endingAt end: Int, floor: Int, appositives: Bool = true) -> SpeakerMention? {
        guard var mention = parseSingleBackward(endingAt: end, floor: floor, appositives: appositives) else { return nil }
        if mention.kind == .organization || mention.kind == .media, mention.range.lowerBound - 2 >= floor,
            tokens[mention.range.lowerBound - 1].lower == "of",
            var person = parseSingleBackward(endingAt: mention.range.lowerBound - 2, floor: floor, appositives: false),
            person.kind == .name, person.hasHonorific || person.nameWordCount >= 2 || person.role != nil
        {
            // `Mr. Morgan of the Sierra Club said`
            person.role = person.role ?? paragraph.text(mention.range)
            person.range = person.range.lowerBound..<mention.range.upperBound
            person.text = paragraph.text(person.range)
            mention = person
        }
        let start = mention.range.lowerBound
        guard mention.kind != .pronoun, start - 2 >= floor, tokens[start - 1].lower == "and",
            let left = parseSingleBackward(endingAt: start - 2, floor: floor, appositives: false),
            left.kind != .pronoun, left.kind != .media
        else { return mention }
        if left.kind == .description, mention.kind == .description,
            !WordClass.determiners.contains(tokens[start].lower)
        {
            // `the former secretary of state and current presidential nominee`: two roles of one person.
            mention.range = left.range.lowerBound..<mention.range.upperBound
            mention.text = paragraph.text(mention.range)
            mention.descriptionWords = left.descriptionWords + mention.descriptionWords
            return mention
        }
        mention.range = left.range.lowerBound..<mention.range.upperBound
        var lower = mention.range.lowerBound
        if ["both", "the"].contains(tokens[lower].lower), lower + 1 < mention.range.upperBound { lower += 1 }
        mention.text = paragraph.text(mention.range)
        mention.name = paragraph.text(lower..<mention.range.upperBound)
        mention.kind = mention.kind == .vague || mention.kind == .description ? .vague : .organization
        mention.role = nil
        mention.gender = nil
        return mention
    }

    private func parseSingleBackward(endingAt end: Int, floor: Int, appositives: Bool) -> SpeakerMention? {
        guard end >= floor, end < tokens.count, end >= 0 else { return nil }
        let token = tokens[end]
        if token.lower == "who", end - 2 >= floor, tokens[end - 1].isComma {
            return parseBackward(endingAt: end - 2, floor: floor)
        }
        if WordClass.isPronoun(token) {
            return makePronoun(end)
        }
        if token.isPunctuation(")") {
            var open = end - 1
            while open > floor, end - open < 10, !tokens[open].isPunctuation("(") { open -= 1 }
            guard open > floor, tokens[open].isPunctuation("("), var inner = parseBackward(endingAt: open - 1, floor: floor)
            else { return nil }
            inner.range = inner.range.lowerBound..<(end + 1)
            inner.text = paragraph.text(inner.range)
            return inner
        }
        if token.isComma {
            return appositiveBefore(comma: end, floor: floor, allowed: appositives)
        }
        if token.isDash, appositives {
            return dashAppositiveBefore(end, floor: floor)
        }
        if isNameEnd(end) {
            return nameBackward(end, floor: floor)
        }
        if token.kind == .word || token.kind == .possessive {
            return descriptionBackward(end, floor: floor)
        }
        return nil
    }

    /// The speaker phrase that starts at token `start`, ending before `limit`.
    func parseForward(startingAt start: Int, limit: Int) -> SpeakerMention? {
        guard start < limit, start < tokens.count else { return nil }
        if WordClass.isPronoun(tokens[start]) { return makePronoun(start) }
        var end = start
        var nameRun: Range<Int>?
        var runStart = -1
        while end < limit {
            let token = tokens[end]
            let isName = isNameWord(at: end) || (runStart >= 0 && isNameContinuation(end))
            if isName {
                if runStart < 0 { runStart = end }
                end += 1
                nameRun = runStart..<end
                continue
            }
            if runStart >= 0, WordClass.nameParticles.contains(token.lower), end + 1 < limit, isNameWord(at: end + 1) {
                end += 1
                continue
            }
            if nameRun != nil && (token.lower == "of" || (!token.isCapitalized && !WordClass.isTitleWord(token))) { break }
            runStart = -1
            let allowed =
                (end == start && WordClass.determiners.contains(token.lower)) || WordClass.isTitleWord(token)
                || token.kind == .possessive || (token.lower == "of" && nameRun == nil && end > start)
                || (token.lower == "the" && end > start && tokens[end - 1].lower == "of")
                || (token.kind == .word && token.isCapitalized && !token.isNotName)
                || (token.isPunctuation("-") && end > start)
                || (nameRun == nil && token.kind == .word && !token.isCapitalized && end + 1 < limit
                    && (RoleLexicon.roleNouns.contains(tokens[end + 1].lower)
                        || end + 2 < limit && RoleLexicon.roleNouns.contains(tokens[end + 2].lower))
                    && !CueFinder.subordinators.contains(token.lower) && !WordClass.isPronoun(token))
            guard allowed else { break }
            end += 1
        }
        while end > start, tokens[end - 1].lower == "of" || tokens[end - 1].lower == "the" { end -= 1 }
        guard end > start else { return nil }
        var mention: SpeakerMention
        if let run = nameRun, run.upperBound <= end {
            mention = makeName(run: run, prefix: start..<run.lowerBound)
            end = run.upperBound
            while end < limit, WordClass.nameSuffixes.contains(tokens[end].lower) || tokens[end].isComma
                && end + 1 < limit && WordClass.nameSuffixes.contains(tokens[end + 1].lower)
            {
                end += 1
            }
        } else {
            guard let description = makeDescription(start..<end) else { return nil }
            mention = description
        }
        mention.range = mention.range.lowerBound..<end
        if end < limit, tokens[end].isPunctuation("("), let close = (end..<min(limit, end + 10)).first(where: {
            tokens[$0].isPunctuation(")")
        }) {
            end = close + 1
            mention.range = mention.range.lowerBound..<end
        }
        if mention.kind == .name || mention.kind == .organization,
            end + 1 < limit, tokens[end].isComma, isAppositiveStart(end + 1)
        {
            var stop = end + 1
            while stop < limit, !tokens[stop].isComma, !WordClass.isClauseBreak(tokens[stop]), !tokens[stop].isSentenceFinal,
                stop - end < 30
            {
                stop += 1
            }
            if stop > end + 1, isAppositiveSegment((end + 1)..<stop) {
                if mention.role == nil, !["who", "whose", "which", "whom"].contains(tokens[end + 1].lower) {
                    mention.role = stripArticle(paragraph.text((end + 1)..<stop))
                }
                mention.text = paragraph.text(mention.range.lowerBound..<stop)
                mention.range = mention.range.lowerBound..<stop
            }
        }
        return mention
    }

    // MARK: - Pieces

    private func makePronoun(_ position: Int) -> SpeakerMention {
        let word = WordClass.pronounStem(tokens[position].lower)
        var mention = SpeakerMention(
            kind: .pronoun, paragraph: paragraph.index, range: position..<(position + 1), name: word,
            text: tokens[position].text)
        mention.head = word
        mention.gender = word == "he" ? .masculine : word == "she" ? .feminine : nil
        return mention
    }

    /// Whether the token at `position` can end a personal name.
    func isNameEnd(_ position: Int) -> Bool {
        if isNameWord(at: position) { return true }
        let token = tokens[position]
        // Word tokens carry the `nameSuffix` flag exactly when `WordClass.nameSuffixes` holds their lower case.
        guard token.kind == .word, token.isCapitalized || token.flags.contains(.nameSuffix) else {
            return false
        }
        return position > 0 && (WordClass.isHonorific(tokens[position - 1]) || isGivenName(position - 1)
            || token.flags.contains(.nameSuffix) && isNameWord(at: position - 1))
    }

    func isNameWord(at position: Int) -> Bool {
        let token = tokens[position]
        if WordClass.isNameWord(token) {
            if token.isAllCaps, OrganizationLexicon.initialisms.contains(token.lower) { return false }
            return true
        }
        return false
    }

    private func isGivenName(_ position: Int) -> Bool {
        position >= 0 && tokens[position].isCapitalized && GivenNameLexicon.gender(of: tokens[position].text) != nil
    }

    /// A capitalised title or role word that still belongs to a name (`Charlie King`, `Mr. Major`).
    func isNameContinuation(_ position: Int) -> Bool {
        let token = tokens[position]
        guard token.kind == .word, token.isCapitalized, position > 0 else { return false }
        if WordClass.nameSuffixes.contains(token.lower) { return true }
        if token.isNotName { return false }
        return isGivenName(position - 1) || WordClass.isHonorific(tokens[position - 1])
    }

    private func nameBackward(_ end: Int, floor: Int) -> SpeakerMention? {
        var start = end
        while start - 1 >= floor {
            let previous = start - 1
            if isNameWord(at: previous) || (WordClass.nameParticles.contains(tokens[previous].lower)
                && previous - 1 >= floor && isNameWord(at: previous - 1) && !tokens[previous].isCapitalized)
            {
                start = previous
            } else if WordClass.isHonorific(tokens[previous]) || !isNameContinuation(start) {
                break
            } else {
                start = previous
            }
        }
        // `Senator Lamar Alexander of Tennessee`: the person stands before `of`.
        if start - 2 >= floor, tokens[start - 1].lower == "of", isNameWord(at: start - 2),
            let earlier = nameBackward(start - 2, floor: floor), earlier.kind == .name,
            earlier.hasHonorific || earlier.role != nil || earlier.nameWordCount >= 2
        {
            var mention = earlier
            mention.range = earlier.range.lowerBound..<(end + 1)
            mention.text = paragraph.text(mention.range)
            return mention
        }
        var prefixStart = start
        while prefixStart - 1 >= floor, start - (prefixStart - 1) <= 9 {
            let previous = tokens[prefixStart - 1]
            if previous.lower == "the" || previous.lower == "a" || previous.lower == "an" {
                prefixStart -= 1
                // `Deputy Chairman of the Security Council Dmitry Medvedev`
                if prefixStart - 2 >= floor, tokens[prefixStart - 1].lower == "of",
                    WordClass.isTitleWord(tokens[prefixStart - 2])
                {
                    continue
                }
                break
            }
            let allowed =
                WordClass.isTitleWord(previous) || previous.kind == .possessive
                || (previous.lower == "of" && prefixStart - 2 >= floor && WordClass.isTitleWord(tokens[prefixStart - 2]))
                || (previous.kind == .word && previous.isCapitalized && !previous.isNotName)
                || (previous.isPunctuation("-") && !previous.spaceBefore)
            guard allowed else { break }
            prefixStart -= 1
        }
        // A prefix must hold a title or role, or belong to the name through a possessive (`Russia's`).
        let prefix = prefixStart..<start
        return makeName(run: start..<(end + 1), prefix: trimPrefix(prefix))
    }

    /// Keeps only the part of `prefix` that describes the person: from its first title, role or article on.
    private func trimPrefix(_ prefix: Range<Int>) -> Range<Int> {
        var lower = prefix.lowerBound
        while lower < prefix.upperBound {
            let token = tokens[lower]
            if WordClass.isTitleWord(token) || token.lower == "the" || token.lower == "a" || token.lower == "an" {
                break
            }
            if lower + 1 < prefix.upperBound, WordClass.isTitleWord(tokens[lower + 1])
                || tokens[lower + 1].kind == .possessive
            {
                break
            }
            lower += 1
        }
        return lower..<prefix.upperBound
    }
}
