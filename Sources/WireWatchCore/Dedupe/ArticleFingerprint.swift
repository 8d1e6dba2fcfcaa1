/// What the dedupe memory keeps of one article to compare later articles with it: a few kilobytes in the store,
/// fetched only when the article is a candidate. Term ids are ``DedupeText/hash32(_:seed:)`` of stemmed terms.
struct ArticleFingerprint: Sendable, Equatable {
    /// One sentence of the body: its distinct content terms and the share of its words inside quote marks.
    struct SentenceSketch: Sendable, Equatable {
        var terms: [UInt32]
        /// 0...255 for 0...1.
        var quoted: UInt8

        var quotedFraction: Double { Double(quoted) / 255 }
    }

    /// A term of the article and how often it occurs.
    struct TermCount: Sendable, Equatable {
        var term: UInt32
        var count: UInt32
    }

    var ordinal: UInt32
    var articleID: String
    /// Days since 1970-01-01 of the article's date (published, else received).
    var day: Int32
    /// Whether `day` comes from the published date.
    var isPublishedDay: Bool
    var story: String
    /// Hash of the normalised body words: equal for exact copies.
    var textHash: UInt64
    var signature: MinHashSignature
    var sentences: [SentenceSketch]
    /// The most distinctive content terms with their counts.
    var terms: [TermCount]
    /// Named entities (capitalised names) with their counts.
    var entities: [TermCount]

    /// The distinct terms counted in the document frequencies for this article.
    var documentTerms: Set<UInt32> {
        var all = Set<UInt32>()
        for sentence in sentences { all.formUnion(sentence.terms) }
        for term in terms { all.insert(term.term) }
        for entity in entities { all.insert(entity.term) }
        return all
    }

    /// The compact binary form kept in the store.
    func serialized() -> [UInt8] {
        var writer = ByteWriter()
        writer.write(UInt8(1))
        writer.write(ordinal)
        writer.write(articleID)
        writer.write(day)
        writer.write(UInt8(isPublishedDay ? 1 : 0))
        writer.write(story)
        writer.write(textHash)
        writer.write(UInt32(signature.shingleCount))
        writer.write(signature.values)
        writer.writeLength(sentences.count)
        for sentence in sentences {
            writer.write(sentence.quoted)
            writer.write(sentence.terms)
        }
        for list in [terms, entities] {
            writer.writeLength(list.count)
            for item in list {
                writer.write(item.term)
                writer.writeLength(Int(item.count))
            }
        }
        return writer.bytes
    }

    /// Decodes what ``serialized()`` wrote; nil for anything else.
    init?(serialized bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard reader.readUInt8() == 1, let ordinal = reader.readUInt32(), let articleID = reader.readString(),
            let day = reader.readUInt32(), let published = reader.readUInt8(), let story = reader.readString(),
            let textHash = reader.readUInt64(), let shingles = reader.readUInt32(),
            let values = reader.readUInt32Array(), let sentenceCount = reader.readLength()
        else { return nil }
        var sentences: [SentenceSketch] = []
        for _ in 0..<sentenceCount {
            guard let quoted = reader.readUInt8(), let terms = reader.readUInt32Array() else { return nil }
            sentences.append(SentenceSketch(terms: terms, quoted: quoted))
        }
        var lists: [[TermCount]] = []
        for _ in 0..<2 {
            guard let count = reader.readLength() else { return nil }
            var list: [TermCount] = []
            for _ in 0..<count {
                guard let term = reader.readUInt32(), let times = reader.readLength() else { return nil }
                list.append(TermCount(term: term, count: UInt32(times)))
            }
            lists.append(list)
        }
        self.init(
            ordinal: ordinal, articleID: articleID, day: Int32(bitPattern: day), isPublishedDay: published == 1,
            story: story, textHash: textHash, signature: MinHashSignature(values: values, shingleCount: Int(shingles)),
            sentences: sentences, terms: lists[0], entities: lists[1])
    }

    init(
        ordinal: UInt32, articleID: String, day: Int32, isPublishedDay: Bool, story: String, textHash: UInt64,
        signature: MinHashSignature, sentences: [SentenceSketch], terms: [TermCount], entities: [TermCount]
    ) {
        self.ordinal = ordinal
        self.articleID = articleID
        self.day = day
        self.isPublishedDay = isPublishedDay
        self.story = story
        self.textHash = textHash
        self.signature = signature
        self.sentences = sentences
        self.terms = terms
        self.entities = entities
    }
}
