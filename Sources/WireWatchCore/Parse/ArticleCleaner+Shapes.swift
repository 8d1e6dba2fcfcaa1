extension ArticleCleaner {
    /// A paragraph of running prose: six words or more, mostly lower case, ending a sentence (or long).
    static func isProse(_ shape: LineShape) -> Bool {
        guard shape.wordCount >= 6, shape.lowerCount >= shape.upperCount else { return false }
        return shape.endsSentence || shape.wordCount >= 12 || shape.text.last.map(LineShape.closers.contains) == true
    }

    /// A short label: up to three title-case words without punctuation, or one word with a final full stop.
    static func isLabelLine(_ shape: LineShape) -> Bool {
        shape.isLabel(maxWords: 3) || (shape.wordCount == 1 && shape.isLabel(maxWords: 1, allowingPeriod: true))
    }

    /// True when the text quotes four or more words (someone's speech, which captions do not carry).
    static func hasQuotedSpeech(_ text: String) -> Bool {
        var inside = false, words = 0, previous: Character = " "
        for character in text {
            if character == "\u{201C}" || (character == "\"" && !inside) {
                inside = true
                words = 0
            } else if character == "\u{201D}" || character == "\"" {
                if inside, words >= 3 { return true }
                inside = false
            } else if inside, character == " ", previous != " " {
                words += 1
            }
            previous = character
        }
        return inside && words >= 3
    }

    /// Words that mark a picture description: positions in the frame, `pictured`, `file photo`, or a full date.
    static func hasCaptionCue(_ text: String) -> Bool {
        let cues = ["(left)", "(right)", "(center)", "(centre)", "(L)", "(R)", "(C)", "(L-R)", "(file)", "(File)"]
        if cues.contains(where: text.contains) { return true }
        let key = text.comparable
        if [" pictured", "file photo", "is seen", "are seen", "poses for"].contains(where: { " \(key)".contains($0) }) {
            return true
        }
        return DateParser.firstDate(in: text) != nil
    }

    /// `American presidential election: Putin upsets his “friend” Trump`: a heading with a kicker before a colon,
    /// no closing punctuation, and a capital after the colon.
    static func isKickerHeading(_ shape: LineShape) -> Bool {
        guard shape.wordCount >= 4, shape.wordCount <= 16, let last = shape.lastMark,
              last.isLetter || last.isNumber || LineShape.closers.contains(last) || last == "\u{201D}" else { return false }
        guard !shape.endsClause, let colon = shape.text.firstRange(of: ": ") else { return false }
        let kicker = LineShape(String(shape.text[..<colon.lowerBound]))
        let title = LineShape(String(shape.text[colon.upperBound...]))
        guard kicker.wordCount >= 1, kicker.wordCount <= 6, title.wordCount >= 3,
              let initial = title.text.first, initial.isUppercase,
              let kickerInitial = kicker.text.first, kickerInitial.isUppercase else { return false }
        return !shape.text.hasSuffix(",")
    }
}
