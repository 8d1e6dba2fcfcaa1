extension ArticleCleaner {
    /// A paragraph of running prose: six words or more, mostly lower case, ending a sentence (or long).
    static func isProse(_ shape: LineShape) -> Bool {
        guard shape.wordCount >= 6, shape.lowerCount >= shape.upperCount else { return false }
        return shape.endsSentence || shape.wordCount >= 12 || shape.text.last.map(LineShape.closers.contains) == true
    }

    /// Lower-case words of four letters or more, without the commonest function words.
    static func contentWords(_ text: String) -> Set<String> {
        Set(text.comparable.split(separator: " ").lazy.filter { $0.count >= 4 && !Self.stopWords.contains(String($0)) }
            .map(String.init))
    }

    static let stopWords: Set<String> = [
        "that", "this", "with", "from", "have", "were", "will", "would", "could", "should", "their", "there", "which",
        "about", "after", "before", "been", "into", "than", "then", "they", "them", "what", "when", "where", "while",
        "also", "said", "says", "more", "most", "over", "such", "only", "other", "some", "very", "just", "being",
    ]

    /// True when at least `share` of the content words of `text` occur in `words`.
    static func isRepeated(_ text: String, in words: Set<String>, share: Double = 0.5) -> Bool {
        let own = contentWords(text)
        guard own.count >= 3 else { return false }
        return Double(own.filter(words.contains).count) >= Double(own.count) * share
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
        // Each cue's bytes occur in a text that holds it: the byte search rules texts out first.
        if text.utf8.contains(UInt8(ascii: "(")), cues.contains(where: text.contains) { return true }
        let padded = " \(text.comparable)"
        if [" pictured", "file photo", "is seen", "are seen", "poses for"].contains(where: {
            TextSearch.contains(padded, $0) && padded.contains($0)
        }) {
            return true
        }
        return DateParser.firstDate(in: text) != nil
    }

    /// `American presidential election: Putin upsets his “friend” Trump`: a heading with a kicker before a colon,
    /// no closing punctuation, and a capital after the colon.
    static func isKickerHeading(_ shape: LineShape) -> Bool {
        guard shape.wordCount >= 5, shape.wordCount <= 16, let last = shape.lastMark,
              last.isLetter || last.isNumber else { return false }
        guard !shape.endsClause, let colon = shape.text.firstRange(of: ": ") else { return false }
        let kicker = LineShape(String(shape.text[..<colon.lowerBound]))
        let title = LineShape(String(shape.text[colon.upperBound...]))
        guard kicker.wordCount >= 2, kicker.wordCount <= 6, title.wordCount >= 3,
              let initial = title.text.first, initial.isUppercase,
              let kickerInitial = kicker.text.first, kickerInitial.isUppercase else { return false }
        return !shape.text.hasSuffix(",")
    }
}
