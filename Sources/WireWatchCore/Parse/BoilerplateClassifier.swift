/// Tells whether a line (or a paragraph) is page furniture rather than article prose, by its shape alone: length,
/// punctuation, capitalisation, separators and the vocabulary of promos, credits and labels.
///
/// Rules that depend on a line's neighbours or place in the article (captions, summaries, trailing labels) live in
/// ``ArticleCleaner``.
struct BoilerplateClassifier: Sendable {
    /// Take out the text of embedded posts and live-blog time stamps. Off for the text of web pages, whose
    /// extraction already decided what belongs to the article: there, posts the article embeds and the times of
    /// a live blog's entries are part of its body (as in the HTML extraction benchmark's ground truth).
    var removesPostsAndTimes = true

    /// The reason `line` is not prose, or nil when it may be prose.
    func reason(for line: String) -> BoilerplateReason? {
        reason(for: LineShape(line))
    }

    /// The reason of a line whose shape is measured; `key` is its ``StringProtocol/comparable`` form when known.
    func reason(for shape: LineShape, key knownKey: String? = nil) -> BoilerplateReason? {
        let text = shape.text
        guard !text.isEmpty else { return nil }
        let key = knownKey ?? text.comparable
        if key.isEmpty { return .separator }
        if shape.wordCount > Self.maxShortRuleWords {
            // Long paragraphs can only be notes or legal text.
            if BoilerplateVocabulary.editorNoteOpeningSet.isPrefix(of: key) { return .editorNote }
            if isCorrection(text, key: key, shape: shape) { return .correction }
            return isDisclaimer(text, key: key, shape: shape) ? .disclaimer : nil
        }
        if isEmbed(text, key: key) || removesPostsAndTimes && isPostText(text) { return .embed }
        if isSyndicationID(text) { return .syndicationID }
        if BoilerplateVocabulary.editorNoteOpeningSet.isPrefix(of: key) { return .editorNote }
        if shape.wordCount <= 14, TextSearch.hasDigit(text), DateParser.isDateStamp(text) || isStampedRow(text)
            || removesPostsAndTimes && isTimeStamp(text)
        {
            return .dateStamp
        }
        if isCorrection(text, key: key, shape: shape) { return .correction }
        if isDisclaimer(text, key: key, shape: shape) { return .disclaimer }
        if isPromo(text, key: key, shape: shape) { return .promo }
        if isRelatedTeaser(text, key: key, shape: shape) { return .relatedLink }
        if shape.wordCount <= 30, let label = labelBeforeSeparator(text),
           BoilerplateVocabulary.tagLabels.contains(label) {
            return .sectionLabel
        }
        if let credit = photoCredit(shape) { return credit }
        if isCaptionLine(text, key: key, shape: shape) || isPictureDescription(text, key: key, shape: shape) {
            return .caption
        }
        if isReportingCredit(key, shape: shape) { return .credit }
        if isStationNotice(key, shape: shape) { return .stationNotice }
        if shape.wordCount <= 16, BylineParser.parse(text) != nil { return .byline }
        if isSectionLabel(key, shape: shape) { return .sectionLabel }
        return nil
    }

    /// How far into a line a label's separator may come (in UTF-8 bytes, a little over the 40 characters read).
    static let labelScanBytes = 48

    /// Marks that open live-blog and related-story teasers (`>> ...`, `► ...`).
    static let teaserMarkers = [">>", "\u{25BA}", "\u{25B6}", "\u{27A4}", "\u{2794}", "\u{2192}", "\u{21D2}"]

    /// Paragraphs longer than this are checked only for notes and legal text.
    static let maxShortRuleWords = 70

