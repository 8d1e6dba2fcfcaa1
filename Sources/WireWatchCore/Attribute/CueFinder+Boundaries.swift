// Where reported content ends: "according to" content, coordinate clauses, boundaries before a head, tail
// anchors and quote openings.

extension CueFinder {
    func assignAccordingTo(_ cue: inout AttributionCue, limit: Int, leftStart: Int, _ sentence: Range<Int>) {
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
    func coordinateBoundary(_ cue: AttributionCue, after right: Int) -> Int? {
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
    func boundary(before head: Int, floor: Int) -> Int {
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
    func tailAnchor(_ cue: AttributionCue, _ sentence: Range<Int>) -> Int? {
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
