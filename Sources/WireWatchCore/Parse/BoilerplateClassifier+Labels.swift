/// Label rules: the text before a label separator, schedule notices and section labels.
extension BoilerplateClassifier {
    /// The comparable text before the first label separator (`|`, `:`, a dash or `>>`) within the first 40
    /// characters, or nil.
    func labelBeforeSeparator(_ text: String) -> String? {
        var text = text
        let end: Int? = text.withUTF8 { bytes in
            // Scan the first 40 or so characters' bytes for `|`, `:`, `>`, ` -`, `–`, `—` (E2 80 93/94), `»` (C2 BB).
            let limit = min(bytes.count, Self.labelScanBytes)
            var index = 0
            while index < limit {
                switch bytes[index] {
                case 0x7C, 0x3A, 0x3E: return index
                case 0x2D where index > 0 && bytes[index - 1] == 0x20: return index
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94): return index
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xBB: return index
                default: index += 1
                }
            }
            return nil
        }
        guard let end else { return nil }
        let utf8 = text.utf8
        return String(text[..<utf8.index(utf8.startIndex, offsetBy: end)]).comparable
    }

    /// A radio or TV schedule line: a show that airs at set times on set days.
    func isStationNotice(_ key: String, shape: LineShape) -> Bool {
        guard shape.wordCount <= 40 else { return false }
        let padded = " \(key) "
        return Self.airCues.occurs(in: padded) && Self.recurringCues.occurs(in: padded)
            && Self.clockCues.occurs(in: padded)
    }

    /// Phrases of a schedule notice, in ``StringProtocol/comparable`` form: the show airs, on recurring days, at a
    /// time of day.
    static let airCues = PhraseSet([
        " airs ", "tune in", "listen live", "broadcasts live", "streams live", " is on air", " airs live",
    ])
    static let recurringCues = PhraseSet([
        "weekdays", "weekday", "daily", "nightly", "every ", "mondays", "tuesdays", "wednesdays", "thursdays",
        "fridays", "saturdays", "sundays", "weeknights", "weekends", "monday through friday", "monday to friday",
    ])
    static let clockCues = PhraseSet([
        " a m", " p m", " am ", " pm ", " et", "eastern", "pacific", " gmt", " utc", "noon", "midnight",
    ])

    /// `ABSTRACT.`, `FULL TEXT.`, `LETTERS.`, `Correction Appended.`: a known label, or one word in capitals.
    /// Subheads of two words or more in capitals (`THE ECONOMIC FALLOUT`) are the article's own structure: kept here
    /// (the sweeps before and after the prose still take short labels there).
    func isSectionLabel(_ key: String, shape: LineShape) -> Bool {
        guard shape.wordCount <= 4, shape.isLabel(maxWords: 4, allowingPeriod: true) else { return false }
        let structural: Set<String> = [
            "abstract", "full text", "correction appended", "letters", "letters to the editor", "key points",
            "highlights", "story highlights", "key takeaways", "in brief", "at a glance", "related topics", "topics",
            "tags",
        ]
        if structural.contains(key) { return true }
        let bracketed = shape.text.contains { $0 == "(" || $0 == "[" }
        return shape.wordCount == 1 && shape.isAllCaps && shape.upperCount >= 3 && !bracketed
    }
}
