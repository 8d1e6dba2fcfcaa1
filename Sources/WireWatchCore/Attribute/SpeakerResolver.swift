/// Keeps the people and organisations of one article and resolves each speaker mention to one of them.
///
/// Full names, surnames and spelling variants (`Dmitry Peskov`, `Peskov`, `Dmitri Peskov`) join one entity;
/// `he` and `she` go to the most recent person who spoke or was the subject of a sentence (agreeing in gender);
/// descriptions (`the spokesman`, `the former president`) go to the latest person with that role.
struct SpeakerResolver {
    struct Event: Sendable {
        var paragraph: Int
        var position: Int
        var entity: Int
        var isSubject: Bool
        var isSpeaker: Bool
    }

    private(set) var entities: [SpeakerEntity] = []
    private var bySurname: [String: [Int]] = [:]
    private var byKey: [String: Int] = [:]
    private(set) var events: [Event] = []

    // MARK: - Registering mentions

    /// Registers a personal-name mention seen anywhere in the text (first pass), returning its entity.
    @discardableResult
    mutating func observe(_ mention: SpeakerMention, position: Int, isSubject: Bool) -> Int? {
        guard mention.kind == .name else { return nil }
        let entity = entityForName(mention, position: position, creating: true)
        if let entity {
            record(Event(paragraph: mention.paragraph, position: position, entity: entity, isSubject: isSubject,
                isSpeaker: false))
        }
        return entity
    }

    /// Resolves a speaker mention to an entity and records it as having spoken at `position`.
    mutating func resolve(_ mention: SpeakerMention, position: Int) -> Int? {
        var entity: Int?
        var mention = mention
        if mention.kind == .description, mention.range.count == 1, mention.text.first?.isUppercase == true,
            !personIDs(withSurname: mention.head).isEmpty
        {
            // `Dean said`: a surname that is also a role word.
            mention.kind = .name
            mention.name = mention.text
        }
        switch mention.kind {
        case .name:
            entity = entityForName(mention, position: position, creating: true)
            if let found = entity, entities[found].kind == .unknown { entities[found].kind = .person }
        case .organization, .media:
            entity = entityForOrganization(mention)
        case .pronoun:
            entity = antecedent(of: mention, paragraph: mention.paragraph, position: position)
        case .description:
            entity = referent(of: mention, position: position)
        case .vague:
            entity = Self.isNamedGroup(mention) ? entityForOrganization(mention) : nil
        }
        if let entity {
            if mention.kind != .pronoun && mention.kind != .vague { entities[entity].add(mention: mention.text) }
            if let role = mention.role, mention.kind == .name { entities[entity].add(role: role) }
            record(Event(paragraph: mention.paragraph, position: position, entity: entity, isSubject: true,
                isSpeaker: true))
        }
        return entity
    }

    /// Resolves the speaker of a cue; `isTailCue` when the cue closes its content (`"...," he said`), where a
    /// pronoun continues the current speaker's line (``tailAntecedent(of:paragraph:position:)``).
    mutating func resolve(_ mention: SpeakerMention, position: Int, isTailCue: Bool) -> Int? {
        guard isTailCue, mention.kind == .pronoun,
            let entity = tailAntecedent(of: mention, paragraph: mention.paragraph, position: position)
        else { return resolve(mention, position: position) }
        record(Event(paragraph: mention.paragraph, position: position, entity: entity, isSubject: true, isSpeaker: true))
        return entity
    }

    /// The most recent speaker before `position`, within `window` paragraphs.
    func lastSpeaker(before paragraph: Int, _ position: Int, window: Int) -> Int? {
        for event in events.reversed() where event.isSpeaker && isBefore(event, paragraph, position) {
            if paragraph - event.paragraph > window { return nil }
            return event.entity
        }
        return nil
    }

    // MARK: - Names

    func personIDs(withSurname surname: String) -> [Int] {
        (bySurname[surname] ?? []).filter { entities[$0].isPerson }
    }

