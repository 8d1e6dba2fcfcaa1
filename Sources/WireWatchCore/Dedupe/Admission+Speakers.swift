extension Admission {
    /// Rewrites the speaker names of the article's quotes and speaker list to the registry's canonical names,
    /// teaching the registry every alias and role the article uses.
    mutating func canonicalizeSpeakers() {
        memory.registry.remember(prepared.speakerNames)
        let context = article.speakers.map(\.name) + article.quotes.compactMap { $0.speaker?.name }
        var ids: [String: Int] = [:]
        var order: [Int] = []
        var aliases: [Int: [String]] = [:]
        var roles: [Int: [String]] = [:]
        func note(_ id: Int, alias: String?, role: String?) {
            if !order.contains(id) { order.append(id) }
            if let alias, !alias.isEmpty, !(aliases[id] ?? []).contains(alias) { aliases[id, default: []].append(alias) }
            if let role, !role.isEmpty, !(roles[id] ?? []).contains(role) { roles[id, default: []].append(role) }
            if memory.registry.learn(id, alias: alias, role: role) { changedSpeakers.insert(id) }
        }
        for speaker in article.speakers {
            let id = resolve(speaker.name, context: context, ids: &ids)
            note(id, alias: speaker.name, role: nil)
            for alias in speaker.aliases { note(id, alias: alias, role: nil) }
            for role in speaker.roles { note(id, alias: nil, role: role) }
        }
        for index in article.quotes.indices {
            guard var reference = article.quotes[index].speaker else { continue }
            let id = resolve(reference.name, context: context, ids: &ids)
            note(id, alias: reference.name, role: reference.role)
            reference.name = memory.registry.record(id).name
            article.quotes[index].speaker = reference
        }
        var speakers: [Speaker] = []
        for id in order {
            let name = memory.registry.record(id).name
            let names = (aliases[id] ?? []).filter { $0 != name }
            speakers.append(Speaker(name: name, aliases: names, roles: roles[id] ?? []))
            speakerIDs[name] = id
        }
        article.speakers = speakers
        for (name, id) in ids { speakerIDs[name] = id }
    }

    private mutating func resolve(_ name: String, context: [String], ids: inout [String: Int]) -> Int {
        if let id = ids[name] { return id }
        let before = memory.registry.records.count
        let id = memory.registry.resolve(name, context: context)
        if memory.registry.records.count > before { changedSpeakers.insert(id) }
        ids[name] = id
        return id
    }
}
