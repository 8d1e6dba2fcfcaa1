/// One person or organisation of an article, with every name variant, mention and role the article uses for it.
struct SpeakerEntity: Sendable {
    enum Kind: Sendable, Equatable {
        case person
        case organization
        case media
        /// A capitalised name that may be a person or a place (`Moscow`, `Verstka`).
        case unknown
    }

    var id: Int
    var kind: Kind
    /// Name variants without titles, in order of appearance (`Dmitry Peskov`, `Peskov`, `Dmitri Peskov`).
    var names: [String] = []
    /// Mentions as written (`Kremlin press secretary Dmitry Peskov`).
    var mentions: [String] = []
    var roles: [String] = []
    var gender: GivenNameLexicon.Gender?
    /// Lower-cased last word of the name (persons) or the whole lower-cased name (organisations).
    var key: String
    /// Lower-cased given names seen (`dmitry`, `dmitri`).
    var givenNames: [String] = []
    /// Lower-cased words of every role, for matching descriptions (`the former president`).
    var roleWords: Set<String> = []
    /// Names, mentions and roles already recorded, to keep the lists free of repeats in constant time.
    private(set) var seenNames: Set<String> = []
    private(set) var seenMentions: Set<String> = []
    private(set) var seenRoles: Set<String> = []

    /// The canonical name: the longest variant, the first one among equals.
    var canonicalName: String {
        var best = names.first ?? ""
        var bestCount = best.spaceSeparatedWordCount
        for name in names.dropFirst() {
            let count = name.spaceSeparatedWordCount
            if count > bestCount {
                best = name
                bestCount = count
            }
        }
        return best
    }

    var isPerson: Bool { kind == .person }

    mutating func add(name: String) {
        if seenNames.insert(name).inserted { names.append(name) }
    }

    mutating func add(mention: String) {
        if !mention.isEmpty, seenMentions.insert(mention).inserted { mentions.append(mention) }
    }

    mutating func add(role: String) {
        guard seenRoles.insert(role).inserted else { return }
        let trimmed = role.trimmingQuoteEdges()
        guard !trimmed.isEmpty, trimmed.count <= 120 else { return }
        if !roles.contains(trimmed) { roles.append(trimmed) }
        for word in Self.roleWords(of: trimmed) { roleWords.insert(word) }
    }

    /// The lower-cased words of a role, cut at every character that is neither a letter nor `-`. ASCII text is cut
    /// on its bytes (every ASCII byte but CR LF is a `Character` of its own, and neither is a letter or `-`).
    static func roleWords(of role: String) -> [String] {
        guard role.utf8.allSatisfy({ $0 < 0x80 }) else {
            return role.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        }
        let lowered = role.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        return lowered.split(whereSeparator: { !($0 >= 97 && $0 <= 122) && $0 != 0x2D })
            .map { String(decoding: $0, as: UTF8.self) }
    }
}