    private mutating func entityForName(_ mention: SpeakerMention, position: Int, creating: Bool) -> Int? {
        let words = mention.name.spaceSeparatedWords()
        var nameWords = words.filter { !WordClass.nameSuffixes.contains($0.lowercased()) }
        if nameWords.isEmpty { nameWords = words }
        guard let last = nameWords.last else { return nil }
        let surname = last.lowercased()
        let given = nameWords.count >= 2 ? nameWords[0].lowercased() : nil
        var match: Int?
        if let candidates = bySurname[surname] {
            if let given {
                match = candidates.last { id in
                    let known = entities[id].givenNames
                    return known.isEmpty || known.contains { Self.sameGivenName($0, given) }
                }
            } else {
                match = mostRecent(of: candidates, paragraph: mention.paragraph, position: position)
            }
        }
        if match == nil, nameWords.count == 1, let byGiven = givenNameMatch(surname, mention.paragraph, position) {
            match = byGiven
        }
        if let match {
            entities[match].add(name: mention.name)
            if let given, !entities[match].givenNames.contains(given) { entities[match].givenNames.append(given) }
            if entities[match].gender == nil { entities[match].gender = mention.gender }
            if entities[match].kind == .unknown && isPersonLike(mention) { entities[match].kind = .person }
            if let role = mention.role { entities[match].add(role: role) }
            entities[match].add(mention: mention.text)
            return match
        }
        guard creating else { return nil }
        var entity = SpeakerEntity(id: entities.count, kind: isPersonLike(mention) ? .person : .unknown, key: surname)
        entity.add(name: mention.name)
        entity.add(mention: mention.text)
        if let given { entity.givenNames.append(given) }
        entity.gender = mention.gender
        if let role = mention.role { entity.add(role: role) }
        entities.append(entity)
        bySurname[surname, default: []].append(entity.id)
        return entity.id
    }

    private func isPersonLike(_ mention: SpeakerMention) -> Bool {
        if mention.hasHonorific || mention.gender != nil { return true }
        if let role = mention.role {
            let words = role.lowercased().spaceSeparatedWords()
            if words.contains(where: { RoleLexicon.isPersonRole($0) }) { return true }
        }
        return false
    }

    private func givenNameMatch(_ word: String, _ paragraph: Int, _ position: Int) -> Int? {
        let candidates = entities.indices.filter { entities[$0].isPerson && entities[$0].givenNames.contains(word) }
        return mostRecent(of: candidates, paragraph: paragraph, position: position)
    }

    private func mostRecent(of candidates: [Int], paragraph: Int, position: Int) -> Int? {
        guard candidates.count > 1 else { return candidates.first }
        for event in events.reversed() where candidates.contains(event.entity) && isBefore(event, paragraph, position) {
            return event.entity
        }
        return candidates.first
    }

    static func sameGivenName(_ left: String, _ right: String) -> Bool {
        if left == right { return true }
        let a = Array(left.unicodeScalars)
        let b = Array(right.unicodeScalars)
        guard let first = a.first, first == b.first else { return false }
        if (a.count == 2 && a[1] == ".") || (b.count == 2 && b[1] == ".") { return true }
        // Transliterations change letters, not length (`Dmitry`/`Dmitri`, `Sergey`/`Sergei`); `Ivana` is not `Ivanka`.
        guard min(a.count, b.count) >= 4, a.count == b.count else { return false }
        return zip(a, b).filter { $0 != $1 }.count <= 2
    }

    // MARK: - Organisations

    private mutating func entityForOrganization(_ mention: SpeakerMention) -> Int {
        var key = mention.name.lowercased()
        if key.hasPrefix("the ") { key.removeFirst(4) }
        if let found = byKey[key] {
            entities[found].add(name: mention.name)
            return found
        }
        var entity = SpeakerEntity(id: entities.count, kind: mention.kind == .media ? .media : .organization, key: key)
        entity.add(name: mention.name)
        entities.append(entity)
        byKey[key] = entity.id
        return entity.id
    }

    /// A group source described precisely enough to stand as a speaker (`Republicans in Congress`, `Experts on
    /// North Korea`); anonymous ones (`a source`, `officials`, `analysts`) are not.
    static func isNamedGroup(_ mention: SpeakerMention) -> Bool {
        let words = mention.name.split(separator: " ")
        guard let first = words.first else { return false }
        if WordClass.indefiniteDeterminers.contains(first.lowercased()) && !first.allSatisfy(\.isNumber) { return false }
        if first.first?.isNumber == true { return false }
        let capitalised = words.dropFirst().contains { $0.first?.isUppercase == true }
        return capitalised || words.count >= 3
    }

    // MARK: - Events

    private mutating func record(_ event: Event) {
        if let last = events.last, !isBefore(last, event.paragraph, event.position + 1) {
            var index = events.count
            while index > 0, !isBefore(events[index - 1], event.paragraph, event.position + 1) { index -= 1 }
            events.insert(event, at: index)
        } else {
            events.append(event)
        }
    }

    func isBefore(_ event: Event, _ paragraph: Int, _ position: Int) -> Bool {
        event.paragraph < paragraph || (event.paragraph == paragraph && event.position < position)
    }

    func entity(_ id: Int) -> SpeakerEntity { entities[id] }
}
