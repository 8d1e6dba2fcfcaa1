/// Writes pending quotes out as the contract's quotes (ids `q1`, `q2`, ...) and the article's speaker list.
enum AttributionAssembler {
    static func assemble(_ pending: [PendingQuote], resolver: SpeakerResolver) -> Attribution {
        var quotes: [Quote] = []
        var speakerOrder: [Int] = []
        var canonical: [Int: String] = [:]
        var seen = Set<String>()
        for quote in pending {
            let key = "\(quote.paragraph)|\(quote.kind)|\(quote.text)"
            guard !quote.text.isEmpty, !seen.contains(key) else { continue }
            seen.insert(key)
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
