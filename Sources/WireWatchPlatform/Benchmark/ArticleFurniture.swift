/// The parts of a synthetic article around its body: headline, byline and date, photo captions with credits,
/// promotion lines and closing disclaimers. Drawn per file, so a syndicated copy gets its own.
struct ArticleFurniture: Sendable {
    static let headlines: [(String, String)] = [
        ("%C to %A as row over %T deepens", "Row over %T deepens as %C moves to %A"),
        ("%O agrees to %A after weeks of pressure", "After weeks of pressure, %O will %A"),
        ("%F: '%T cannot wait another year'", "%T cannot wait, says %F"),
        ("What the plan to %A means for %C", "Explained: %C's plan to %A"),
        ("%K divided over %T", "%T splits opinion across %K"),
    ]

    var outlet: String
    var headline: String
    var bylineLines: [String]
    var captions: [String]
    var promos: [String]
    var disclaimers: [String]

    /// - Parameters:
    ///   - rewritten: use the headlines' second phrasing.
    init(facts: ArticleFacts, rewritten: Bool, generator: inout SeededGenerator) {
        typealias Words = ArticleCorpusVocabulary
        let outlet = generator.pick(Words.outlets)
        self.outlet = outlet
        let headlineTemplate = generator.pick(Self.headlines)
        headline = facts.fill(rewritten ? headlineTemplate.1 : headlineTemplate.0).capitalizingFirstLetter()
        let reporter = generator.pick(Words.givenNames) + " " + generator.pick(Words.surnames)
        let editor = generator.pick(Words.givenNames) + " " + generator.pick(Words.surnames)
        let date = "\(facts.month) \(facts.day), \(facts.year)"
        switch generator.below(3) {
        case 0: bylineLines = ["By \(reporter)", "Published \(facts.weekday), \(date)"]
        case 1: bylineLines = ["By \(reporter) | \(outlet) | Updated: \(date) \(generator.number(in: 10...23)):\(generator.number(in: 10...59))"]
        default: bylineLines = ["\(reporter), \(outlet)", date]
        }
        let subject = generator.pick(facts.people)
        let credit = generator.pick(Words.pictureCredits)
        captions = []
        switch generator.below(3) {
        case 0: captions.append("\(subject.fullName), \(subject.role), speaks to reporters in \(facts.city). (Photo: \(credit))")
        case 1: captions.append("Photo: \(credit)")
        default: captions.append("A view of \(facts.city) on \(facts.weekday). Image credit: \(credit)/\(reporter)")
        }
        promos = []
        for _ in 0..<generator.number(in: 1...2) {
            if generator.chance(0.5) {
                let other = generator.pick(Words.topics).capitalizingFirstLetter()
                promos.append("\(generator.pick(Words.promoLabels)) \(other): what happens next")
            } else {
                promos.append(generator.pick(Words.promoLines))
            }
        }
        disclaimers = generator.pick(generator.number(in: 1...2), of: Words.disclaimers).map { template in
            facts.fill(template.replacingSlots(["O": outlet, "R": reporter, "E": editor]))
        }
    }

    /// The whole file: headline, byline, the body with captions and promotions between paragraphs, disclaimers.
    /// - Parameters:
    ///   - lineEnding: `"\n"`, or `"\r\n"` for files that went through another system.
    func assemble(body: [String], lineEnding: String, generator: inout SeededGenerator) -> String {
        var blocks = [headline, bylineLines.joined(separator: lineEnding)]
        var extras = captions + promos
        for (offset, paragraph) in body.enumerated() {
            blocks.append(paragraph)
            if offset > 0, !extras.isEmpty, generator.chance(0.35) { blocks.append(extras.removeFirst()) }
        }
        blocks += extras
        blocks += disclaimers
        return blocks.joined(separator: lineEnding + lineEnding) + lineEnding
    }
}

extension String {
    /// The string with its first character uppercased.
    func capitalizingFirstLetter() -> String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
