/// One paragraph of an article as built from its lines, with the reason it is boilerplate, if it is.
struct TextSegment: Sendable, Equatable {
    var text: String
    var reason: BoilerplateReason?
    var isBullet: Bool
    /// A blank line (or the start of the text) stands between this segment and the one before.
    var blankBefore: Bool
    /// The source lines joined into it (indexes into the article's lines).
    var lines: Range<Int>

    var lineCount: Int { lines.count }

    var isKept: Bool { reason == nil }
}

/// Builds paragraphs from lines. Blank lines always separate paragraphs. Within a run of non-blank lines, a line is
/// joined to the one before when that one was cut mid-sentence: it does not end a sentence and the next line starts
/// in lower case, or it ends with a comma, a dash or a word such as `the` or `and`. A run whose lines are hard-wrapped
/// (short lines, most not ending a sentence, some continuing in lower case) is joined whole. Otherwise each line is
/// its own paragraph, as in files that put one paragraph on each line. Bullets start paragraphs; boilerplate lines
/// are not joined to prose, except that editor's notes, disclaimers and credits take their own continuation lines.
/// In hard-wrapped runs a sentence ending on a short line ends the paragraph.
struct ParagraphBuilder: Sendable {
    static let maxWrappedLineLength = 100
    static let bulletMarkers: [String] = [
        "\u{2022}", "\u{00B7}", "\u{25AA}", "\u{25CF}", "\u{25E6}", "\u{2023}", "\u{25A0}", "\u{27A2}", "-",
        "\u{2013}", "*",
    ]
    /// How many words a boilerplate paragraph may gather from its continuation lines.
    static let maxContinuedWords = 120
    /// Reasons whose line may run on over the next lines.
    static let continuable: Set<BoilerplateReason> = [.editorNote, .correction, .disclaimer, .credit, .stationNotice]
    static let connectives: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by", "from", "that", "as",
        "his", "her", "their", "its", "our", "my", "your", "is", "was", "are", "were", "be", "been", "has", "have",
        "had",
        "said", "says", "told", "who", "which", "when", "where", "while", "after", "before", "about", "than", "into",
        "over", "under", "between", "against", "not", "no", "will", "would", "could", "should", "can", "may", "this",
        "these", "those", "if", "because", "so", "also", "said:", "mr.", "mrs.", "ms.", "dr.",
    ]

    /// Paragraphs of `lines` (blank lines as empty strings); `reasons[i]` is the boilerplate reason of line `i`.
    func segments(lines: [String], reasons: [BoilerplateReason?]) -> [TextSegment] {
        var result: [TextSegment] = []
        var index = 0
        var blankBefore = true
        while index < lines.count {
            if lines[index].isEmpty {
                blankBefore = true
                index += 1
                continue
            }
            var end = index
            while end < lines.count, !lines[end].isEmpty { end += 1 }
            let shapes = lines[index..<end].map(LineShape.init)
            let width = wrapWidth(shapes)
            var current: TextSegment?
            var previous: LineShape?
            var openWords = 0
            for line in index..<end {
                let shape = shapes[line - index]
                let bullet = Self.isBullet(lines[line])
                if var open = current, let previous,
                   shouldJoin(previous, openReason: open.reason, openWords: openWords, openLines: open.lineCount,
                              next: shape, nextReason: reasons[line], nextIsBullet: bullet, wrapWidth: width) {
                    open.text = Self.join(open.text, shape.text)
                    open.lines = open.lines.lowerBound..<(line + 1)
                    current = open
                    openWords += shape.wordCount
                } else {
                    if let open = current { result.append(open) }
                    current = TextSegment(text: lines[line], reason: reasons[line], isBullet: bullet,
                                          blankBefore: current == nil ? blankBefore : false, lines: line..<(line + 1))
                    openWords = shape.wordCount
                }
                previous = shape
            }
            if let open = current { result.append(open) }
            blankBefore = false
            index = end
        }
        return result
    }

    /// Whether `next` continues the paragraph that `previous` (its line above) belongs to.
    func shouldJoin(_ previous: LineShape, openReason: BoilerplateReason?, openWords: Int, openLines: Int = 1,
                    next: LineShape, nextReason: BoilerplateReason?, nextIsBullet: Bool, wrapWidth: Int?) -> Bool {
        if nextReason != nil || nextIsBullet { return false }
        if let openReason {
            // Boilerplate takes only lines that plainly continue its sentence, and not without end.
            guard Self.continuable.contains(openReason), openWords < Self.maxContinuedWords else { return false }
            return continues(previous, next) && previous.sentenceCount == 1
        }
        if let wrapWidth {
            // In hard-wrapped text a sentence that ends on a short line ends its paragraph, and a lone line that
            // starts a paragraph without ending a sentence, followed by a capital, is a heading.
            if previous.endsSentence && previous.text.count * 4 < wrapWidth * 3 { return false }
            let nextStartsNew = next.first.map { $0.isUppercase || LineShape.openers.contains($0) } ?? false
            return !(openLines == 1 && !previous.endsClause && previous.wordCount <= 12 && nextStartsNew
                && !continues(previous, next))
        }
        return continues(previous, next)
    }

    /// `previous` was cut mid-sentence: no closing punctuation, and the next line starts in lower case, or
    /// `previous` ends with a comma, a dash or a word such as `the`.
    private func continues(_ previous: LineShape, _ next: LineShape) -> Bool {
        if previous.endsClause { return false }
        if next.startsLowercase { return true }
        if let last = previous.text.last, last == "," || last == "-" || last == "\u{2013}" || last == "\u{2014}" {
            return true
        }
        guard let lastWord = previous.words.last else { return false }
        return Self.connectives.contains(lastWord.lowercased())
    }

    /// The width a run of lines is hard-wrapped at (its longest short line), or nil when it is not hard-wrapped:
    /// at least three lines, nearly all short, most of them cut mid-sentence, some continuing in lower case.
    func wrapWidth(_ shapes: [LineShape]) -> Int? {
        guard shapes.count >= 3 else { return nil }
        let lengths = shapes.map(\.text.count)
        let short = lengths.filter { $0 <= Self.maxWrappedLineLength }
        guard short.count * 10 >= shapes.count * 9 else { return nil }
        let inner = shapes.dropLast()
        let open = inner.filter { !$0.endsClause }.count
        let lowerStarts = shapes.dropFirst().filter(\.startsLowercase).count
        guard open * 2 >= inner.count, lowerStarts > 0 else { return nil }
        return short.max()
    }

    static func isBullet(_ line: String) -> Bool {
        // A line opening with an ASCII byte other than a marker's (`-`, `*`) opens with no marker.
        if let byte = line.utf8.first, byte < 0x80, byte != UInt8(ascii: "-"), byte != UInt8(ascii: "*") {
            return false
        }
        return bulletMarkers.contains { line.hasPrefix($0 + " ") }
    }

    /// The line without its bullet marker.
    static func removingBullet(_ line: String) -> String {
        guard let marker = bulletMarkers.first(where: { line.hasPrefix($0 + " ") }) else { return line }
        return String(line.dropFirst(marker.count + 1))
    }

    /// Joins two pieces of a paragraph; a word broken after a hyphen at the end of a line (`Commander-in-` +
    /// `Chief`) is joined without a space.
    static func join(_ head: String, _ tail: String) -> String {
        if head.hasSuffix("-"), head.dropLast().last?.isLetter == true, tail.first?.isLetter == true {
            return head + tail
        }
        return head + " " + tail
    }
}
