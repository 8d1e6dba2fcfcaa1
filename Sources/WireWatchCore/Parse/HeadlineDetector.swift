/// Finds an article's headline: its first line when that line is a heading rather than prose.
///
/// A heading is short (at most 30 words and 220 characters), is one sentence (or two very short ones, as in
/// `Virginian could make history. Again.`), starts with a capital or a digit, and does not end with a colon or
/// comma. A sentence-case line of more than 16 words that ends like a sentence (or of more than 20 words) reads as
/// a lede, unless the next paragraph restates it. It is not a caption (a line followed by a photo credit), a
/// dateline opening (`MOSCOW –`), a syndication tag (`(MENAFN- ...)`) or boilerplate. Leading section labels,
/// bylines and date stamps are skipped over.
struct HeadlineDetector: Sendable {
    static let maxWords = 30
    static let maxCharacters = 220
    /// Longer sentence-case lines ending a sentence are headlines only when the next paragraph restates them.
    static let maxPlainSentenceWords = 16
    /// The same for lines of more words that do not end a sentence.
    static let maxUnpunctuatedWords = 20
    /// Lines at the top that may be skipped while looking for the headline.
    static let maxSkippedLines = 3

    let classifier = BoilerplateClassifier()

    /// The index of the headline line in `lines` (blank lines included), or nil when the text has none.
    func headlineIndex(in lines: [String]) -> Int? {
        let filled = lines.indices.filter { !lines[$0].isEmpty }
        for (position, index) in filled.prefix(Self.maxSkippedLines + 1).enumerated() {
            let shape = LineShape(lines[index])
            if let reason = classifier.reason(for: shape) {
                guard Self.skippable.contains(reason) else { return nil }
                continue
            }
            if position == 0, isKicker(shape), filled.count > 1 { continue }
            let nextLine = lines[(index + 1)...].first { !$0.isEmpty }.map(LineShape.init)
            return isHeading(shape, nextLine: nextLine, following: nextParagraph(after: index, in: lines)) ? index : nil
        }
        return nil
    }

    /// The text after line `index`: the next non-blank line, with the lines that follow it in the same run while
    /// they are fewer than ``restatementWords`` words (a hard-wrapped paragraph).
    private func nextParagraph(after index: Int, in lines: [String]) -> LineShape? {
        guard let start = lines[(index + 1)...].firstIndex(where: { !$0.isEmpty }) else { return nil }
        var text = lines[start]
        var end = start + 1
        var words = LineShape(text).wordCount
        while words < Self.restatementWords, end < lines.count, !lines[end].isEmpty {
            text += " " + lines[end]
            words += LineShape(lines[end]).wordCount
            end += 1
        }
        return LineShape(text)
    }

    /// How many words of the next paragraph are compared with a long first line.
    static let restatementWords = 45

    /// Reasons of lines that may stand above a headline.
    static let skippable: Set<BoilerplateReason> = [.sectionLabel, .byline, .dateStamp, .navigation, .separator]

    /// True when `shape` reads as a heading; `nextLine` is the following non-blank line, `following` the text that
    /// starts there (see ``nextParagraph(after:in:)``).
    func isHeading(_ shape: LineShape, nextLine: LineShape?, following: LineShape?) -> Bool {
        let words = shape.effectiveWordCount
        guard words >= 1, words <= Self.maxWords, shape.text.count <= Self.maxCharacters else {
            return false
        }
        guard let initial = shape.text.first(where: { $0.isLetter || $0.isNumber }),
              initial.isUppercase || initial.isNumber else { return false }
        if shape.lastMark == ":" || shape.lastMark == "," { return false }
        let sentences = shape.sentenceCount
        if sentences > 2 || (sentences == 2 && words > Self.maxPlainSentenceWords) { return false }
        if Self.startsWithSyndicationTag(shape.text) || Self.startsWithDateline(shape) { return false }
        if let nextLine, classifier.photoCredit(nextLine) == .photoCredit { return false }
        let isLong = words > Self.maxPlainSentenceWords && shape.endsSentence || words > Self.maxUnpunctuatedWords
        if isLong, !shape.isTitleLike {
            // A long sentence is a lede unless the next paragraph restates it, as a standfirst restates its title.
            guard let following else { return false }
            return ArticleCleaner.isRepeated(shape.text, in: ArticleCleaner.contentWords(following.text), share: 0.7)
        }
        return true
    }

    /// A one-word section name above the headline (`Politics`, `WORLD`).
    private func isKicker(_ shape: LineShape) -> Bool {
        shape.wordCount <= 2 && shape.isLabel(maxWords: 2)
            && BoilerplateVocabulary.sectionLabels.contains(shape.text.comparable)
    }

    /// `(MENAFN- Asia Times) ...`, `(Reuters) - ...`
    static func startsWithSyndicationTag(_ text: String) -> Bool {
        guard text.hasPrefix("("), let close = text.firstIndex(of: ")") else { return false }
        let inside = text[text.index(after: text.startIndex)..<close]
        guard let first = inside.first, first.isUppercase, inside.count <= 40 else { return false }
        return inside.contains("-") || inside.allSatisfy { $0.isUppercase || $0 == " " }
            || text[close...].dropFirst().trimmingSpaces().first.map { "-\u{2013}\u{2014}".contains($0) } == true
    }

    /// `MOSCOW – ...`, `NEWPORT NEWS, Va. - ...`, `WASHINGTON (AP) — ...`: capitals, then a dash or an agency, at
    /// the start of a line longer than a short headline.
    static func startsWithDateline(_ shape: LineShape) -> Bool {
        guard shape.wordCount > 6 else { return false }
        var capitals = 0
        for word in shape.words.prefix(6) {
            if ["-", "\u{2013}", "\u{2014}", "\u{2015}"].contains(word) || word.hasPrefix("(") {
                return capitals > 0
            }
            let letters = word.filter(\.isLetter)
            if !letters.isEmpty, letters.allSatisfy(\.isUppercase), letters.count >= 2 {
                capitals += 1
            } else if capitals == 0 {
                return false
            }
        }
        return false
    }
}
