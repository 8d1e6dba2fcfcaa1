/// Reads byline lines: `by Holly Ellyatt`, `By JANE ROE and John Doe, CNBC`, `Written by Jane Roe | Reuters`.
enum BylineParser {
    struct Byline: Equatable, Sendable {
        var names: [String]
        /// An outlet named after the authors (`CNBC` in `By Jane Roe, CNBC`).
        var outlet: String?
        /// A date stamped on the byline line.
        var published: String?
    }

    static let openings = [
        "by ", "by: ", "written by ", "written by: ", "words by ", "story by ", "posted by ", "reported by ",
        "reported by: ", "report by ", "author: ", "authors: ", "byline: ", "text by ",
    ]
    /// False when `line` opens with none of the ``openings`` in any case: compared byte by byte, an opening is
    /// ruled out by an ASCII byte that differs from it (in lower case) before any other byte. True when one may
    /// open the line (the character-level comparison decides).
    static func mayOpenByline(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            openingBytes.contains { opening in
                for (offset, expected) in opening.enumerated() {
                    guard offset < bytes.count else { return false }
                    let byte = bytes[offset]
                    if byte >= 0x80 { return true }
                    if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != expected { return false }
                }
                return true
            }
        }
    }

    static let openingBytes = openings.map { Array($0.utf8) }
    static let roleWords: Set<String> = [
        "correspondent", "reporter", "writer", "editor", "staff", "contributor", "columnist", "analyst", "producer",
        "bureau", "chief", "senior", "political", "special", "desk", "team", "updated", "published", "associate",
        "deputy", "managing", "national", "international", "white", "house", "investigative", "freelance", "fellow",
        "journalist", "photographer", "host", "anchor",
    ]
    static let particles: Set<String> = [
        "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "ibn", "st", "y",
    ]

    /// The byline in `line`, or nil when the line is not a byline.
    static func parse(_ line: String) -> Byline? {
        guard mayOpenByline(line) else { return nil }
        let lowered = line.lowercased()
        guard let opening = openings.first(where: { lowered.hasPrefix($0) }) else { return nil }
        var rest = Substring(line.dropFirst(opening.count))
        while let last = rest.last, last == "." || last == " " { rest.removeLast() }
        let shape = LineShape(String(rest))
        guard shape.wordCount >= 1, shape.wordCount <= 14 else { return nil }
        var byline = Byline(names: [])
        let parts = splitParts(rest)
        var index = 0
        while index < parts.count {
            let part = parts[index]
            index += 1
            if byline.published == nil, let (date, used) = Self.date(in: parts, from: index - 1) {
                byline.published = date
                index += used - 1
            } else if !byline.names.isEmpty, byline.outlet == nil, isOutletName(part) {
                byline.outlet = part
            } else if let name = personName(part, allowingAcronym: byline.names.isEmpty) {
                guard byline.outlet == nil else { return nil }
                byline.names.append(name)
            } else if !byline.names.isEmpty, isRoleOrOutlet(part) {
                continue
            } else {
                return nil
            }
        }
        return byline.names.isEmpty ? nil : byline
    }

    /// A byline that places its authors instead of opening with `By`: `Jane Roe in Moscow`,
    /// `Jane Roe and John Doe in Kyiv`. Only read where a byline is expected (above the first paragraph).
    static func parseLocated(_ line: String) -> Byline? {
        guard line.utf8.count <= 80, let range = TextSearch.firstRange(of: " in ", in: line) else { return nil }
        let place = LineShape(String(line[range.upperBound...]))
        guard place.wordCount >= 1, place.wordCount <= 3, place.isTitleLike, place.lastMark?.isLetter == true else {
            return nil
        }
        let names = splitParts(line[..<range.lowerBound])
        let persons = names.compactMap { personName($0, allowingAcronym: false) }
        guard !persons.isEmpty, persons.count == names.count else { return nil }
        return Byline(names: persons)
    }

    /// A byline without `By`: names, then the outlet or the authors' role (`Jane Roe, Reuters`,
    /// `Jane Roe and John Doe, Staff Writers`, `JANE ROE | AFP`). Only read where a byline is expected.
    static func parseCredited(_ line: String) -> Byline? {
        guard line.utf8.count <= 100, LineShape(line).wordCount <= 12 else { return nil }
        let parts = splitParts(Substring(line.trimming(". ")))
        var names: [String] = []
        while names.count < parts.count, creditTail(parts[names.count]) == nil,
            let name = personName(parts[names.count], allowingAcronym: false)
        {
            names.append(name)
        }
        guard !names.isEmpty, names.count < parts.count else { return nil }
        var byline = Byline(names: names)
        for part in parts[names.count...] {
            guard let isOutlet = creditTail(part) else { return nil }
            if isOutlet, byline.outlet == nil { byline.outlet = part }
        }
        return byline
    }

    /// For a part after the names of a credited byline: true for an outlet or agency (`Harbour Times`, `AFP`),
    /// false for a role (`Staff Writer`), nil for anything else.
    private static func creditTail(_ part: String) -> Bool? {
        let shape = LineShape(part)
        guard shape.wordCount <= 5, shape.isTitleLike || shape.isAllCaps else { return nil }
        let words = shape.words.map { $0.lowercased() }
        if words.contains(where: roleWords.contains) { return false }
        let isAgency = words.count == 1
            && (BoilerplateVocabulary.pictureSources.contains(words[0])
                || (2...5).contains(part.count) && part.allSatisfy(\.isUppercase))
        return isAgency || words.contains { BoilerplateVocabulary.outletWords.contains($0) } ? true : nil
    }

    /// Splits the names part at commas, `and`, `&`, bars, dashes and semicolons.
    static func splitParts(_ text: Substring) -> [String] {
        var parts: [String] = []
        for piece in text.split(whereSeparator: { ",|;&\u{2013}\u{2014}".contains($0) }) {
            var words: [Substring] = []
            for word in piece.split(separator: " ") {
                if word == "and" || word == "-" {
                    if !words.isEmpty { parts.append(words.joined(separator: " ")) }
                    words = []
                } else {
                    words.append(word)
                }
            }
            if !words.isEmpty { parts.append(words.joined(separator: " ")) }
        }
        return parts
    }

    /// A person's or agency's name: two to four capitalised words (particles and initials allowed), or one
    /// upper-case agency acronym; all-caps names are written in title case.
    static func personName(_ part: String, allowingAcronym: Bool = true) -> String? {
        let words = part.split(separator: " ")
        guard let firstWord = words.first else { return nil }
        if words.count == 1 {
            let isAcronym = (2...5).contains(firstWord.count) && firstWord.allSatisfy { $0.isUppercase || $0 == "." }
            return isAcronym && allowingAcronym ? part : nil
        }
        guard words.count <= 4 else { return nil }
        var capitalised = 0
        for word in words {
            let lower = word.lowercased()
            if BoilerplateVocabulary.calendarWords.contains(lower) || roleWords.contains(lower) { return nil }
            if particles.contains(lower) { continue }
            guard let initial = word.first, initial.isUppercase,
                  word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }) else {
                return nil
            }
            capitalised += 1
        }
        guard capitalised >= 2 else { return nil }
        let isAllCaps = part.allSatisfy { !$0.isLetter || $0.isUppercase }
        guard isAllCaps else { return part }
        return words.map { $0.count <= 2 ? String($0) : $0.prefix(1) + $0.dropFirst().lowercased() }
            .joined(separator: " ")
    }

    /// A date stamp made of the part at `start` and up to two following parts (`March 3` + `2024`), and how many
    /// parts it takes.
    private static func date(in parts: [String], from start: Int) -> (String, Int)? {
        for count in 1...3 where start + count <= parts.count {
            let candidate = parts[start..<(start + count)].joined(separator: ", ")
            if DateParser.isDateStamp(candidate), let date = DateParser.firstDate(in: candidate) {
                return (date, count)
            }
        }
        return nil
    }

    /// A title-case name with a word such as `Times`, `News` or `Gazette`.
    private static func isOutletName(_ part: String) -> Bool {
        let shape = LineShape(part)
        return shape.wordCount <= 5 && (shape.isTitleLike || shape.isAllCaps)
            && shape.words.contains { BoilerplateVocabulary.outletWords.contains($0.lowercased()) }
    }

    private static func isRoleOrOutlet(_ part: String) -> Bool {
        let shape = LineShape(part)
        return shape.wordCount <= 5 && (shape.isTitleLike || shape.isAllCaps)
    }
}
