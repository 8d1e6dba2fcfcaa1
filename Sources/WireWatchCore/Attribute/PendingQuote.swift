/// A quote found in an article, before ids are given and speakers are written out.
struct PendingQuote: Sendable {
    var paragraph: Int
    /// Token position of the quote's start, for ordering.
    var position: Int
    var text: String
    var kind: Quote.Kind
    /// The speaker phrase written near the quote (`he`, `Peskov`, `Kremlin spokesman Dmitry Peskov`).
    var mention: SpeakerMention?
    var entity: Int?
    var cue: String?
    var via: [String] = []
    /// The speaker comes from a pronoun, a description, a floating quote or an inherited clause: outlets credited
    /// for the same speaker just before carry over.
    var inheritsCredit = false
    /// The cue was marked `reportedly`: the outlet last credited carries over.
    var isReported = false
    /// A direct quote with no cue of its own, given the speaker of the quotes around it.
    var isFloating = false
    /// For direct quotes: the paragraph and index of the quote span.
    var span: SpanKey?

    struct SpanKey: Sendable, Hashable {
        var paragraph: Int
        var index: Int
    }

    mutating func addVia(_ outlets: [String]) {
        for outlet in outlets where !via.contains(outlet) { via.append(outlet) }
    }
}
