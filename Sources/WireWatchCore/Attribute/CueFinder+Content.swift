extension CueFinder {
    /// Sets where each cue's content stands: after it (`said that ...`, `said: "..."`), before it (`"...," he said`,
    /// `..., according to X`), or both around a parenthetical cue (`A, he said, B`). Cues with no content are dropped.
    func assignContent(_ cues: [AttributionCue], in sentence: Range<Int>) -> [AttributionCue] {
        var result = cues
        var rights: [Int] = []
        var tails: [Int?] = []
        for index in result.indices {
            let right = rightStart(&result[index], sentence)
            rights.append(right)
            var provisional = result[index]
            assignAfter(&provisional, right: right, limit: sentence.upperBound, sentence)
            let splitQuote = right + 1 < sentence.upperBound && tokens[right].isComma && opensQuote(right + 1)
            let open = provisional.contentAfter != nil && !splitQuote
            tails.append(open ? nil : tailAnchor(result[index], sentence))
        }
        var previousEnd = sentence.lowerBound
        for index in result.indices {
            var cue = result[index]
            let right = rights[index]
            var limit = sentence.upperBound
            for next in (index + 1)..<result.count {
                let other = result[next]
                if other.speakerSource == .inherited || other.isAccordingTo {
                    limit = boundary(before: other.head, floor: right)
                    break
                }
                if let anchor = tails[next] {
                    limit = anchor
                    break
                }
                if let sibling = coordinateBoundary(other, after: right) {
                    limit = sibling
                    break
                }
            }
            limit = max(limit, min(right, sentence.upperBound))
            if right < limit, let cut = (right..<limit).first(where: { isContentBreak($0) }) { limit = cut }
            if cue.isAccordingTo {
                assignAccordingTo(&cue, limit: limit, leftStart: previousEnd, sentence)
            } else {
                assignAfter(&cue, right: right, limit: limit, sentence)
                if let anchor = tails[index] {
                    let start = cue.speaker?.kind == .media ? sentence.lowerBound : previousEnd
                    if anchor > start, isContent(start..<anchor) { cue.contentBefore = start..<anchor }
                    let inverted = (cue.speaker?.range.lowerBound ?? 0) > cue.head
                    if cue.contentAfter == nil, !inverted, right + 1 < limit, tokens[right].isComma,
                        isRightContent((right + 1)..<limit)
                    {
                        cue.contentAfter = (right + 1)..<limit
                    }
                }
            }
            if let after = cue.contentAfter, after.isEmpty { cue.contentAfter = nil }
            if let before = cue.contentBefore, before.isEmpty { cue.contentBefore = nil }
            result[index] = cue
            previousEnd = max(previousEnd, cue.contentAfter?.upperBound ?? max(right, cue.cueRange.upperBound))
        }
        return result.filter {
            $0.contentAfter != nil || $0.contentBefore != nil || $0.introducesNextParagraph
                || ($0.isAccordingTo && $0.speaker?.kind == .media)
        }
    }

    /// Whether a stretch beside a tail or parenthetical cue is reported content: a quote, or a clause that does not
    /// open with a subordinating word or a participle (`After Trump declared victory, the Kremlin responded`).
    private func isContent(_ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        while start < range.upperBound, tokens[start].kind == .punctuation { start += 1 }
        guard start < range.upperBound else { return false }
        let first = tokens[start]
        if opensQuote(start) { return true }
        if first.lower == "according" { return false }
        if CueFinder.subordinators.contains(first.lower) || first.lower == "as" {
            // `After some challenges, the work has been ...`: a main clause must follow the opening phrase.
            guard let comma = (start..<range.upperBound).first(where: { tokens[$0].isComma && !paragraph.isQuoted($0) }),
                comma + 1 < range.upperBound
            else { return false }
            return hasFiniteVerb((comma + 1)..<range.upperBound)
        }
        if range.contains(where: { opensQuote($0) }) { return true }
        if first.kind == .word, first.lower.endsWith("ing"), !first.isCapitalized || start == range.lowerBound,
            !WordClass.determiners.contains(first.lower), first.lower != "nothing", first.lower != "something"
        {
            return false
        }
        if WordClass.isPronoun(first) { return true }
        if range.lowerBound > 0, tokens[range.lowerBound - 1].isComma || tokens[start].kind == .word,
            CueFinder.rightOpeners.contains(first.lower), range.lowerBound > paragraph.sentence(containing: range.lowerBound)?.lowerBound ?? 0
        {
            return false
        }
        return hasFiniteVerb(start..<range.upperBound)
    }

    /// `called X "Y"`, `called him a master`, `called the charges unsubstantiated and fabricated`: an object followed
    /// by what it is called (a quote, an article or an adjective), not `called the police`.
    private func isNaming(_ range: Range<Int>) -> Bool {
        guard range.count >= 3, startsNounPhrase(range.lowerBound) || ["him", "her", "it", "them", "this", "that"]
            .contains(tokens[range.lowerBound].lower)
        else { return false }
        if range.contains(where: { opensQuote($0) }) { return true }
        let window = (range.lowerBound + 1)..<min(range.upperBound, range.lowerBound + 10)
        for position in window {
            let word = tokens[position].lower
            if ["a", "an"].contains(word) { return true }
            if tokens[position].kind == .punctuation || ["that", "to", "on", "at", "in"].contains(word) { return false }
            if position > range.lowerBound + 1,
                ["unsubstantiated", "unacceptable", "outrageous", "ridiculous", "absurd", "false", "wrong", "baseless",
                    "irresponsible", "dangerous", "disgraceful", "shameful", "unfair", "racist", "illegal"].contains(word)
            {
                return true
            }
        }
        return false
    }

    /// Whether a noun phrase (the content of `reiterated`, `denied`) starts at `position`.
    private func startsNounPhrase(_ position: Int) -> Bool {
        let token = tokens[position]
        guard token.kind == .word || token.kind == .number else { return false }
        let word = token.lower
        if WordClass.determiners.contains(word) || token.isCapitalized || token.kind == .number { return true }
        if CueFinder.subordinators.contains(word) || CueFinder.auxiliaries.contains(word) || WordClass.isAdverb(token)
            || ["to", "and", "or", "but", "as", "that", "it", "him", "her", "them", "me", "us", "up", "out", "off",
                "down", "back", "away"].contains(word) || WordClass.isPronoun(token)
        {
            return false
        }
        return !word.endsWith("ing") && !word.endsWith("ed")
    }

    /// Whether the part after a parenthetical cue (`A, he said, B`) is reported content.
    private func isRightContent(_ range: Range<Int>) -> Bool {
        guard let opening = range.first(where: { tokens[$0].kind != .punctuation }) else { return false }
        if range.contains(where: { opensQuote($0) }) { return true }
        var first = opening
        if ["but", "and", "so", "yet"].contains(tokens[first].lower), first + 1 < range.upperBound {
            let next = tokens[first + 1]
            guard WordClass.isPronoun(next) || WordClass.determiners.contains(next.lower) || next.isCapitalized else {
                return false
            }
            first += 1
        }
        let word = tokens[first].lower
        if CueFinder.rightOpeners.contains(word) || word == "according" { return false }
        if word.endsWith("ing"), !["nothing", "something", "anything", "everything"].contains(word) { return false }
        return WordClass.isPronoun(tokens[first]) || hasFiniteVerb(first..<range.upperBound)
    }

    /// A comma that ends the content before an adjunct (`, without ever explaining`, `, referring to`), a
    /// semicolon, or `while`, `before` or `after` opening a participle adjunct (`while downplaying`).
    private func isContentBreak(_ position: Int) -> Bool {
        guard !paragraph.isQuoted(position) else { return false }
        if tokens[position].isPunctuation(";") { return true }
        if ["while", "before", "after"].contains(tokens[position].lower), position + 1 < tokens.count {
            // `Biden was "an old-school politician" while downplaying ...`: a participle adjunct of the cue's clause.
            let next = tokens[position + 1]
            return next.kind == .word && !next.isCapitalized && next.lower.endsWith("ing")
                && !["nothing", "something", "anything", "everything", "being"].contains(next.lower)
        }
        guard tokens[position].isComma, position + 1 < tokens.count else { return false }
        var next = position + 1
        if ["but", "and"].contains(tokens[next].lower), next + 1 < tokens.count { next += 1 }
        let word = tokens[next]
        if ["without", "despite", "whereas", "according", "although", "though"].contains(word.lower) { return true }
        if word.lower == "even", next + 1 < tokens.count, tokens[next + 1].lower == "though" { return true }
        return ["referring", "speaking", "citing", "noting", "adding", "saying", "arguing", "insisting", "stressing",
            "warning", "explaining", "pointing", "calling", "describing", "responding", "replying"].contains(word.lower)
    }

    /// Where the cue's right side starts: after the cue words, an inverted speaker, a listener and time or place
    /// phrases. Collects outlets credited on the way (`told Politico`, `on state television channel Rossiya-24`).
    private func rightStart(_ cue: inout AttributionCue, _ sentence: Range<Int>) -> Int {
        var right = cue.cueRange.upperBound
        if let speaker = cue.speaker, cue.speakerSource == .explicit, speaker.range.lowerBound >= right {
            right = speaker.range.upperBound
        }
        if cue.isAccordingTo { return right }
        let frame = CueLexicon.forms[tokens[cue.head].lower]?.frame ?? .clause
        if cue.lemma == "express" || cue.lemma == "voice" {
            // `expressed hope that ...`, `voiced concern that ...`
            guard let that = (right..<min(sentence.upperBound, right + 5)).first(where: { tokens[$0].lower == "that" })
            else { return sentence.upperBound }
            cue.cueRange = cue.cueRange.lowerBound..<that
            return that
        }
        if frame == .objectClause || cue.lemma == "tell" {
            let end = objectEnd(from: right, limit: sentence.upperBound)
            if end > right {
                cue.via += MediaMatcher.matches(in: paragraph, range: right..<end, expectingMedia: true).map(\.name)
                cue.cueRange = cue.cueRange.lowerBound..<end
                right = end
            }
        }
        let adverbialEnd = skipAdverbials(from: right, limit: sentence.upperBound)
        if adverbialEnd > right {
            cue.via += MediaMatcher.matches(in: paragraph, range: right..<adverbialEnd, expectingMedia: true).map(\.name)
        }
        return adverbialEnd
    }

    /// Content after the cue: `that ...`, `: ...`, `, "..."`, a quote, a `to`-infinitive or a bare clause.
    func assignAfter(_ cue: inout AttributionCue, right: Int, limit: Int, _ sentence: Range<Int>) {
        guard right < limit else {
            if right >= sentence.upperBound - 1, right > 0, tokens[min(right, tokens.count) - 1].isPunctuation(":") {
                cue.introducesNextParagraph = true
            }
            return
        }
        let token = tokens[right]
        let lemma = cue.lemma
        let frame = CueLexicon.forms[tokens[cue.head].lower]?.frame ?? .clause
        if lemma == "call" {
            let particle = cue.cueRange.count > 1
            if particle || isNaming(right..<limit) { cue.contentAfter = right..<limit }
            return
        }
        if token.lower == "that", !paragraph.isQuoted(right) {
            cue.contentAfter = (right + 1)..<limit
        } else if token.isPunctuation(":") {
            if right + 1 >= limit { cue.introducesNextParagraph = limit == sentence.upperBound } else {
                cue.contentAfter = (right + 1)..<limit
            }
        } else if token.isComma || token.isDash {
            if right + 1 < limit, opensQuote(right + 1) { cue.contentAfter = (right + 1)..<limit }
        } else if opensQuote(right) {
            cue.contentAfter = right..<limit
        } else if token.isSentenceFinal || token.kind == .punctuation {
            return
        } else if CueLexicon.weakLemmas.contains(lemma) {
            return
        } else if token.lower == "to", frame == .infinitive || frame == .objectClause && cue.cueRange.count > 1 {
            cue.contentAfter = right..<limit
        } else if frame == .infinitive {
            return
        } else {
            if !CueLexicon.bareClauseExcluded.contains(lemma), looksLikeClause(from: right, limit: limit) {
                cue.contentAfter = right..<limit
            } else if CueLexicon.nounContentLemmas.contains(lemma), startsNounPhrase(right) {
                cue.contentAfter = right..<limit
            }
        }
    }

    private func assignAccordingTo(_ cue: inout AttributionCue, limit: Int, leftStart: Int, _ sentence: Range<Int>) {
        guard let source = cue.speaker else { return }
        var opening = cue.head - 1
        while opening >= sentence.lowerBound,
            tokens[opening].isComma || WordClass.isAdverb(tokens[opening])
                || ["but", "and", "yet", "so", "however"].contains(tokens[opening].lower)
        {
            opening -= 1
        }
        if opening < sentence.lowerBound || paragraph.tokens[opening].kind == .punctuation && !tokens[opening].isComma {
            var start = source.range.upperBound
            if start < limit, tokens[start].isComma { start += 1 }
            if start < limit { cue.contentAfter = start..<limit }
            return
        }
        var end = cue.head
        if end - 1 >= leftStart, tokens[end - 1].isComma || tokens[end - 1].isDash { end -= 1 }
        if end > leftStart { cue.contentBefore = leftStart..<end }
    }

    /// For a later cue whose subject opens a coordinate clause (`..., but he said ...`, `; he noted ...`), the
    /// position where the earlier cue's content stops.
    private func coordinateBoundary(_ cue: AttributionCue, after right: Int) -> Int? {
        guard cue.speakerSource == .explicit, !cue.isAccordingTo, let speaker = cue.speaker,
            speaker.range.lowerBound > right, speaker.range.lowerBound < cue.head
        else { return nil }
        var position = speaker.range.lowerBound - 1
        while position > right, WordClass.isAdverb(tokens[position]) { position -= 1 }
        guard position > right else { return nil }
        if tokens[position].isPunctuation(";") { return position }
        let conjunctions: Set<String> = ["but", "and", "yet", "while", "although", "though", "whereas"]
        guard conjunctions.contains(tokens[position].lower), position - 1 >= right,
            tokens[position - 1].isComma || tokens[position - 1].isDash
        else { return nil }
        return position - 1
    }

    /// The first token of a following sibling cue's clause: before its conjunction, comma and adverbs.
    private func boundary(before head: Int, floor: Int) -> Int {
        var position = head
        while position - 1 > floor {
            let previous = tokens[position - 1]
            if WordClass.isAdverb(previous) || previous.isComma || previous.isDash
                || ["and", "but", "while", "before", "after", "as", "by", "when", "in", "then", "yet", "or"]
                    .contains(previous.lower)
            {
                position -= 1
            } else {
                break
            }
        }
        return position
    }

    /// For a cue whose speaker stands after a comma, a closing quote mark or a dash (`"...," he said`), the
    /// position just before that mark: where the content before the cue ends.
    private func tailAnchor(_ cue: AttributionCue, _ sentence: Range<Int>) -> Int? {
        guard cue.speakerSource == .explicit, !cue.isAccordingTo, let speaker = cue.speaker else { return nil }
        var anchor = min(speaker.range.lowerBound, cue.cueRange.lowerBound)
        if anchor - 1 >= sentence.lowerBound, tokens[anchor - 1].lower == "as" { anchor -= 1 }
        guard anchor - 1 >= sentence.lowerBound else { return nil }
        let mark = tokens[anchor - 1]
        if mark.isComma || mark.isDash { return anchor - 1 }
        if mark.kind == .quoteMark, paragraph.quotes.contains(where: { $0.close == anchor - 1 }) { return anchor }
        return nil
    }

    func opensQuote(_ position: Int) -> Bool {
        let number = paragraph.quoteOf[position]
        return number >= 0 && paragraph.quotes[number].open == position
    }
}
