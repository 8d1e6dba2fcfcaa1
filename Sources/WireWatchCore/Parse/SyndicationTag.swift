/// A source tag at the start of a syndicated article: `(MENAFN- Asia Times)` names the syndicator and the outlet;
/// `(Reuters) -` names a wire agency.
struct SyndicationTag: Sendable, Equatable {
    /// The tag as written, parentheses included.
    var text: String
    var agency: String?
    var outlet: String?
    /// The paragraph after the tag.
    var remainder: String

    /// A syndicator-outlet tag is metadata and comes off the paragraph; a lone agency tag stays as part of the
    /// dateline.
    var isStrippable: Bool { outlet != nil }

    init?(parsing paragraph: String) {
        guard paragraph.hasPrefix("("), let close = paragraph.prefix(60).firstIndex(of: ")") else { return nil }
        let inside = paragraph[paragraph.index(after: paragraph.startIndex)..<close].trimmingSpaces()
        text = String(paragraph[...close])
        remainder = paragraph[paragraph.index(after: close)...].trimmingSpaces()
        if let dash = inside.firstIndex(where: { $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" }) {
            let agencyPart = inside[..<dash].trimmingSpaces()
            let outletPart = inside[inside.index(after: dash)...].trimmingSpaces()
            let outletShape = LineShape(outletPart)
            guard (2...16).contains(agencyPart.count), agencyPart.allSatisfy({ $0.isUppercase || $0.isNumber }),
                  outletShape.wordCount >= 1, outletShape.wordCount <= 6,
                  outletShape.isTitleLike || outletShape.isAllCaps else { return nil }
            agency = agencyPart
            outlet = outletPart
            return
        }
        let shape = LineShape(inside)
        guard shape.wordCount >= 1, shape.wordCount <= 4, shape.isTitleLike || shape.isAllCaps,
              let next = remainder.first, "-\u{2013}\u{2014}\u{2015}".contains(next) else { return nil }
        agency = inside
        outlet = nil
    }
}
