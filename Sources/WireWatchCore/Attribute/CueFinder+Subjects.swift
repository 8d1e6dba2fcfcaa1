// Speakers of verb cues: the subject before a verb, an inverted speaker after it, "quoted as saying" and
// "according to" sources.

extension CueFinder {
    /// The subject that ends at `end`, skipping a parenthetical adjunct (`Peskov, speaking to reporters, said`) or
    /// a time phrase (`Trump on Tuesday said`).
    func subjectBefore(_ end: Int, floor: Int) -> SpeakerMention? {
        var end = end
        let word = tokens[end].lower
        if TimeLexicon.dayOrMonth.contains(word) || TimeLexicon.periods.contains(word) {
            var back = end - 1
            while back >= floor, back >= end - 3, ["on", "last", "this", "earlier", "late", "early", "in", "next"]
                .contains(tokens[back].lower) || tokens[back].kind == .number
            {
                back -= 1
            }
            if back < end - 1 || TimeLexicon.dayOrMonth.contains(word) { end = back }
            while end >= floor, WordClass.isAdverb(tokens[end]) { end -= 1 }
            guard end >= floor else { return nil }
        }
        if tokens[end].isComma {
            var opening = end - 1
            while opening > floor, !tokens[opening].isComma, end - opening <= 8 { opening -= 1 }
            if opening > floor, tokens[opening].isComma {
                let first = tokens[opening + 1]
                let adjunct = WordClass.isAdverb(first) || first.lower.endsWith("ing")
                    || ["in", "on", "at", "during", "after", "before", "meanwhile", "however", "though", "too",
                        "also", "for", "asked", "when", "while", "like", "unlike", "with", "via", "through"]
                        .contains(first.lower)
                if adjunct, let subject = parser.parseBackward(endingAt: opening - 1, floor: floor) {
                    return subject
                }
            }
        }
        return parser.parseBackward(endingAt: end, floor: floor) ?? parser.clauseSubject(endingAt: end, floor: floor)
    }

    /// The speaker after an inverted cue (`"...," said Caddell`), when one stands there.
    func invertedSpeaker(after start: Int, _ sentence: Range<Int>) -> SpeakerMention? {
        guard start < sentence.upperBound else { return nil }
        let first = tokens[start]
        if first.lower == "that" || first.kind != .word { return nil }
        guard let mention = parser.parseForward(startingAt: start, limit: sentence.upperBound) else { return nil }
        if mention.kind == .pronoun && mention.head != "he" && mention.head != "she" { return nil }
        let after = mention.range.upperBound
        guard after < sentence.upperBound else { return mention }
        let next = tokens[after]
        if next.kind == .punctuation { return next.isComma || next.isSentenceFinal || next.isDash || next.mark == "(" || next.mark == ";" ? mention : nil }
        if next.kind == .quoteMark { return mention }
        let trailing: Set<String> = [
            "in", "on", "at", "during", "of", "to", "after", "before", "while", "when", "as", "from", "with", "about",
            "for", "last", "this", "earlier", "later", "yesterday", "today", "tonight", "recently", "again", "also",
            "via", "through", "outside", "inside", "following", "according", "and", "but", "who", "whose", "which",
        ]
        if CueFinder.auxiliaries.contains(next.lower) || CueFinder.finiteVerbs.contains(next.lower) { return nil }
        if trailing.contains(next.lower) || WordClass.isAdverb(next) || TimeLexicon.dayOrMonth.contains(next.lower) {
            return mention
        }
        return nil
    }

    /// `TASS quoted Peskov as saying` and `Peskov was quoted by TASS as saying`.
    func quotedAsSaying(_ position: Int, _ asIndex: Int, _ sentence: Range<Int>) -> AttributionCue? {
        let floor = sentence.lowerBound
        var verb = asIndex - 1
        while verb >= floor, asIndex - verb <= 10, !["quoted", "cited"].contains(tokens[verb].lower) { verb -= 1 }
        guard verb >= floor, ["quoted", "cited"].contains(tokens[verb].lower) else { return nil }
        var cue = AttributionCue(
            paragraph: paragraph.index, sentence: sentence, head: position, cueRange: verb..<(position + 1),
            lemma: "say")
        let passive = verb - 1 >= floor && WordClass.passiveAuxiliaries.contains(tokens[verb - 1].lower)
        if passive {
            cue.speaker = verb - 2 >= floor ? parser.parseBackward(endingAt: verb - 2, floor: floor) : nil
            cue.via = MediaMatcher.matches(
                in: paragraph, range: (verb + 1)..<asIndex, expectingMedia: true
            ).map(\.name)
        } else {
            cue.speaker = parser.parseForward(startingAt: verb + 1, limit: asIndex)
            if verb - 1 >= floor, let reporter = parser.parseBackward(endingAt: verb - 1, floor: floor),
                reporter.kind == .media
            {
                cue.via = [reporter.name]
            }
        }
        return cue.speaker == nil ? nil : cue
    }

    // MARK: - According to

    /// The source after `according to` as a whole phrase up to the next comma (`the post-debate analysis`).
    func sourcePhrase(_ start: Int, _ sentence: Range<Int>) -> SpeakerMention? {
        var end = start
        while end < sentence.upperBound, end - start < 16, !tokens[end].isComma, !tokens[end].isSentenceFinal,
            tokens[end].kind != .quoteMark, tokens[end].lower != "that"
        {
            end += 1
        }
        guard end > start else { return nil }
        let range = start..<end
        if let mention = parser.makeDescription(range), mention.kind != .vague { return mention }
        let text = paragraph.text(range)
        var mention = SpeakerMention(
            kind: .vague, paragraph: paragraph.index, range: range, name: parser.stripArticle(text), text: text)
        mention.head = tokens[end - 1].lower
        return mention
    }

    func accordingTo(_ position: Int, _ sentence: Range<Int>) -> AttributionCue? {
        let start = position + 2
        guard start < sentence.upperBound,
            var source = parser.parseForward(startingAt: start, limit: sentence.upperBound) ?? sourcePhrase(start, sentence)
        else { return nil }
        if let phrase = sourcePhrase(start, sentence), phrase.range.upperBound > source.range.upperBound {
            // `according to a new report by Politico`, `according to an analysis by Lily Batchelder`
            let by = (source.range.upperBound..<phrase.range.upperBound).first { ["by", "from"].contains(tokens[$0].lower) }
            if let by, by + 1 < phrase.range.upperBound,
                var author = parser.parseForward(startingAt: by + 1, limit: phrase.range.upperBound)
            {
                author.range = source.range.lowerBound..<author.range.upperBound
                source = author
            } else if source.kind == .vague || source.kind == .description {
                source = phrase
            }
        }
        if let outlet = MediaMatcher.matches(
            in: paragraph, range: start..<min(sentence.upperBound, start + 6), expectingMedia: true
        ).first, outlet.range.lowerBound <= start + 1 {
            source.kind = .media
            source.name = outlet.name
        }
        var cue = AttributionCue(
            paragraph: paragraph.index, sentence: sentence, head: position, cueRange: position..<(position + 2),
            lemma: "according to", speaker: source)
        cue.isAccordingTo = true
        if source.kind == .media { cue.via = [source.name] }
        return cue
    }
}
