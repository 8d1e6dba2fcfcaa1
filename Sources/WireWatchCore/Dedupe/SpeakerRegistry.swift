/// One person or organisation as known across all articles: the canonical name and every alias and role seen.
public struct SpeakerRecord: Sendable, Equatable, Codable {
    public var id: Int
    public var name: String
    public var aliases: [String]
    public var roles: [String]

    public init(id: Int, name: String, aliases: [String] = [], roles: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.roles = roles
    }
}

/// The cross-article speaker registry: the same person is the same speaker everywhere.
///
/// A name resolves, in order, by an alias seen before (`Kremlin spokesman Dmitry Peskov`), by the transliteration
/// key of given name and surname (`Dmitri Peskov` = `Dmitry Peskov`, `Zelenskiy` = `Zelenskyy`), and for a surname
/// alone (`Peskov`) by a full name with that surname in the same article, else by the only known person with it.
struct SpeakerRegistry: Sendable {
    private(set) var records: [SpeakerRecord] = []
    private var byAlias: [String: Int] = [:]
    private var byFullName: [String: Int] = [:]
    private var bySurname: [String: [Int]] = [:]
    /// Per record: its own name words and the word sets of its roles and aliases without them (transliterated).
    private var affiliations: [[Set<String>]] = []
    private var ownWords: [Set<String>] = []
    /// ``SpeakerKey`` results by text (names recur across articles), at most `cachedNames` of each.
    private var wordsByText: [String: [String]] = [:]
    private var personByText: [String: String] = [:]
    private static let cachedNames = 20_000
    private static let maximumAliases = 24
    private static let maximumRoles = 12

    init(records: [SpeakerRecord] = []) {
        for record in records.sorted(by: { $0.id < $1.id }) {
            self.records.append(record)
            index(record.id)
        }
    }

    /// ``SpeakerKey/nameWords(_:)``, cached.
    private mutating func nameWords(_ text: String) -> [String] {
        if let known = wordsByText[text] { return known }
        let words = SpeakerKey.nameWords(text)
        if wordsByText.count >= Self.cachedNames { wordsByText.removeAll(keepingCapacity: true) }
        wordsByText[text] = words
        return words
    }

    /// ``SpeakerKey/personName(_:)``, cached.
    private mutating func personName(_ text: String) -> String {
        if let known = personByText[text] { return known }
        let person = SpeakerKey.personName(text)
        if personByText.count >= Self.cachedNames { personByText.removeAll(keepingCapacity: true) }
        personByText[text] = person
        return person
    }

    /// Puts keys computed ahead (``PreparedArticle``) in the caches, sparing their computation here.
    mutating func remember(_ names: [SpeakerKey.Computed]) {
        if wordsByText.count + 2 * names.count >= Self.cachedNames { wordsByText.removeAll(keepingCapacity: true) }
        if personByText.count + names.count >= Self.cachedNames { personByText.removeAll(keepingCapacity: true) }
        for name in names {
            wordsByText[name.text] = name.words
            wordsByText[name.person] = name.personWords
            personByText[name.text] = name.person
        }
    }

    /// ``SpeakerKey/alias(_:)``, from the cached name words.
    private mutating func aliasKey(_ text: String) -> String {
        nameWords(text).joined(separator: " ")
    }

    /// The record of `id`.
    func record(_ id: Int) -> SpeakerRecord { records[id] }

    /// The id of the speaker called `name` in an article whose full-name speakers are `context`, creating one.
    mutating func resolve(_ name: String, context: [String] = []) -> Int {
        if let id = byAlias[aliasKey(name)] { return id }
        let person = personName(name)
        if person != name {
            let id = resolve(person, context: context)
            learn(id, alias: name)
            return id
        }
        let words = nameWords(name)
        if words.count >= 2, SpeakerKey.isPlainName(words), let id = byFullName[SpeakerKey.fullName(words)] {
            learn(id, alias: name)
            return id
        }
        if words.count == 1 {
            let surname = SpeakerKey.transliterated(words[0])
            var local: [String] = []
            for other in context {
                let otherWords = nameWords(other)
                if otherWords.count >= 2, otherWords.last.map(SpeakerKey.transliterated) == surname { local.append(other) }
            }
            if local.count == 1, aliasKey(local[0]) != aliasKey(name) {
                let id = resolve(local[0])
                learn(id, alias: name)
                return id
            }
            if let known = bySurname[surname], known.count == 1 {
                learn(known[0], alias: name)
                return known[0]
            }
        }
        let id = records.count
        records.append(SpeakerRecord(id: id, name: name))
        index(id)
        return id
    }

