/// One attributed utterance in an article: direct (in quote marks) or indirect (reported speech).
public struct Quote: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case direct
        case indirect
    }

    /// `q1`, `q2`, ... in order of appearance.
    public var id: String
    /// The quoted words without their marks; for indirect speech, the reported clause.
    public var text: String
    public var kind: Kind
    public var speaker: SpeakerReference?
    /// The cue words: `said`, `told reporters`, `according to`, ...
    public var cue: String?
    /// Media the quote is credited through (`Interfax`, `TASS`).
    public var via: [String]
    /// Index of the body paragraph the quote stands in.
    public var paragraph: Int

    public init(
        id: String,
        text: String,
        kind: Kind,
        speaker: SpeakerReference?,
        cue: String?,
        via: [String] = [],
        paragraph: Int
    ) {
        self.id = id
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.via = via
        self.paragraph = paragraph
    }

    enum CodingKeys: String, CodingKey {
        case id, text, kind, speaker, cue, via, paragraph
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(kind, forKey: .kind)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(cue, forKey: .cue)
        try container.encode(via, forKey: .via)
        try container.encode(paragraph, forKey: .paragraph)
    }
}

/// Who said a quote: the canonical name, the words used near the quote, and the role given there.
public struct SpeakerReference: Sendable, Equatable, Codable {
    public var name: String
    public var mention: String
    public var role: String?

    public init(name: String, mention: String, role: String? = nil) {
        self.name = name
        self.mention = mention
        self.role = role
    }

    enum CodingKeys: String, CodingKey {
        case name, mention, role
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(mention, forKey: .mention)
        try container.encode(role, forKey: .role)
    }
}

/// A speaker of an article with every alias and role the article uses for them.
public struct Speaker: Sendable, Equatable, Codable {
    public var name: String
    public var aliases: [String]
    public var roles: [String]

    public init(name: String, aliases: [String] = [], roles: [String] = []) {
        self.name = name
        self.aliases = aliases
        self.roles = roles
    }
}
