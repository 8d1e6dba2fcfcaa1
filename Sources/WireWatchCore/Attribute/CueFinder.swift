/// Finds the attribution cues of a sentence: speech verbs with their speakers (`Peskov said`, `said Peskov`,
/// `..., saying`), `according to X`, `as noted by X` and `X was quoted as saying`.
struct CueFinder {
    let paragraph: TextParagraph
    let parser: MentionParser
    var tokens: [TextToken] { paragraph.tokens }

    /// Speech verbs that still report speech after `to` (`went on to say`, `took to Twitter to announce`).
    static let infinitiveSpeech: Set<String> = [
        "say", "add", "tell", "explain", "argue", "insist", "warn", "note", "announce", "declare", "stress",
        "reiterate", "claim", "write", "tweet", "post", "emphasize", "point", "suggest", "caution", "predict",
    ]

    /// Present forms that are far more often plural nouns.
    static let nounLikePresent: Set<String> = [
        "states", "reports", "claims", "notes", "comments", "answers", "demands", "questions", "charges", "estimates",
        "forecasts", "promises", "pledges", "vows", "posts", "tweets", "signals", "hints", "echoes", "counters",
        "protests", "objects", "recalls", "replies", "responses", "remarks", "cites", "praises", "hails", "blasts",
        "slams", "defends", "welcomes", "disputes", "highlights", "underlines", "describes", "repeats", "warns",
        "urges", "threats", "calls", "denials", "denies", "admits", "proposes", "questions",
    ]

    /// Base forms that are far more often nouns or adjectives (`state law`, `call them`).
    static let nounLikeBase: Set<String> = [
        "state", "call", "question", "report", "comment", "claim", "answer", "note", "post", "tweet", "signal",
        "demand", "estimate", "forecast", "promise", "pledge", "vow", "reply", "echo", "counter", "charge", "object",
        "protest", "hint", "cite", "repeat", "recall", "remark", "complain", "dispute", "contest", "reason", "muse",
        "joke", "blog", "relay", "highlight", "concede", "warn", "urge", "dismiss", "reject", "welcome", "describe",
        "question", "predict", "propose", "recommend", "maintain", "observe", "express", "voice", "advise", "brief",
        "praise", "applaud",
    ]

    init(_ paragraph: TextParagraph) {
        self.paragraph = paragraph
        self.parser = MentionParser(paragraph)
    }

    /// The cues of `sentence`, in order, each with its speaker phrase and content ranges.
    func cues(in sentence: Range<Int>) -> [AttributionCue] {
        var found: [AttributionCue] = []
        var position = sentence.lowerBound
        while position < sentence.upperBound {
            defer { position += 1 }
            guard !paragraph.isQuoted(position), tokens[position].kind == .word else { continue }
            if tokens[position].isCapitalized, position != sentence.lowerBound { continue }
            // Only `according` and the forms of cue verbs (flagged by the tokenizer) can open a cue.
            guard tokens[position].flags.contains(.cueVerb) || tokens[position].lower == "according" else { continue }
            let word = tokens[position].lower
            if word == "according", position + 1 < sentence.upperBound, tokens[position + 1].lower == "to" {
                if let cue = accordingTo(position, sentence) { found.append(cue) }
                continue
            }
            if let entry = CueLexicon.forms[word] {
                if let cue = verbCue(position, entry, sentence) { found.append(cue) }
            } else if let lemma = CueLexicon.phrasalForms[word], position + 1 < sentence.upperBound,
                tokens[position + 1].lower == CueLexicon.particles[lemma]
            {
                let form: CueLexicon.Form = word.endsWith("ing") ? .participle : word.endsWith("s") ? .present : .past
                let entry = CueLexicon.Entry(lemma: lemma, frame: .clause, form: word == lemma ? .base : form)
                if let cue = verbCue(position, entry, sentence) { found.append(cue) }
            }
        }
        return assignContent(found, in: sentence)
    }

    // MARK: - Verb cues

