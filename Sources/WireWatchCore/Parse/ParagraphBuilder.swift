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
struct ParagraphBuilder: Sendable {
    static let maxWrappedLineLength = 100
    static let bulletMarkers: [String] = ["\u{2022}", "\u{00B7}", "\u{25AA}", "\u{25CF}", "\u{25E6}", "\u{2023}", "\u{25A0}", "\u{27A2}", "-", "\u{2013}", "*"]
    /// Reasons whose line may run on over the next lines.
    static let continuable: Set<BoilerplateReason> = [.editorNote, .correction, .disclaimer, .credit, .stationNotice, .promo]
    static let connectives: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by", "from", "that", "as",
        "his", "her", "their", "its", "our", "my", "your", "is", "was", "are", "were", "be", "been", "has", "have", "had",
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
            let wrapped = isHardWrapped(shapes)
            var current: TextSegment?
            var previous: LineShape?
            for line in index..<end {
                let shape = shapes[line - index]
                let bullet = Self.isBullet(lines[line])
                if var open = current, let previous,
                   shouldJoin(previous, openReason: open.reason, next: shape, nextReason: reasons[line],
                              nextIsBullet: bullet, wrapped: wrapped) {
                    open.text = Self.join(open.text, shape.text)
                    open.lines = open.lines.lowerBound..<(line + 1)
                    current = open
                } else {
                    if let open = current { result.append(open) }
                    current = TextSegment(text: lines[line], reason: reasons[line], isBullet: bullet,
                                          blankBefore: current == nil ? blankBefore : false, lines: line..<(line + 1))
                }
                previous = shape
            }
            if let open = current { result.append(open) }
            blankBefore = false
            index = end
        }
        return result
    }

    func shouldJoin(_ previous: LineShape, openReason: BoilerplateReason?, next: LineShape,
                    nextReason: BoilerplateReason?, nextIsBullet: Bool, wrapped: Bool) -> Bool {
        if nextReason != nil || nextIsBullet { return false }
        if let openReason, !Self.continuable.contains(openReason) { return false }
        if wrapped { return true }
        if previous.endsClause { return false }
        if next.startsLowercase { return true }
        if let last = previous.text.last, last == "," || last == "-" || last == "\u{2013}" || last == "\u{2014}" {
            return true
        }
        guard let lastWord = previous.words.last else { return false }
        return Self.connectives.contains(lastWord.lowercased())
    }

    /// A run of at least three short lines, most of them cut mid-sentence, some continuing in lower case.
    func isHardWrapped(_ shapes: [LineShape]) -> Bool {
        guard shapes.count >= 3, shapes.allSatisfy({ $0.text.count <= Self.maxWrappedLineLength }) else {
            return false
        }
        let inner = shapes.dropLast()
        let open = inner.filter { !$0.endsClause }.count
        let lowerStarts = shapes.dropFirst().filter(\.startsLowercase).count
        return open * 2 >= inner.count && lowerStarts > 0
    }

    static func isBullet(_ line: String) -> Bool {
        bulletMarkers.contains { line.hasPrefix($0 + " ") }
    }

    /// The line without its bullet marker.
    static func removingBullet(_ line: String) -> String {
        guard let marker = bulletMarkers.first(where: { line.hasPrefix($0 + " ") }) else { return line }
        return String(line.dropFirst(marker.count + 1))
    }

    /// Joins two pieces of a paragraph; a word broken with a hyphen at the end of a line is joined without a space.
    static func join(_ head: String, _ tail: String) -> String {
        if head.hasSuffix("-"), head.dropLast().last?.isLetter == true, tail.first?.isLowercase == true {
            return head + tail
        }
        return head + " " + tail
    }
}
