/// Outlet, authors and publication date of an article.
struct ArticleMetadata: Sendable, Equatable {
    var outlet: String?
    var byline: [String] = []
    /// `YYYY-MM-DD`
    var published: String?
}

/// Reads an article's outlet, byline and date from what the cleaner removed and from its first paragraphs.
///
/// - Outlet, first found of: a syndication tag (`(MENAFN- Asia Times)`), an outlet after the byline
///   (`By Jane Roe, CNBC`), a lone outlet label line, the text naming itself (`Firstpost could not independently
///   verify ...`), a copyright line (`© 2024 Asia Times`).
/// - Byline: byline lines (`by Holly Ellyatt`), else the agency of a dateline (`FLINT, Mich., Oct. 4 (UPI) —`).
/// - Published, first found of: a date stamp line, a syndication id carrying a date
///   (`MENAFN08112024...` is 8 November 2024), a date on the byline line, a full date in the first paragraphs.
struct MetadataExtractor: Sendable {
    /// How many leading paragraphs are searched for a date.
    static let dateParagraphs = 2
    /// How far into each of them.
    static let dateSearchCharacters = 300

    func extract(body: [String], removed: [RemovedLine], syndicationOutlet: String?,
                 syndicationAgency: String?) -> ArticleMetadata {
        var metadata = ArticleMetadata()
        var bylineOutlet: String?, bylineDate: String?
        for line in removed where line.reason == BoilerplateReason.byline.rawValue {
            guard let byline = BylineParser.parse(line.text) ?? BylineParser.parseLocated(line.text)
                ?? BylineParser.parseCredited(line.text)
            else { continue }
            for name in byline.names where !metadata.byline.contains(name) { metadata.byline.append(name) }
            bylineOutlet = bylineOutlet ?? byline.outlet
            bylineDate = bylineDate ?? byline.published
        }
        if metadata.byline.isEmpty, let agency = body.first.flatMap(Self.datelineAgency) ?? syndicationAgency,
           syndicationOutlet == nil {
            metadata.byline = [agency]
        }
        metadata.outlet = syndicationOutlet ?? bylineOutlet
            ?? removed.first { $0.reason == BoilerplateReason.outletLabel.rawValue }?.text
            ?? body.lazy.compactMap(Self.selfNamedOutlet).first
            ?? removed.lazy.filter { $0.reason == BoilerplateReason.disclaimer.rawValue }
                .compactMap { Self.copyrightHolder($0.text) }.first
        metadata.published = removed.lazy.filter { $0.reason == BoilerplateReason.dateStamp.rawValue }
            .compactMap { DateParser.firstDate(in: $0.text) }.first
            ?? removed.lazy.filter { $0.reason == BoilerplateReason.syndicationID.rawValue }
                .compactMap { Self.syndicationDate($0.text) }.first
            ?? bylineDate
            ?? body.prefix(Self.dateParagraphs).lazy
                .compactMap { DateParser.firstDate(in: String($0.prefix(Self.dateSearchCharacters))) }.first
        return metadata
    }

    /// The date in a syndication id: the first run of eight or more digits read as `DDMMYYYY` or `YYYYMMDD`.
    static func syndicationDate(_ id: String) -> String? {
        var digits = Substring()
        var start = id.startIndex
        while start < id.endIndex {
            guard id[start].isNumber else {
                start = id.index(after: start)
                continue
            }
            let end = id[start...].firstIndex { !$0.isNumber } ?? id.endIndex
            digits = id[start..<end]
            if digits.count >= 8 { return DateParser.date(fromCompactDigits: digits) }
            start = end
        }
        return nil
    }

