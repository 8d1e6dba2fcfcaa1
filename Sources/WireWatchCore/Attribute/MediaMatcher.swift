/// Finds news outlets in a stretch of tokens: names from the media lexicon, and capitalised names shaped like
/// outlets (`news agency Interfax`, `Kommersant newspaper`, `Asia Times`).
enum MediaMatcher {
    /// One outlet found in a paragraph.
    struct Match: Sendable, Equatable {
        var range: Range<Int>
        /// The outlet's name for `via`: as written, without a leading `The` when two or more words remain.
        var name: String
    }

    /// Single words that name outlets but are also common words: matched only where an outlet is expected.
    private static let ambiguous: Set<String> = [
        "time", "fox", "insider", "sun", "vice", "salon", "slate", "wired", "fortune", "yahoo", "today", "mail",
        "star", "economist", "independent", "guardian", "nation", "view", "hill", "atlantic", "province", "logic",
        "information", "intercept", "dispatch", "ap", "cp", "ft", "dw", "ani", "ria", "this", "face", "meet", "good",
        "state", "60", "channel", "daily", "sky", "global", "the", "cbs", "abc", "nbc",
    ]

    /// ``MediaLexicon/outletsByFirstWord`` probed by bytes (most capitalised words name no outlet).
    private static let outletsByFirstWord = WordTable(MediaLexicon.outletsByFirstWord)

    /// The first outlet named in `range`, if any.
    static func outlet(in paragraph: TextParagraph, range: Range<Int>) -> String? {
        matches(in: paragraph, range: range, expectingMedia: true).first?.name
    }

    /// Every outlet named in `range`, in order.
    /// - Parameter expectingMedia: the slot expects an outlet (`told X`, `according to X`): ambiguous names count.
    static func matches(in paragraph: TextParagraph, range: Range<Int>, expectingMedia: Bool) -> [Match] {
        let tokens = paragraph.tokens
        var found: [Match] = []
        var position = range.lowerBound
        while position < range.upperBound {
            if let match = match(at: position, in: paragraph, limit: range.upperBound, expectingMedia: expectingMedia) {
                found.append(match)
                position = match.range.upperBound
                continue
            }
            let word = tokens[position].lower
            if tokens[position].kind == .word, MediaLexicon.headWords.contains(word), position + 1 < range.upperBound,
                let run = capitalizedRun(from: position + 1, in: tokens, limit: range.upperBound)
            {
                // `news agency Interfax`, `state television channel Rossiya-24`
                found.append(Match(range: run, name: displayName(paragraph, run)))
                position = run.upperBound
                continue
            }
            position += 1
        }
        return found
    }

    private static func match(at position: Int, in paragraph: TextParagraph, limit: Int, expectingMedia: Bool) -> Match? {
        let tokens = paragraph.tokens
        var start = position
        if tokens[start].lower == "the", start + 1 < limit { start += 1 }
        let first = tokens[start]
        guard first.kind == .word || first.kind == .number, first.isCapitalized || first.kind == .number else {
            return nil
        }
        if let candidates = outletsByFirstWord[first.lower] {
            for words in candidates where start + words.count <= limit {
                var same = true
                for (offset, word) in words.enumerated() where tokens[start + offset].lower != word {
                    same = false
                    break
                }
                guard same else { continue }
                if !expectingMedia && words.count == 1 && ambiguous.contains(words[0]) { continue }
                var end = start + words.count
                if end < limit, tokens[end].kind == .possessive { end += 0 }
                return Match(range: position..<end, name: displayName(paragraph, position..<end))
            }
        }
        guard let run = capitalizedRun(from: start, in: tokens, limit: limit) else { return nil }
        let last = tokens[run.upperBound - 1].lower
        if run.count >= 2, MediaLexicon.nameEndings.contains(last) {
            return Match(range: position..<run.upperBound, name: displayName(paragraph, position..<run.upperBound))
        }
        if run.upperBound < limit, MediaLexicon.headWords.contains(tokens[run.upperBound].lower),
            ["news", "agency", "newspaper", "daily", "channel", "broadcaster", "tv", "television", "outlet", "radio",
             "magazine", "tabloid", "network", "website", "wire"].contains(tokens[run.upperBound].lower),
            !RoleLexicon.roleNouns.contains(tokens[run.upperBound].lower)
        {
            // `Kommersant newspaper`, `TASS news agency`
            return Match(range: run, name: displayName(paragraph, run))
        }
        return nil
    }

    /// A run of capitalised words (and joining `-`) starting at `start`.
    private static func capitalizedRun(from start: Int, in tokens: [TextToken], limit: Int) -> Range<Int>? {
        var end = start
        while end < limit {
            let token = tokens[end]
            if (token.kind == .word && (token.isCapitalized || token.isAllCaps)
                && !token.isNotName)
                || (token.kind == .number && end > start)
            {
                end += 1
            } else {
                break
            }
        }
        return end > start ? start..<end : nil
    }

    static func displayName(_ paragraph: TextParagraph, _ range: Range<Int>) -> String {
        var lower = range.lowerBound
        if paragraph.tokens[lower].lower == "the", range.count >= 3 { lower += 1 }
        return paragraph.text(lower..<range.upperBound)
    }
}
