/// Cleans the text of one article: finds the headline, builds paragraphs, takes out boilerplate with a reason for
/// each line removed, and reads the outlet, byline and date.
///
/// Context-free rules are the ``BoilerplateClassifier``'s; the rules here depend on a paragraph's neighbours or
/// place: a caption is the paragraph before a photo credit, bullets before the first paragraph of prose sum the
/// article up, short labels before the prose or after it are section or outlet labels, a heading in the middle of
/// the text with a kicker (`Topic: Headline`) links to another article.
struct ArticleCleaner: Sendable {
    /// What is already known about the article from its container (JSON fields, page metadata).
    struct Known: Sendable {
        var headline: String?
        var outlet: String?
        var byline: [String] = []
        var published: String?
        /// Look for the headline on the first line (plain text without a title field).
        var detectsHeadline = true
    }

    var classifier = BoilerplateClassifier()

    /// The cleaner of text extracted from web pages (see ``BoilerplateClassifier/removesPostsAndTimes``).
    static let forPages = ArticleCleaner(classifier: BoilerplateClassifier(removesPostsAndTimes: false))
    let builder = ParagraphBuilder()

    /// The clean article made of `lines` (normalised, blank lines as empty strings).
    func clean(lines rawLines: [String], known: Known = Known()) -> ParsedArticle {
        var lines = rawLines
        var removed: [RemovedLine] = []
        var headline = known.headline
        if known.detectsHeadline, headline == nil, let index = HeadlineDetector().headlineIndex(in: lines) {
            headline = lines[index]
            for skipped in 0..<index where !lines[skipped].isEmpty {
                let reason = classifier.reason(for: lines[skipped]) ?? .sectionLabel
                removed.append(RemovedLine(text: lines[skipped], reason: reason.rawValue))
                lines[skipped] = ""
            }
            lines[index] = ""
        }
        let headlineKey = headline?.comparable
        let (reasons, glued) = classifyLines(&lines, headlineKey: headlineKey)
        var segments = builder.segments(lines: lines, reasons: reasons)
        reclassifyJoined(&segments, headlineKey: headlineKey)
        let tag = stripSyndicationTag(&segments)
        markCaptions(&segments)
        markPostBodies(&segments)
        markDisclaimerBodies(&segments)
        markLocatedBylines(&segments)
        markCreditedBylines(&segments)
        sweepLeading(&segments)
        sweepTrailing(&segments, outlet: tag?.outlet ?? known.outlet)
        markAuthorBios(&segments)
        markRelatedLinks(&segments)

        if let tag, tag.isStrippable {
            removed.append(RemovedLine(text: tag.text, reason: BoilerplateReason.syndicationID.rawValue))
        }
        var body: [String] = []
        for segment in segments {
            for line in segment.lines {
                if let label = glued[line] {
                    removed.append(RemovedLine(text: label, reason: BoilerplateReason.promo.rawValue))
                }
            }
            if let reason = segment.reason {
                removed.append(RemovedLine(text: segment.text, reason: reason.rawValue))
            } else {
                body.append(segment.isBullet ? ParagraphBuilder.removingBullet(segment.text) : segment.text)
            }
        }
        let metadata = MetadataExtractor().extract(body: body, removed: removed, syndicationOutlet: tag?.outlet,
                                                   syndicationAgency: tag?.agency)
        return ParsedArticle(
            headline: headline, outlet: known.outlet ?? metadata.outlet,
            byline: known.byline.isEmpty ? metadata.byline : known.byline,
            published: known.published ?? metadata.published, body: body, removed: removed)
    }

    /// The boilerplate reason of each line (copies of the headline included), and the promo labels glued to the
    /// front of lines, by line; glued labels are cut off `lines`.
    private func classifyLines(_ lines: inout [String], headlineKey: String?) -> ([BoilerplateReason?], [Int: String]) {
        var reasons = [BoilerplateReason?](repeating: nil, count: lines.count)
        var glued: [Int: String] = [:]
        for index in lines.indices where !lines[index].isEmpty {
            let key = lines[index].comparable
            if let headlineKey, !headlineKey.isEmpty, key == headlineKey {
                reasons[index] = .repeatedHeadline
            } else if let reason = classifier.reason(for: LineShape(lines[index]), key: key) {
                reasons[index] = reason
            } else if let (label, rest) = classifier.gluedPromo(in: lines[index]) {
                glued[index] = label
                lines[index] = rest
            }
        }
        return (reasons, glued)
    }

    // MARK: - Rules with context

    /// Runs the context-free rules (and the repeated-headline check) again on paragraphs joined from several lines.
    private func reclassifyJoined(_ segments: inout [TextSegment], headlineKey: String?) {
        for index in segments.indices where segments[index].isKept && segments[index].lineCount > 1 {
            let key = segments[index].text.comparable
            if let headlineKey, !headlineKey.isEmpty, key == headlineKey {
                segments[index].reason = .repeatedHeadline
            } else {
                segments[index].reason = classifier.reason(for: LineShape(segments[index].text), key: key)
            }
        }
    }