    /// `Desk Name / SITE.COM / Updated: Nov 7, 2024`: a row of short segments, one of them a date stamp.
    func isStampedRow(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "|")) || TextSearch.contains(text, " / "), TextSearch.hasDigit(text) else {
            return false
        }
        let segments = text.split(whereSeparator: { $0 == "|" || $0 == "/" }).map { $0.trimmingSpaces() }
        guard segments.count >= 2, segments.contains(where: DateParser.isDateStamp) else { return false }
        return segments.allSatisfy { DateParser.isDateStamp($0) || LineShape($0).wordCount <= 5 }
    }

    // MARK: - Rules

    /// Markup left by embeds: a line of tags only, or a placeholder such as `[embedded content]`.
    func isEmbed(_ text: String, key: String) -> Bool {
        if text.hasPrefix("<") {
            var inTag = false, outside = "", tag = ""
            for character in text {
                if character == "<" {
                    inTag = true
                    tag = ""
                } else if character == ">" {
                    guard inTag, Self.isMarkupTag(tag) else { return false }
                    inTag = false
                } else if inTag {
                    tag.append(character)
                } else {
                    outside.append(character)
                }
            }
            return !inTag && outside.comparable.isEmpty
        }
        if text.hasPrefix("["), text.hasSuffix("]") { return key.hasPrefix("embed") || key.hasSuffix("embed") }
        return text.hasPrefix("pic.twitter.com/")
    }

    /// `tweet tweet-id="1"`, `/p`, `br/`: an element name in lower case, and attributes only as `name="value"`.
    static func isMarkupTag(_ tag: String) -> Bool {
        let body = tag.hasPrefix("/") ? tag.dropFirst() : Substring(tag)
        let name = body.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == ":" }
        guard let initial = name.first, initial.isASCII, initial.isLetter, name.allSatisfy({ !$0.isUppercase }) else {
            return false
        }
        let attributes = body.dropFirst(name.count).trimmingSpaces()
        return attributes.isEmpty || attributes == "/" || attributes.contains("=")
    }

    /// One long token of capitals and digits, such as a syndication feed's article id.
    /// Read on the UTF-8 bytes: the token's characters are ASCII letters, digits, `-` and `_`, one byte each.
    func isSyndicationID(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 16 else { return false }
        var digits = 0, upper = 0
        for byte in utf8 {
            switch byte {
            case 0x30...0x39: digits += 1
            case 0x41...0x5A: upper += 1
            case 0x61...0x7A, 0x2D, 0x5F: continue
            default: return false
            }
        }
        return utf8.count <= 64 && digits >= 10 && upper >= 2 && !text.lowercased().hasPrefix("http")
    }

    /// `Correction: ...`, `Clarification: ...` and notices that the article was updated or first published elsewhere.
    func isCorrection(_ text: String, key: String, shape: LineShape) -> Bool {
        guard shape.wordCount <= 120 else { return false }
        if key.hasPrefix("correction") || key.hasPrefix("clarification") { return text.prefix(32).contains(":") }
        if key.hasPrefix("update"), let colon = text.prefix(48).firstIndex(of: ":") {
            // `Update 11/7/24, 5:12 a.m. ET: ...`: an update notice carries its date before the colon.
            let stamp = text[..<colon]
            return stamp.contains(where: \.isNumber)
        }
        return BoilerplateVocabulary.correctionOpeningSet.isPrefix(of: key)
    }

    func isDisclaimer(_ text: String, key: String, shape: LineShape) -> Bool {
        if shape.wordCount <= 4, BoilerplateVocabulary.disclaimerHeadings.contains(key) { return true }
        if shape.wordCount <= 80, let label = labelBeforeSeparator(text),
           BoilerplateVocabulary.disclaimerHeadings.contains(label) {
            return true
        }
        if shape.wordCount <= 40 {
            if text.hasPrefix("\u{00A9}") || TextSearch.contains(key, "all rights reserved") { return true }
            if key.hasPrefix("copyright "), key.dropFirst(10).first?.isNumber == true || text.contains("\u{00A9}") {
                return true
            }
            if text.hasPrefix("(c) ") || text.hasPrefix("(C) "), key.dropFirst(2).first?.isNumber == true {
                return true
            }
        }
        if shape.wordCount <= 60, BoilerplateVocabulary.feedNoteKeys.occurs(in: key) { return true }
        return shape.wordCount <= 150 && Self.legalCueCount(key) >= 3
    }

    /// How many distinct legal phrases `key` (a ``StringProtocol/comparable`` form) holds.
    static func legalCueCount(_ key: String) -> Int {
        BoilerplateVocabulary.legalCueKeys.distinctCount(in: key)
    }

    func isPromo(_ text: String, key: String, shape: LineShape) -> Bool {
        if shape.wordCount <= 5, BoilerplateVocabulary.promoPhrases.contains(key) { return true }
        if Self.mayStartTeaser(text), Self.teaserMarkers.contains(where: text.hasPrefix) { return true }
        if shape.wordCount <= 40, let label = labelBeforeSeparator(text),
           BoilerplateVocabulary.promoLabels.contains(label) {
            return true
        }
        if shape.isLabel(maxWords: 4), let last = shape.words.last,
           BoilerplateVocabulary.promoNouns.contains(last.lowercased()) {
            return true
        }
        if shape.wordCount <= 25, key.hasPrefix("follow "),
           text.utf8.contains(UInt8(ascii: "@")) || BoilerplateVocabulary.socialPlatformKeys.occurs(in: " " + key) {
            return true
        }
        if shape.wordCount <= 15, BoilerplateVocabulary.readMoreOpeningSet.isPrefix(of: key) { return true }
        if shape.wordCount <= 30, let initial = key.utf8.first, Self.serviceVerbInitials.contains(initial),
           let first = key.split(separator: " ", maxSplits: 1).first,
           ["sign", "subscribe", "download", "get", "join", "register", "install"].contains(first) {
            let padded = " \(key) "
            let services = [
                " newsletter", " inbox ", " alerts ", " our app ", " the app ", " briefing ", " daily email ",
                " our podcast ", " free trial ", " subscribe to our ", " sign up for our ",
            ]
            if TextSearch.containsAny(padded, services) { return true }
        }
        if shape.wordCount <= 40, TextSearch.contains(key, "download the"), TextSearch.contains(" \(key) ", " app ") {
            return true
        }
        if shape.wordCount <= 60, Self.containsEmailAddress(text),
           ["let us know", "tip", "contact us", "email us", "write to us", "get in touch", "reach us", "send us"]
            .contains(where: { TextSearch.contains(key, $0) }) {
            return true
        }
        if shape.wordCount <= 30, key.hasPrefix("join our"),
           TextSearch.containsAny(key, [" channel", "whatsapp", "telegram", "community", "newsletter"]) {
            return true
        }
        return false
    }

    /// First bytes of the verbs that open service promos (`sign`, `subscribe`, `download`, `get`, `join`,
    /// `register`, `install`): a key starting with another byte opens with none of them.
    static let serviceVerbInitials: [UInt8] = Array("sdgjri".utf8)

    /// False when `text` cannot start with a ``teaserMarkers`` marker: its first byte is neither `>` nor the lead
    /// byte (E2) of the arrows.
    static func mayStartTeaser(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first == UInt8(ascii: ">") || first == 0xE2
    }

    static func containsEmailAddress(_ text: String) -> Bool {
        guard TextSearch.containsByte(text, UInt8(ascii: "@")), let at = text.firstIndex(of: "@"), at > text.startIndex else {
            return false
        }
        let before = text[text.index(before: at)]
        let after = text[text.index(after: at)...].prefix { !$0.isWhitespace }
        return (before.isLetter || before.isNumber) && after.contains(".") && after.first?.isLetter == true
    }
}