    /// The agency in a dateline: `WASHINGTON (AP) —`, `HEMPSTEAD, N.Y., Sept. 26 (UPI) —`, `MOSCOW, May 2. /WIRE/.`
    static func datelineAgency(_ paragraph: String) -> String? {
        if let slashed = slashedAgency(paragraph) { return slashed }
        guard let open = paragraph.prefix(80).firstIndex(of: "("),
              let close = paragraph[open...].prefix(30).firstIndex(of: ")") else { return nil }
        let before = LineShape(String(paragraph[..<open]))
        guard let firstWord = before.words.first, firstWord.count >= 2,
              firstWord.filter(\.isLetter).allSatisfy(\.isUppercase) else { return nil }
        let after = paragraph[paragraph.index(after: close)...].trimmingSpaces()
        guard let dash = after.first, "-\u{2013}\u{2014}\u{2015}".contains(dash) else { return nil }
        let agency = paragraph[paragraph.index(after: open)..<close].trimmingSpaces()
        let shape = LineShape(agency)
        return shape.wordCount <= 3 && (shape.isTitleLike || shape.isAllCaps) ? agency : nil
    }

    /// `MOSCOW, May 2. /WIRE/. ...`: an agency name between slashes after a capitalised dateline.
    private static func slashedAgency(_ paragraph: String) -> String? {
        let head = paragraph.prefix(80)
        guard let firstWord = head.split(separator: " ").first, firstWord.filter(\.isLetter).count >= 2,
              firstWord.filter(\.isLetter).allSatisfy(\.isUppercase),
              let open = head.firstRange(of: " /")?.upperBound,
              let close = head[open...].firstIndex(of: "/") else { return nil }
        let agency = head[open..<close]
        guard (2...12).contains(agency.count), agency.allSatisfy({ $0.isUppercase || $0 == "-" }) else { return nil }
        return String(agency)
    }

    static let selfNamingCues = [
        " could not independently verify", " could not independently confirm", " was unable to independently verify",
        " was unable to independently confirm", " has not independently verified", " could not immediately verify",
        " could not immediately confirm", " was not able to independently verify", " has reached out to",
        " reached out to", " has contacted", " has asked", " has requested comment", " could not verify",
        " has not been able to verify", " was unable to verify", " was unable to confirm", " has learned",
    ]
    static let selfNamingCueSet = PhraseSet(selfNamingCues)
    static let notOutlets: Set<String> = [
        "police", "officials", "authorities", "investigators", "we", "he", "she", "they", "it", "reporters",
        "journalists", "this", "that", "government", "ministry", "the", "i", "you", "who", "prosecutors",
    ]

    /// The outlet in a sentence where the text names itself: `Firstpost could not independently verify ...`.
    static func selfNamedOutlet(_ paragraph: String) -> String? {
        guard selfNamingCueSet.occurs(in: paragraph) else { return nil }
        for cue in selfNamingCues {
            guard let range = TextSearch.firstRange(of: cue, in: paragraph) else { continue }
            let before = paragraph[..<range.lowerBound].split(separator: " ")
            var name: [Substring] = []
            for word in before.reversed() {
                guard name.count < 4, let initial = word.first, initial.isUppercase,
                      !word.hasSuffix("."), !word.hasSuffix(",") else { break }
                name.insert(word, at: 0)
            }
            guard !name.isEmpty else { continue }
            let precedingCount = before.count - name.count
            let atSentenceStart = precedingCount == 0
                || before[precedingCount - 1].last.map { ".!?\u{201D}".contains($0) } == true
            let joined = name.joined(separator: " ")
            if atSentenceStart, !notOutlets.contains(joined.lowercased()) { return joined }
        }
        return nil
    }

    /// The holder in `© 2024 Asia Times` or `Copyright 2016 The Associated Press. All rights reserved.`
    static func copyrightHolder(_ line: String) -> String? {
        let words = line.split(separator: " ")
        guard let yearIndex = words.prefix(4).firstIndex(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        var name: [Substring] = []
        for word in words[(yearIndex + 1)...] {
            guard let initial = word.first, initial.isUppercase, name.count < 5 else { break }
            name.append(word)
            if word.hasSuffix(".") || word.hasSuffix(",") { break }
        }
        let holder = name.joined(separator: " ").trimming(".,")
        return holder.isEmpty ? nil : holder
    }
}

extension String {
    /// The string without the given characters at either end.
    func trimming(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