    /// Takes a `(MENAFN- Asia Times)` tag off the start of the first paragraph of prose.
    private func stripSyndicationTag(_ segments: inout [TextSegment]) -> SyndicationTag? {
        guard let index = segments.firstIndex(where: \.isKept),
              let tag = SyndicationTag(parsing: segments[index].text) else { return nil }
        if tag.isStrippable {
            segments[index].text = tag.remainder
            if segments[index].text.isEmpty { segments[index].reason = .syndicationID }
        }
        return tag
    }

    /// A caption is the paragraph right before a photo credit: short, without quoted speech, and either on the line
    /// just above the credit or carrying a caption cue (`(left)`, `pictured`, a full date).
    private func markCaptions(_ segments: inout [TextSegment]) {
        for index in segments.indices.dropFirst() where segments[index].reason == .photoCredit {
            let previous = segments[index - 1]
            guard previous.isKept, !previous.isBullet else { continue }
            let shape = LineShape(previous.text)
            guard shape.wordCount <= 60, !Self.hasQuotedSpeech(previous.text) else { continue }
            let adjacent = !segments[index].blankBefore
            if adjacent || Self.hasCaptionCue(previous.text) { segments[index - 1].reason = .caption }
        }
    }

    /// The paragraph after a `Disclaimer:` heading is the disclaimer when it uses any legal phrase.
    private func markDisclaimerBodies(_ segments: inout [TextSegment]) {
        for index in segments.indices where segments[index].reason == .disclaimer
            && LineShape(segments[index].text).wordCount <= 4 {
            guard let next = segments[(index + 1)...].firstIndex(where: \.isKept) else { continue }
            if BoilerplateClassifier.legalCueCount(segments[next].text.comparable) >= 1 {
                segments[next].reason = .disclaimer
            }
        }
    }

    /// Before the first paragraph of prose: bullets that repeat what the article then says are a summary, short
    /// labels are section labels.
    private func sweepLeading(_ segments: inout [TextSegment]) {
        var rest: Set<String>?
        for index in segments.indices where segments[index].isKept {
            let shape = LineShape(segments[index].text)
            if segments[index].isBullet {
                let body = rest ?? Self.contentWords(
                    segments.filter { $0.isKept && !$0.isBullet }.map(\.text).joined(separator: " "))
                rest = body
                if Self.isRepeated(segments[index].text, in: body) { segments[index].reason = .summary }
            } else if Self.isLabelLine(shape) {
                segments[index].reason = .sectionLabel
            } else if Self.isProse(shape) {
                return
            }
        }
    }

    /// Among the first paragraphs, a line that places its authors (`Jane Roe in Moscow`) is the byline.
    private func markLocatedBylines(_ segments: inout [TextSegment]) {
        for index in segments.indices.filter({ segments[$0].isKept }).prefix(Self.bylineZone)
            where BylineParser.parseLocated(segments[index].text) != nil {
            segments[index].reason = .byline
        }
    }

    /// How many paragraphs at the top may hold a byline.
    static let bylineZone = 4

    /// After the last paragraph of prose: short labels (outlet or section) and legal text.
    private func sweepTrailing(_ segments: inout [TextSegment], outlet: String?) {
        for index in segments.indices.reversed() where segments[index].isKept {
            let text = segments[index].text
            let shape = LineShape(text)
            if Self.isLabelLine(shape) {
                let isOutlet = outlet.map { $0.comparable == text.comparable } == true
                    || shape.words.contains { BoilerplateVocabulary.outletWords.contains($0.lowercased()) }
                        && !BoilerplateVocabulary.sectionLabels.contains(text.comparable)
                segments[index].reason = isOutlet ? .outletLabel : .sectionLabel
            } else if BoilerplateClassifier.legalCueCount(text.comparable) >= 2 {
                segments[index].reason = .disclaimer
            } else {
                return
            }
        }
    }

    /// A lone heading in the body of the form `Kicker: Headline` (no closing punctuation) is a link to another
    /// article.
    private func markRelatedLinks(_ segments: inout [TextSegment]) {
        guard let firstProse = segments.firstIndex(where: { $0.isKept && Self.isProse(LineShape($0.text)) }) else {
            return
        }
        let headings = segments.indices.filter { index in
            index > firstProse && segments[index].isKept && TextSearch.contains(segments[index].text, ": ")
                && Self.isKickerHeading(LineShape(segments[index].text))
        }
        // A series of such headings is the article's own structure (subheads, Q and A), not links.
        if headings.count == 1 { segments[headings[0]].reason = .relatedLink }
    }
}
