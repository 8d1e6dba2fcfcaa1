/// The dedupe stage's working state of one story: its articles in order and the quote units its statements are
/// made of. Kept in the store beside the story record, in a compact binary form.
struct StoryState: Sendable, Equatable {
    /// One sentence of a quote: who said it, its content terms and the statements it belongs to.
    struct Unit: Sendable, Equatable {
        var article: String
        var ordinal: UInt32
        var day: Int32
        var quote: String
        var quoteIndex: Int
        var speaker: Int
        var text: String
        var terms: [UInt32]
        var statements: [Int]
    }

    /// Ordinal of the story's first article: the older of two merging stories keeps its id.
    var created: UInt32
    var articles: [String]
    /// Ordinals of `articles`, in the same order.
    var ordinals: [UInt32]
    var units: [Unit]
    var statementCount: Int

    /// Most units kept per story; the oldest go first.
    static let maximumUnits = 1_500

    init(created: UInt32) {
        self.created = created
        articles = []
        ordinals = []
        units = []
        statementCount = 0
    }

    func serialized() -> [UInt8] {
        var writer = ByteWriter()
        writer.write(UInt8(1))
        writer.write(created)
        writer.writeLength(statementCount)
        writer.writeLength(articles.count)
        for (id, ordinal) in zip(articles, ordinals) {
            writer.write(id)
            writer.write(ordinal)
        }
        writer.writeLength(units.count)
        for unit in units {
            writer.write(unit.article)
            writer.write(unit.ordinal)
            writer.write(unit.day)
            writer.write(unit.quote)
            writer.writeLength(unit.quoteIndex)
            writer.writeLength(unit.speaker)
            writer.write(unit.text)
            writer.write(unit.terms)
            writer.write(unit.statements.map { UInt32($0) })
        }
        return writer.bytes
    }

    init?(serialized bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard reader.readUInt8() == 1, let created = reader.readUInt32(), let statements = reader.readLength(),
            let articleCount = reader.readLength()
        else { return nil }
        self.init(created: created)
        statementCount = statements
        for _ in 0..<articleCount {
            guard let id = reader.readString(), let ordinal = reader.readUInt32() else { return nil }
            articles.append(id)
            ordinals.append(ordinal)
        }
        guard let unitCount = reader.readLength() else { return nil }
        for _ in 0..<unitCount {
            guard let article = reader.readString(), let ordinal = reader.readUInt32(), let day = reader.readUInt32(),
                let quote = reader.readString(), let quoteIndex = reader.readLength(), let speaker = reader.readLength(),
                let text = reader.readString(), let terms = reader.readUInt32Array(),
                let statements = reader.readUInt32Array()
            else { return nil }
            units.append(
                Unit(
                    article: article, ordinal: ordinal, day: Int32(bitPattern: day), quote: quote, quoteIndex: quoteIndex,
                    speaker: speaker, text: text, terms: terms, statements: statements.map { Int($0) }))
        }
    }

    /// Takes in the articles and units of `other` (a story merging into this one), renumbering its statements.
    mutating func absorb(_ other: StoryState) {
        let offset = statementCount
        for (id, ordinal) in zip(other.articles, other.ordinals) where !articles.contains(id) {
            articles.append(id)
            ordinals.append(ordinal)
        }
        for var unit in other.units {
            unit.statements = unit.statements.map { $0 + offset }
            units.append(unit)
        }
        statementCount += other.statementCount
        units.sort { ($0.ordinal, $0.quoteIndex) < ($1.ordinal, $1.quoteIndex) }
        created = min(created, other.created)
    }

    /// The statements carried by quotes of at least two articles, as written in the story record (statements with
    /// the same member quotes once).
    func statements(speakerName: (Int) -> String) -> [Statement] {
        var byStatement: [Int: [Unit]] = [:]
        for unit in units {
            for statement in unit.statements { byStatement[statement, default: []].append(unit) }
        }
        var result: [(Int, Statement)] = []
        for (number, members) in byStatement where Set(members.map(\.article)).count >= 2 {
            let ordered = members.sorted { ($0.day, $0.ordinal, $0.quoteIndex) < ($1.day, $1.ordinal, $1.quoteIndex) }
            var seen = Set<StatementMember>()
            let quotes = ordered.map { StatementMember(article: $0.article, quote: $0.quote) }
                .filter { seen.insert($0).inserted }
            var votes: [Int: Int] = [:]
            for member in members { votes[member.speaker, default: 0] += 1 }
            let speaker = votes.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? members[0].speaker
            let text = members.max { $0.text.count < $1.text.count }?.text ?? ""
            result.append((number, Statement(id: "st\(number + 1)", speaker: speakerName(speaker), text: text, quotes: quotes)))
        }
        // A quote cut into several units can carry two statements with the same members: write them once.
        var written = Set<Set<StatementMember>>()
        return result.sorted { $0.0 < $1.0 }.map(\.1).filter { written.insert(Set($0.quotes)).inserted }
    }
}