    private func verbCue(_ position: Int, _ entry: CueLexicon.Entry, _ sentence: Range<Int>) -> AttributionCue? {
        let floor = sentence.lowerBound
        var cue = AttributionCue(
            paragraph: paragraph.index, sentence: sentence, head: position, cueRange: position..<(position + 1),
            lemma: entry.lemma)
        if let particle = CueLexicon.particles[entry.lemma], position + 1 < sentence.upperBound,
            tokens[position + 1].lower == particle
        {
            cue.cueRange = position..<(position + 2)
        }
        if entry.lemma == "call" {
            // `called for`, `called on X to`, or `called X "Y"`; not `so-called`, `a group called X`, `called off`.
            let next = position + 1 < sentence.upperBound ? tokens[position + 1].lower : ""
            if CueLexicon.callParticles.contains(next) {
                cue.cueRange = position..<(position + 2)
            } else if ["off", "up", "out", "back", "in", "it", "quits"].contains(next) {
                return nil
            }
        }
        // Look left over adverbs for what governs the verb.
        var left = position - 1
        while left >= floor, WordClass.isAdverb(tokens[left]) || tokens[left].lower == "n't" {
            if WordClass.negations.contains(tokens[left].lower) { return nil }
            if tokens[left].lower == "reportedly" { cue.isReported = true }
            left -= 1
        }
        if position + 1 < sentence.upperBound, tokens[position + 1].lower == "reportedly" { cue.isReported = true }
        let before = left >= floor ? tokens[left] : nil
        let beforeWord = before?.lower ?? ""
        if WordClass.negations.contains(beforeWord) { return nil }
        if ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "such",
            "no", "of", "for", "with"].contains(beforeWord)
        {
            return nil
        }
        if before?.kind == .possessive { return nil }
        switch entry.form {
        case .base:
            if beforeWord == "to" {
                guard CueFinder.infinitiveSpeech.contains(entry.lemma) else { return nil }
                if left - 1 >= floor, WordClass.negations.contains(tokens[left - 1].lower) { return nil }
                if left - 1 >= floor, ["right", "how", "what", "ability", "chance", "nothing", "want", "wants",
                    "wanted", "need", "needs", "hard", "difficult", "easy", "fair", "safe", "able", "unable"].contains(tokens[left - 1].lower)
                {
                    return nil
                }
                cue.speakerSource = .inherited
                return cue
            }
            if ["will", "would", "could", "should", "might", "may", "must", "can", "shall", "did", "does", "do"]
                .contains(beforeWord)
            {
                return nil
            }
            // `Police say`, `Mr. King and Mr. Schultz say`, `many Democrats say`: a subject other than he, she or it.
            guard left >= floor, let subject = subjectBefore(left, floor: floor),
                subject.kind != .pronoun || subject.head == "they" || subject.head == "we"
            else { return nil }
            if subject.kind == .name, subject.nameWordCount == 1, !subject.head.endsWith("s") { return nil }
            if CueFinder.nounLikeBase.contains(tokens[position].lower) {
                // `state law requires`, `question the wisdom`: only `... state that` counts.
                let next = position + 1 < sentence.upperBound ? tokens[position + 1] : nil
                guard let next, next.lower == "that" || next.isPunctuation(":") || next.kind == .quoteMark else {
                    return nil
                }
            }
            cue.speaker = subject
            return cue
        case .participle:
            if beforeWord == "as", let quoted = quotedAsSaying(position, left, sentence) { return quoted }
            if WordClass.passiveAuxiliaries.contains(beforeWord) && beforeWord != "being" {
                guard left - 1 >= floor, let subject = parser.parseBackward(endingAt: left - 1, floor: floor) else {
                    return nil
                }
                cue.speaker = subject
                return cue
            }
            let linking: Set<String> = ["while", "before", "after", "when", "as", "and", "but", "also", "then", "from",
                "without", "besides"]
            if let before, !before.isComma, !before.isDash, !linking.contains(beforeWord), before.kind == .word,
                entry.lemma == "say" || entry.lemma == "tell" || entry.lemma == "claim" || entry.lemma == "argue",
                let subject = parser.parseBackward(endingAt: left, floor: floor), subject.kind != .pronoun
            {
                // `footage of Trump saying, "..."`
                cue.speaker = subject
                return cue
            }
            let bySaying = beforeWord == "by" && entry.lemma == "say"
            guard let before, before.isComma || linking.contains(beforeWord) || before.isDash || bySaying else {
                return nil
            }
            cue.speakerSource = .inherited
            return cue
        case .past, .present:
            if beforeWord == "as", position + 1 < sentence.upperBound, tokens[position + 1].lower == "by",
                let speaker = parser.parseForward(startingAt: position + 2, limit: sentence.upperBound)
            {
                // `..., as noted by Medvedev`
                cue.speaker = speaker
                cue.cueRange = (position - 1)..<(position + 2)
                return cue
            }
            if WordClass.passiveAuxiliaries.contains(beforeWord) { return nil }
            if ["and", "but", "or", "then"].contains(beforeWord) {
                cue.speakerSource = .inherited
                return cue
            }
            if let before, before.isComma || before.kind == .quoteMark || before.isDash || before.isPunctuation(":"),
                left == position - 1, entry.frame != .objectClause, !CueLexicon.evaluativeLemmas.contains(entry.lemma),
                let inverted = invertedSpeaker(after: cue.cueRange.upperBound, sentence)
            {
                cue.speaker = inverted
                return cue
            }
            guard left >= floor, let subject = subjectBefore(left, floor: floor) else { return nil }
            if entry.form == .present, subject.kind == .pronoun, ["they", "we", "i"].contains(subject.head) {
                return nil
            }
            if entry.form == .present, CueFinder.nounLikePresent.contains(tokens[position].lower) {
                // `states`, `reports`, `questions` are mostly plural nouns: only `... states that` counts.
                let next = position + 1 < sentence.upperBound ? tokens[position + 1] : nil
                guard let next, next.lower == "that" || next.isPunctuation(":") || next.isComma
                    || next.kind == .quoteMark || next.isSentenceFinal
                else { return nil }
                if subject.kind == .vague, subject.text.first?.isNumber == true { return nil }
            }
            cue.speaker = subject
            return cue
        }
    }
}
