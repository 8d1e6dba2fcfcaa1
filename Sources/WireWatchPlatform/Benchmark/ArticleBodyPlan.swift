/// The content of a synthetic article body, as choices (which lede, which sentences, which quotes by whom), so
/// that a rewrite can tell the same story in other words: ``render(facts:outlet:rewritten:)`` with `rewritten`
/// takes each template's second phrasing, another quote form and a different paragraph order, and keeps the
/// quoted words.
struct ArticleBodyPlan: Sendable, Equatable {
    enum Item: Sendable, Equatable {
        case prose(sentences: [Int])
        case quote(saying: Int, second: Int, person: Int, form: Int)
        case reported(claim: Int, person: Int, form: Int, number: Int)
    }

    var lede: Int
    var items: [Item]

    /// Draws a plan whose rendering is about `targetBytes` long.
    init(facts: ArticleFacts, targetBytes: Int, generator: inout SeededGenerator) {
        typealias Templates = ArticleProseTemplates
        lede = generator.below(Templates.ledes.count)
        items = []
        var size = 250
        var sentencePool = Array(0..<Templates.background.count)
        while size < targetBytes {
            let roll = generator.below(10)
            let item: Item
            if roll < 4, !sentencePool.isEmpty {
                let count = min(sentencePool.count, generator.number(in: 2...3))
                item = .prose(sentences: (0..<count).map { _ in sentencePool.remove(at: generator.below(sentencePool.count)) })
            } else if roll < 7 {
                item = .quote(
                    saying: generator.below(ArticleCorpusVocabulary.sayings.count),
                    second: generator.below(ArticleCorpusVocabulary.sayings.count),
                    person: generator.below(facts.people.count), form: generator.below(Templates.quoteForms.count))
            } else {
                item = .reported(
                    claim: generator.below(ArticleCorpusVocabulary.claims.count),
                    person: generator.below(facts.people.count), form: generator.below(Templates.reportedForms.count),
                    number: generator.below(facts.numbers.count))
            }
            items.append(item)
            size += render(item, facts: facts, outlet: "Capital Observer", rewritten: false).utf8.count + 2
        }
    }

    /// The body paragraphs, the first one opening with a dateline (`CITY (Agency) – ...`).
    func render(facts: ArticleFacts, outlet: String, rewritten: Bool) -> [String] {
        typealias Templates = ArticleProseTemplates
        let ledeTemplate = Templates.ledes[lede]
        let dateline = "\(facts.city.uppercased()) (\(facts.agency)) – "
        var paragraphs = [dateline + facts.fill(rewritten ? ledeTemplate.1 : ledeTemplate.0).capitalizingFirstLetter()]
        var rendered = items.map { render($0, facts: facts, outlet: outlet, rewritten: rewritten).capitalizingFirstLetter() }
        if rewritten {
            var index = 0
            while index + 1 < rendered.count {
                rendered.swapAt(index, index + 1)
                index += 3
            }
        }
        paragraphs += rendered
        return paragraphs
    }

    private func render(_ item: Item, facts: ArticleFacts, outlet: String, rewritten: Bool) -> String {
        typealias Words = ArticleCorpusVocabulary
        typealias Templates = ArticleProseTemplates
        switch item {
        case .prose(let sentences):
            let text = sentences.enumerated().map { offset, index in
                let template = Templates.background[index]
                return facts.fill(rewritten ? template.1 : template.0, numberIndex: offset)
            }
            return (rewritten ? text.reversed() : text).joined(separator: " ")
        case .quote(let saying, let second, let person, let form):
            let speaker = facts.people[person]
            let shape = Templates.quoteForms[(form + (rewritten ? 1 : 0)) % Templates.quoteForms.count]
            let text = shape.replacingSlots([
                "Q": facts.fill(Words.sayings[saying]), "Z": facts.fill(Words.sayings[second]), "X": outlet,
                "O": speaker.organization,
            ])
            return facts.fill(text, person: speaker)
        case .reported(let claim, let person, let form, let number):
            let speaker = facts.people[person]
            let shape = Templates.reportedForms[(form + (rewritten ? 2 : 0)) % Templates.reportedForms.count]
            let text = shape.replacingSlots([
                "L": facts.fill(Words.claims[claim], numberIndex: number), "O": speaker.organization,
            ])
            return facts.fill(text, person: speaker)
        }
    }
}

extension String {
    /// Replaces `%X` slots named in `values`; other slots are kept for ``ArticleFacts/fill(_:person:numberIndex:)``.
    func replacingSlots(_ values: [Character: String]) -> String {
        var result = ""
        var iterator = makeIterator()
        while let character = iterator.next() {
            guard character == "%", let slot = iterator.next() else {
                result.append(character)
                continue
            }
            if let value = values[slot] {
                result += value
            } else {
                result.append("%")
                result.append(slot)
            }
        }
        return result
    }
}
