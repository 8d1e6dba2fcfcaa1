/// One attribution found in a sentence: the cue words, who speaks, and where the reported content stands.
struct AttributionCue: Sendable {
    /// How the cue's speaker is found.
    enum SpeakerSource: Sendable, Equatable {
        /// Named next to the cue (`Peskov said`, `said Peskov`, `according to TASS`).
        case explicit
        /// Same speaker as the clause it hangs on (`..., saying ...`, `and added that ...`, `went on to say`).
        case inherited
    }

    var paragraph: Int
    var sentence: Range<Int>
    /// Position of the cue's head word (the verb, or `according`).
    var head: Int
    /// Tokens of the cue words (`told reporters`, `said in a statement`).
    var cueRange: Range<Int>
    var lemma: String
    var speaker: SpeakerMention?
    var speakerSource: SpeakerSource = .explicit
    /// Reported content after the cue (`said that ...`, `said: "..."`).
    var contentAfter: Range<Int>?
    /// Reported content before the cue (`"...," he said`, `..., according to X`).
    var contentBefore: Range<Int>?
    /// Outlets credited by this cue's own words (`told Politico`, `on state television channel Rossiya-24`).
    var via: [String] = []
    /// The sentence ends with this cue and a colon: the quote follows in the next paragraph.
    var introducesNextParagraph = false
    /// An `according to` credit.
    var isAccordingTo = false
    /// `reportedly` stands with the cue: the credit comes from an outlet named before.
    var isReported = false

    /// The first token of the cue's own territory: its speaker phrase or its head, whichever comes first.
    var territoryStart: Int {
        if let speaker, speakerSource == .explicit, speaker.paragraph == paragraph { return min(speaker.range.lowerBound, head) }
        return head
    }

    /// Whether `position` stands in the cue's content.
    func contentContains(_ position: Int) -> Bool {
        (contentAfter?.contains(position) ?? false) || (contentBefore?.contains(position) ?? false)
    }
}
