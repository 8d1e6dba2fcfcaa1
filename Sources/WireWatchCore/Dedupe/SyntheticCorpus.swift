/// A deterministic stream of synthetic news articles for benchmarks of the dedupe stage.
///
/// Words follow a Zipf law over a generated vocabulary; each article covers an event (a few named people and
/// places and event words), most events get several articles over a few days, and a share of articles are copies
/// of a recent one: exact (reformatted), near-duplicate (a changed headline, a few edits and a footer) or a loose
/// rewrite (words swapped). Quotes are attributed to the event's people. The same seed gives the same articles.
public struct SyntheticCorpus: Sendable {
    /// Articles dated per day (the `published` date advances with them).
    public var articlesPerDay: Int
    private var random: SplitMix64
    private var produced = 0
    private var events: [Event] = []
    private var recent: [Article] = []
    private let vocabulary: [String]
    private let names: [String]
    private let zipf: [Double]

    private struct Event: Sendable {
        var people: [String]
        var places: [String]
        var words: [String]
    }

    /// - Parameters:
    ///   - seed: the stream's seed.
    ///   - vocabularySize: number of distinct common words.
    ///   - articlesPerDay: articles per published day.
    public init(seed: UInt64 = 42, vocabularySize: Int = 30_000, articlesPerDay: Int = 2_000) {
        var random = SplitMix64(seed: seed)
        let syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "de", "an", "el", "or", "ul", "ba", "ve", "gi"]
        func word(_ random: inout SplitMix64, _ count: Int) -> String {
            (0..<count).map { _ in syllables[Int(random.next() % UInt64(syllables.count))] }.joined()
        }
        vocabulary = (0..<vocabularySize).map { index in word(&random, 2 + index % 3) + String(index % 97) }
        names = (0..<50_000).map { _ in
            let first = word(&random, 2)
            let last = word(&random, 3)
            return first.prefix(1).uppercased() + first.dropFirst() + " " + last.prefix(1).uppercased() + last.dropFirst()
        }
        var cumulative: [Double] = []
        var total = 0.0
        for rank in 1...vocabularySize {
            total += 1 / Double(rank)
            cumulative.append(total)
        }
        zipf = cumulative.map { $0 / total }
        self.random = random
        self.articlesPerDay = articlesPerDay
    }

    /// The next article of the stream.
    public mutating func next() -> Article {
        defer { produced += 1 }
        let day = produced / max(1, articlesPerDay)
        let roll = random.next() % 100
        if let source = recent.isEmpty ? nil : recent[Int(random.next() % UInt64(recent.count))], roll < 8 {
            return copy(of: source, kind: roll < 2 ? 0 : roll < 6 ? 1 : 2, day: day)
        }
        if events.isEmpty || random.next() % 100 < 35 { events.append(makeEvent()) }
        if events.count > 200 { events.removeFirst(events.count - 200) }
        let event = events[events.count - 1 - Int(random.next() % UInt64(min(events.count, 40)))]
        var body: [String] = []
        var quotes: [Quote] = []
        for paragraph in 0..<(6 + Int(random.next() % 6)) {
            var sentences: [String] = []
            for _ in 0..<(1 + Int(random.next() % 3)) { sentences.append(sentence(event)) }
            if random.next() % 3 == 0 {
                let speaker = event.people[Int(random.next() % UInt64(event.people.count))]
                let said = sentence(event).dropLast()
                sentences.append("“\(said),” \(speaker) said.")
                quotes.append(
                    Quote(
                        id: "q\(quotes.count + 1)", text: String(said), kind: .direct,
                        speaker: SpeakerReference(name: speaker, mention: speaker), cue: "said", paragraph: paragraph))
            }
            body.append(sentences.joined(separator: " "))
        }
        let article = make(headline: sentence(event), body: body, quotes: quotes, day: day)
        recent.append(article)
        if recent.count > 64 { recent.removeFirst() }
        return article
    }

    private mutating func copy(of source: Article, kind: Int, day: Int) -> Article {
        var body = source.body
        switch kind {
        case 0:
            body = body.map { $0.uppercased() }
        case 1:
            body.append("This article first appeared on the wire; edited by the desk.")
            let index = Int(random.next() % UInt64(body.count))
            body[index] = body[index] + " " + vocabulary[Int(random.next() % 500)] + " update."
        default:
            body = body.map { paragraph in
                paragraph.split(separator: " ").map { word in
                    random.next() % 3 == 0 ? Substring(vocabulary[sampleRank()]) : word
                }.joined(separator: " ")
            }
        }
        return make(headline: "Copy: " + (source.headline ?? ""), body: body, quotes: source.quotes, day: day)
    }

    private mutating func makeEvent() -> Event {
        func pick(_ count: Int) -> [String] { (0..<count).map { _ in names[Int(random.next() % UInt64(names.count))] } }
        let words = (0..<8).map { _ in vocabulary[vocabulary.count / 2 + Int(random.next() % UInt64(vocabulary.count / 2))] }
        return Event(people: pick(2 + Int(random.next() % 3)), places: pick(2).map { $0.components() }, words: words)
    }

    private mutating func sentence(_ event: Event) -> String {
        var words: [String] = []
        for position in 0..<(10 + Int(random.next() % 14)) {
            let roll = random.next() % 100
            if roll < 6 {
                words.append(event.people[Int(random.next() % UInt64(event.people.count))])
            } else if roll < 10 {
                words.append(event.places[Int(random.next() % UInt64(event.places.count))])
            } else if roll < 22 {
                words.append(event.words[Int(random.next() % UInt64(event.words.count))])
            } else {
                let word = vocabulary[sampleRank()]
                words.append(position == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word)
            }
        }
        return words.joined(separator: " ") + "."
    }

    private mutating func sampleRank() -> Int {
        let target = Double(random.next() >> 11) / Double(1 << 53)
        var low = 0
        var high = zipf.count - 1
        while low < high {
            let middle = (low + high) / 2
            if zipf[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func make(headline: String, body: [String], quotes: [Quote], day: Int) -> Article {
        let (year, month, dayOfMonth) = (2020 + day / 360, 1 + (day / 30) % 12, 1 + day % 30)
        let published = "\(year)-\(month < 10 ? "0" : "")\(month)-\(dayOfMonth < 10 ? "0" : "")\(dayOfMonth)"
        let id = Self.articleID(body: body)
        return Article(
            id: id, source: ArticleSource(file: "synthetic-\(produced).txt", sha256: id, bytes: body.reduce(0) { $0 + $1.utf8.count }),
            headline: headline, published: published, body: body, quotes: quotes)
    }
}

extension SyntheticCorpus {
    /// A 16-hex-digit id of the folded words of `body`: like ``ArticleAssembler/articleID(body:headline:)``, equal
    /// for texts that differ only in case and punctuation, but several times cheaper (generation must not dominate
    /// the filling of a million-article memory).
    static func articleID(body: [String]) -> String {
        var hash: UInt64 = 0x51_7cc1_b727_220a
        for paragraph in body {
            let bytes = Array(paragraph.utf8)
            DedupeText.forEachWord(bytes, in: 0..<bytes.count) { word in
                hash = DedupeText.mix(hash ^ DedupeText.hash64(word))
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension String {
    /// The last word of a two-word name, used as a place name in synthetic articles.
    fileprivate func components() -> String {
        String(split(separator: " ").last ?? Substring(self))
    }
}

/// SplitMix64: a small, fast, deterministic pseudo-random generator.
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return DedupeText.mix(state &- 0x9e37_79b9_7f4a_7c15)
    }
}
