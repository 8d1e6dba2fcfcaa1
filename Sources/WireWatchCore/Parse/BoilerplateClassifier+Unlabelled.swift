extension BoilerplateClassifier {
    /// A link to another article with its label but no separator: `Related Court blocks the new visa rules`,
    /// `READ MORE Ministers agree on a budget deal`. The label opens the line; a headline follows (a capital,
    /// three to twenty words, no full stop at the end).
    func isRelatedTeaser(_ text: String, key: String, shape: LineShape) -> Bool {
        guard shape.wordCount >= 4, shape.wordCount <= 24, shape.lastMark != "." else { return false }
        for opener in Self.teaserOpenings where key.hasPrefix(opener + " ") {
            let openerWords = opener.split(separator: " ").count
            let rest = text.split(separator: " ").dropFirst(openerWords)
            guard let initial = rest.first?.first, initial.isUppercase || LineShape.openers.contains(initial),
                rest.count >= 3, rest.count <= 20
            else { return false }
            // The label is set apart by its case: `Related`, `RELATED`, `Read More`, not `Related efforts...`.
            let label = text.split(separator: " ").prefix(openerWords)
            return label.allSatisfy { $0.first?.isUppercase == true }
        }
        return false
    }

    /// Labels of related-article links, in ``StringProtocol/comparable`` form.
    static let teaserOpenings = [
        "related", "read more", "read also", "also read", "see also", "also see", "recommended", "must read",
        "read next", "up next", "more on this", "more on this story", "related story", "related article",
    ]

    /// A picture description without its credit line: a short paragraph that speaks of the picture itself
    /// (`FILE PHOTO: ...`, `(L-R)`, `in this photo taken on ...`, `seen in this picture`), without quoted speech or a
    /// reporting verb.
    func isPictureDescription(_ text: String, key: String, shape: LineShape) -> Bool {
        guard shape.wordCount >= 3, shape.wordCount <= 60 else { return false }
        let hasCue =
            key.hasPrefix("file photo ") || key.hasPrefix("file picture ")
            || TextSearch.containsByte(text, UInt8(ascii: "(")) && Self.positionCueSet.occurs(in: text)
            || Self.pictureCueSet.occurs(in: " \(key) ")
        guard hasCue, !ArticleCleaner.hasQuotedSpeech(text) else { return false }
        return !TextSearch.containsAny(" \(key) ", Self.reportingVerbs)
    }

    /// Positions of people in a picture.
    static let positionCues = ["(L-R)", "(l-r)", "(L to R)", "(left)", "(right)", "(center)", "(centre)"]

    /// Phrases that speak of a picture, in ``StringProtocol/comparable`` form with spaces around.
    static let pictureCues = [
        " in this file photo ", " in this photo ", " in this picture ", " in this image ", " in this handout ",
        " seen in this ", " photo taken on ", " picture taken on ", " photo taken in ", " picture taken in ",
        " left to right ", " pictured left ", " pictured right ", " is pictured ", " are pictured ",
    ]

    static let positionCueSet = PhraseSet(positionCues)
    static let pictureCueSet = PhraseSet(pictureCues)

    /// Reporting verbs that make a paragraph prose about a picture rather than its caption.
    static let reportingVerbs = [" said ", " says ", " told ", " according to ", " added ", " stated "]
}
