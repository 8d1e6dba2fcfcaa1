/// A noun phrase that names or points to a speaker, as found next to a cue.
struct SpeakerMention: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A personal name, with or without title (`Kremlin spokesman Dmitry Peskov`, `Peskov`, `Mr. Obama`).
        case name
        /// An organisation (`the Kremlin`, `Russia's Foreign Ministry`, `the Trump campaign`).
        case organization
        /// A news outlet (`Interfax`, `The New York Post`).
        case media
        /// `he`, `she`, `it`, `they`.
        case pronoun
        /// A definite description of one person (`the spokesman`, `the former president`).
        case description
        /// An anonymous or group source (`a source`, `officials`, `analysts`): no speaker.
        case vague
    }

    var kind: Kind
    /// Paragraph of the mention.
    var paragraph: Int
    /// Tokens of the whole phrase as written, titles and appositives included.
    var range: Range<Int>
    /// The name without titles or roles (`Dmitry Peskov`), the organisation without `the`, or the pronoun.
    var name: String
    /// The phrase as written near the quote (`Kremlin press secretary Dmitry Peskov`).
    var text: String
    /// The role given with the name (`Kremlin press secretary`, `the director of ...`).
    var role: String?
    /// The head word of a description (`spokesman`) or the pronoun, lower-cased.
    var head: String = ""
    /// The words of the description, lower-cased (`former`, `president`).
    var descriptionWords: [String] = []
    /// Gender given by a title, a role or a given name.
    var gender: GivenNameLexicon.Gender?
    /// Whether an honorific stood before the name (`Mr.`, `Sen.`): then a one-word name is still a person.
    var hasHonorific = false

    /// Number of words in `name`.
    var nameWordCount: Int { name.split(separator: " ").count }
}
