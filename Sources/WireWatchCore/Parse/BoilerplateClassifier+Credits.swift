extension BoilerplateClassifier {
    /// Photo credits: `Yuri Kadobunov | AFP | Getty Images`, `Getty/Instagram.`, `(AP Photo/Evan Vucci)`,
    /// `Photo: Reuters`, `Getty Images`. A bar-separated row of short title-case segments without a picture source
    /// is a row of site sections (`navigation`).
    func photoCredit(_ shape: LineShape) -> BoilerplateReason? {
        guard shape.wordCount <= 16 else { return nil }
        var text = Substring(shape.text)
        if text.hasPrefix("("), text.hasSuffix(")") || text.hasSuffix(").") {
            text = text.dropFirst().prefix { $0 != ")" }
        }
        while let last = text.last, last == "." || last == " " { text.removeLast() }
        guard !text.isEmpty else { return nil }
        if TextSearch.containsByte(text, UInt8(ascii: "|")) {
            let segments = text.split(separator: "|").map { $0.trimmingSpaces() }
            guard segments.count >= 2, segments.allSatisfy(isCreditSegment) else { return nil }
            return segments.contains(where: hasPictureSource) ? .photoCredit : .navigation
        }
        if TextSearch.containsByte(text, UInt8(ascii: "/")) {
            let segments = text.split(separator: "/").map { $0.trimmingSpaces() }
            if segments.count >= 2, segments.count <= 4, segments.allSatisfy(isCreditSegment),
               segments.contains(where: hasPictureSource) {
                return .photoCredit
            }
        }
        if let label = labelBeforeSeparator(String(text)), BoilerplateVocabulary.creditLabels.contains(label),
           text.contains(":") {
            return .photoCredit
        }
        // `Photo by ...`: the key has the word `by` only when the text has `by` in some case.
        var key: String?
        if Self.hasBy(text) {
            let comparable = text.comparable
            key = comparable
            for label in BoilerplateVocabulary.creditLabels where comparable.hasPrefix(label + " by ") {
                return .photoCredit
            }
        }
        // The label test first: it rules out most lines before the key is split.
        let textShape = text.utf8.count == shape.text.utf8.count ? shape : LineShape(String(text))
        guard textShape.isLabel(maxWords: 6, allowingPeriod: true) else { return nil }
        let words = (key ?? text.comparable).split(separator: " ")
        if words.count >= 2, words.count <= 6,
           words.contains(where: { BoilerplateVocabulary.strongPictureSources.contains(String($0)) }) {
            return .photoCredit
        }
        return nil
    }

    /// True when `text` holds the bytes of `by` in any case (no other letter lowers to `b` or `y`).
    private static func hasBy(_ text: Substring) -> Bool {
        var previousIsB = false
        for byte in text.utf8 {
            if previousIsB, byte | 0x20 == UInt8(ascii: "y") { return true }
            previousIsB = byte | 0x20 == UInt8(ascii: "b")
        }
        return false
    }

    /// A caption that carries its own label (`Image caption, ...`) or ends with its credit
    /// (`Donald Trump in Helsinki. Photograph: Evan Vucci/AP`).
    func isCaptionLine(_ text: String, key: String, shape: LineShape) -> Bool {
        guard shape.wordCount <= 70 else { return false }
        if BoilerplateVocabulary.captionOpeningSet.isPrefix(of: key),
           let comma = text.firstIndex(where: { $0 == "," || $0 == ":" }),
           text.distance(from: text.startIndex, to: comma) <= 16 {
            return true
        }
        guard BoilerplateVocabulary.trailingCreditLabelSet.occurs(in: text) else { return false }
        for label in BoilerplateVocabulary.trailingCreditLabels {
            guard let range = TextSearch.lastRange(of: label, in: text), range.lowerBound > text.startIndex,
                  text[text.index(before: range.lowerBound)] == " " else { continue }
            let credit = LineShape(String(text[range.upperBound...]).trimming(" )."))
            if credit.wordCount >= 1, credit.wordCount <= 8, credit.isTitleLike || credit.text.contains("/"),
               !Self.hasQuote(credit.text) {
                return true
            }
        }
        return false
    }

    private static func hasQuote(_ text: String) -> Bool {
        text.contains { $0 == "\u{201C}" || $0 == "\u{201D}" || $0 == "\"" }
    }

    /// One segment of a credit: up to five words, title case or capitals, no sentence punctuation.
    private func isCreditSegment(_ segment: String) -> Bool {
        let shape = LineShape(segment)
        guard shape.wordCount >= 1, shape.wordCount <= 5, shape.upperCount > 0 else { return false }
        guard shape.isTitleLike || shape.isAllCaps || hasPictureSource(segment) else { return false }
        return !shape.endsClause && !segment.contains("\u{201C}") && !segment.contains("\"")
    }

    private func hasPictureSource(_ segment: String) -> Bool {
        segment.comparable.split(separator: " ").contains { BoilerplateVocabulary.pictureSources.contains(String($0)) }
    }

    /// `(Reporting by ...; Editing by ...)`, `--additional reporting from ...`, `Jane Roe contributed reporting.`
    func isReportingCredit(_ key: String, shape: LineShape) -> Bool {
        if shape.wordCount <= 40, BoilerplateVocabulary.reportingCreditOpeningSet.isPrefix(of: key) {
            return true
        }
        if shape.wordCount <= 12 {
            let lowered = shape.text.lowercased()
            let labels = ["contributing:", "contributors:", "source:", "sources:"]
            if labels.contains(where: lowered.hasPrefix) { return true }
        }
        // Every ending holds `contributed`: a byte search rules most lines out before the phrase checks.
        guard shape.wordCount <= 30, TextSearch.contains(key, "contributed") else { return false }
        return BoilerplateVocabulary.contributorEndings.contains {
            key.hasSuffix($0) || TextSearch.contains(key, $0 + " from")
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
