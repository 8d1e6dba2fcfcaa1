/// Writes pending quotes out as the contract's quotes (ids `q1`, `q2`, ...) and the article's speaker list.
enum AttributionAssembler {
    /// What makes two pending quotes repeats of one another.
    private struct QuoteKey: Hashable {
        var paragraph: Int
        var kind: Quote.Kind
        var text: String
    }

    static func assemble(_ pending: [PendingQuote], resolver: SpeakerResolver) -> Attribution {
        var quotes: [Quote] = []
        var speakerOrder: [Int] = []
        var canonical: [Int: String] = [:]
        var seen = Set<QuoteKey>()
        for quote in pending {
            guard !quote.text.isEmpty,
                seen.insert(QuoteKey(paragraph: quote.paragraph, kind: quote.kind, text: quote.text)).inserted
            else { continue }
            var reference: SpeakerReference?
            if let id = quote.entity {
                let entity = resolver.entity(id)
                let mention = quote.mention
                let role = mention?.kind == .name ? (mention?.role ?? entity.roles.first) : entity.roles.first
                let name = canonical[id] ?? entity.canonicalName
                canonical[id] = name
                reference = SpeakerReference(name: name, mention: mention?.text ?? name, role: role)
                if !speakerOrder.contains(id) { speakerOrder.append(id) }
            }
            quotes.append(Quote(
                id: "q\(quotes.count + 1)", text: quote.text, kind: quote.kind, speaker: reference, cue: quote.cue,
                via: quote.via, paragraph: quote.paragraph))
        }
        let speakers = speakerOrder.map { id -> Speaker in
            let entity = resolver.entity(id)
            let name = entity.canonicalName
            var aliases: [String] = []
            for alias in entity.names + entity.mentions where alias != name && !aliases.contains(alias) {
                aliases.append(alias)
            }
            return Speaker(name: name, aliases: aliases, roles: entity.roles)
        }
        return Attribution(quotes: quotes, speakers: speakers)
    }
}