    /// Adds an alias or a role to the speaker `id`; returns whether the record changed.
    @discardableResult
    mutating func learn(_ id: Int, alias: String? = nil, role: String? = nil) -> Bool {
        var changed = false
        var renamed = false
        var added: [String] = []
        if let alias, !alias.isEmpty, alias != records[id].name, !records[id].aliases.contains(alias),
            records[id].aliases.count < Self.maximumAliases
        {
            let candidate = personName(alias)
            let words = nameWords(candidate)
            let current = nameWords(records[id].name)
            if current.count == 1, words.count >= 2, SpeakerKey.isPlainName(words),
                words.last.map(SpeakerKey.transliterated) == current.last.map(SpeakerKey.transliterated)
            {
                records[id].aliases.append(records[id].name)
                if candidate != alias { records[id].aliases.append(alias) }
                records[id].name = candidate
                renamed = true
            } else {
                records[id].aliases.append(alias)
                added.append(alias)
            }
            changed = true
        }
        var addedRole: String?
        if let role, !role.isEmpty, !records[id].roles.contains(role), records[id].roles.count < Self.maximumRoles {
            records[id].roles.append(role)
            addedRole = role
            changed = true
        }
        if renamed {
            index(id)
        } else if changed {
            index(id, aliases: added, roles: addedRole.map { [$0] } ?? [])
        }
        return changed
    }

    /// Indexes the new `aliases` and `roles` of the record `id` (whose name did not change): what ``index(_:)``
    /// would add, without redoing the rest (the maps never lose an entry and the name's words stay the same).
    private mutating func index(_ id: Int, aliases: [String], roles: [String]) {
        let own = ownWords[id]
        for text in roles + aliases {
            affiliations[id].append(Set(nameWords(text).map(SpeakerKey.transliterated)).subtracting(own))
        }
        for name in aliases {
            indexName(name, of: id)
        }
    }

    /// Files the alias and full-name keys of `name` under `id` unless they are taken.
    private mutating func indexName(_ name: String, of id: Int) {
        let key = aliasKey(name)
        if byAlias[key] == nil { byAlias[key] = id }
        let words = nameWords(name)
        if words.count >= 2, SpeakerKey.isPlainName(words) {
            let fullName = SpeakerKey.fullName(words)
            if byFullName[fullName] == nil { byFullName[fullName] = id }
        }
    }

    /// Whether quotes of `a` and `b` may carry one statement: the same speaker, or an organisation and a person who
    /// speaks for it (`the Kremlin` and the `Kremlin spokesman`).
    func isCompatible(_ a: Int, _ b: Int) -> Bool {
        a == b || speaksFor(a, b) || speaksFor(b, a)
    }

    private func speaksFor(_ person: Int, _ organisation: Int) -> Bool {
        let organisationWords = ownWords[organisation]
        guard !organisationWords.isEmpty, organisationWords.count <= 4 else { return false }
        return affiliations[person].contains { organisationWords.isSubset(of: $0) }
    }

    private mutating func index(_ id: Int) {
        let record = records[id]
        while ownWords.count <= id {
            ownWords.append([])
            affiliations.append([])
        }
        let own = Set(nameWords(record.name).map(SpeakerKey.transliterated))
        ownWords[id] = own
        var sets: [Set<String>] = []
        for text in record.roles + record.aliases {
            sets.append(Set(nameWords(text).map(SpeakerKey.transliterated)).subtracting(own))
        }
        affiliations[id] = sets
        for name in [record.name] + record.aliases {
            indexName(name, of: id)
        }
        let words = nameWords(record.name)
        if let last = words.last {
            let surname = SpeakerKey.transliterated(last)
            if !(bySurname[surname] ?? []).contains(id) { bySurname[surname, default: []].append(id) }
        }
    }
}
