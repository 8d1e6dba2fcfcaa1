/// Paragraph-level rules for lines that survive block cleaning but are page furniture: advertisement labels,
/// publication date lines, bylines, link-only teasers and the repeated headline.
struct ParagraphFilter {
    /// The page's headline, to drop its copy in the body.
    var title: String?

    /// The kept paragraph texts, in order.
    func filter(_ paragraphs: [CollectedParagraph]) -> [String] {
        let titleKey = title.map(Self.letters)
        let titleBytes = title?.utf8.count ?? 0
        let titleWords = Set(Self.words(title ?? ""))
        return paragraphs.enumerated().compactMap { position, paragraph in
            let text = paragraph.text
            let bytes = text.utf8.count
            if let titleKey, !titleKey.isEmpty, bytes <= titleBytes * 2 + 8, Self.letters(text) == titleKey {
                return nil
            }
            // The page's own headline: a top-level heading near the start or sharing most words with the title.
            if paragraph.tag == .h1 {
                let words = Self.words(text)
                let shared = words.filter(titleWords.contains).count
                if position < 3 || shared * 2 >= words.count { return nil }
            }
            let density = paragraph.linkDensity
            if density >= 0.8 || density >= 0.5 && text.unicodeScalars.count < 150 { return nil }
            // Only short lines can be labels, date stamps or bylines.
            if bytes <= 240,
                ContentStatistics.isAdvertisementLabel(text) || Self.isDateLine(text) || Self.isByline(text)
            {
                return nil
            }
            return text
        }
    }

    /// Lower-cased words.
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }
    }

    /// Lower-cased letters and digits only, to compare headlines across punctuation and ellipses.
    static func letters(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }

    /// Words that make up date and time stamps (English and the main Western European languages).
    static let dateWords = Set<String>([
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri",
        "friday", "sat", "saturday", "sun", "sunday", "am", "pm", "a", "m", "p", "est", "edt", "cst", "cdt", "mst",
        "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "ist", "et", "pt", "published", "updated", "posted",
        "modified", "last", "first", "on", "at", "by", "de", "às", "le", "el", "am", "um", "janeiro", "fevereiro",
        "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
        "enero", "febrero", "marzo", "mayo", "junio", "julio", "septiembre", "octubre", "noviembre", "diciembre",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "gennaio",
        "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "segunda",
        "terça", "quarta", "quinta", "sexta", "sábado", "domingo", "feira", "publicado", "atualizado",
        "actualizado", "publié", "veröffentlicht", "aktualisiert", "pubblicato", "aggiornato", "time", "date",
    ])

    /// Words that mark a stamp as a publication date rather than a time in the story.
    private static let stampWords: Set<String> = [
        "published", "updated", "posted", "modified", "publicado", "atualizado", "actualizado", "publié",
        "veröffentlicht", "aktualisiert", "pubblicato", "aggiornato",
    ]

    /// A short line made of date words and numbers, with a year, a month name or a publication word.
    static func isDateLine(_ text: String) -> Bool {
        // Fast path: ASCII text without a digit has no number token.
        if !text.utf8.contains(where: { $0 >= 0x80 || ($0 >= 0x30 && $0 <= 0x39) }) { return false }
        if asciiWordCount(text) > 16 { return false }
        let tokens = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        guard !tokens.isEmpty, tokens.count <= 16, tokens.contains(where: { $0.first?.isNumber == true }) else {
            return false
        }
        let dateLike = tokens.filter { $0.first?.isNumber == true || dateWords.contains($0) }.count
        guard dateLike * 10 >= tokens.count * 6 else { return false }
        let hasYear = tokens.contains { $0.count == 4 && Int($0).map { (1990...2100).contains($0) } == true }
        let hasMonth = tokens.contains { $0.count >= 3 && $0.first?.isLetter == true && dateWords.contains($0) }
        return hasYear || hasMonth || tokens.contains(where: stampWords.contains)
    }

    /// Space-separated words with at least one ASCII letter or digit: a lower bound of the tokens of `text`.
    static func asciiWordCount(_ text: String) -> Int {
        var count = 0, counted = false
        for byte in text.utf8 {
            if byte == 0x20 {
                counted = false
            } else if !counted, (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) {
                count += 1
                counted = true
            }
        }
        return count
    }

    /// Lower-case words that may appear in a credit line (`By Jane Doe and John Roe, staff writer`).
    private static let creditWords: Set<String> = [
        "and", "de", "da", "del", "di", "van", "von", "der", "den", "la", "le", "bin", "staff", "reporter",
        "writer", "correspondent", "editor", "in", "for", "the", "with", "contributor",
    ]

    /// The first word of a credit line, lower-cased.
    private static let bylineOpeners: Set<String> = ["by", "por", "von", "par", "di", "door", "av"]

    /// `By Jane Doe`, `By Jane Doe and John Roe, Reuters`: a short credit line of names, not a sentence.
    static func isByline(_ text: String) -> Bool {
        guard bylineOpeners.contains(text.prefix(while: { $0 != " " }).lowercased()) else { return false }
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 8, let first = words.first else { return false }
        guard bylineOpeners.contains(first.lowercased()) else { return false }
        guard let second = words.dropFirst().first?.first, second.isUppercase else { return false }
        return words.dropFirst().allSatisfy { word in
            guard let initial = word.first(where: \.isLetter), initial.isLowercase else { return true }
            return creditWords.contains(word.lowercased().filter(\.isLetter))
        }
    }
}
