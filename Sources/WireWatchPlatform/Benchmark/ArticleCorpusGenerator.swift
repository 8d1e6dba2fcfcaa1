/// Generates a corpus of realistic news article files (plain text, about 4 KB each) for benchmarks, at any size
/// and deterministic for a seed: file `i` depends only on the seed and `i`, so files can be made in any order, in
/// parallel, or on the fly.
///
/// Each file has a headline, a byline and date, a dateline lede, running prose, direct quotes in straight and curly
/// marks (some split, some after a colon), reported speech (`said that`, `according to`), a photo caption or
/// credit, promotion lines and closing disclaimers. Besides originals, the corpus holds exact copies, syndicated
/// copies (same body, another outlet's furniture), near-duplicates (a corrected figure and an update line) and
/// rewrites (the same story and quotes in other words) of recent originals.
public struct ArticleCorpusGenerator: Sendable {
    /// What a file is with respect to the rest of the corpus.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case original
        case exactCopy = "exact_copy"
        case syndicatedCopy = "syndicated_copy"
        case nearDuplicate = "near_duplicate"
        case rewrite
    }

    /// The share of each kind (the rest are originals).
    public struct Mix: Sendable, Equatable {
        public var exactCopy: Double
        public var syndicatedCopy: Double
        public var nearDuplicate: Double
        public var rewrite: Double

        public init(exactCopy: Double, syndicatedCopy: Double, nearDuplicate: Double, rewrite: Double) {
            self.exactCopy = exactCopy
            self.syndicatedCopy = syndicatedCopy
            self.nearDuplicate = nearDuplicate
            self.rewrite = rewrite
        }

        /// A news feed: 5% exact copies, 8% syndicated copies, 9% near-duplicates, 8% rewrites, 70% originals.
        public static let news = Mix(exactCopy: 0.05, syndicatedCopy: 0.08, nearDuplicate: 0.09, rewrite: 0.08)
        /// Originals only (every file yields a new article).
        public static let originalsOnly = Mix(exactCopy: 0, syndicatedCopy: 0, nearDuplicate: 0, rewrite: 0)
    }

    /// One generated file.
    public struct File: Sendable, Equatable {
        public var index: Int
        /// `article-0000042.txt`: names sort in index order.
        public var name: String
        public var kind: Kind
        /// For copies and rewrites: the index of the original they derive from.
        public var source: Int?
        public var bytes: [UInt8]
    }

    /// Copies and rewrites derive from one of the originals among this many files before them.
    public static let window = 400

    public let seed: UInt64
    public let mix: Mix

    public init(seed: UInt64 = 1, mix: Mix = .news) {
        self.seed = seed
        self.mix = mix
    }

    /// The kind of file `index` (file 0 is always an original).
    public func kind(at index: Int) -> Kind {
        guard index > 0 else { return .original }
        var generator = SeededGenerator(seed: seed, stream: Stream.kind, index: index)
        var roll = Double(generator.next() >> 11) * 0x1p-53
        for (kind, share) in [
            (Kind.exactCopy, mix.exactCopy), (.syndicatedCopy, mix.syndicatedCopy),
            (.nearDuplicate, mix.nearDuplicate), (.rewrite, mix.rewrite),
        ] {
            if roll < share { return kind }
            roll -= share
        }
        return .original
    }

    /// The original that file `index` derives from, or nil for an original.
    public func source(of index: Int) -> Int? {
        guard kind(at: index) != .original else { return nil }
        var generator = SeededGenerator(seed: seed, stream: Stream.source, index: index)
        var candidate = index - 1 - generator.below(min(index, Self.window))
        while candidate > 0, kind(at: candidate) != .original { candidate -= 1 }
        return candidate
    }

    /// File `index`.
    public func file(at index: Int) -> File {
        let kind = kind(at: index)
        let source = source(of: index)
        let text: String
        switch kind {
        case .original:
            text = compose(story: index, furnitureIndex: index, variant: .original)
        case .exactCopy:
            text = compose(story: source ?? 0, furnitureIndex: source ?? 0, variant: .original)
        case .syndicatedCopy, .nearDuplicate, .rewrite:
            text = compose(story: source ?? 0, furnitureIndex: index, variant: kind)
        }
        return File(index: index, name: Self.name(of: index), kind: kind, source: source, bytes: Array(text.utf8))
    }

    /// `article-0000042.txt`.
    public static func name(of index: Int) -> String {
        let digits = String(index)
        return "article-" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits + ".txt"
    }

    private enum Stream {
        static let kind: UInt64 = 1
        static let source: UInt64 = 2
        static let facts: UInt64 = 3
        static let body: UInt64 = 4
        static let furniture: UInt64 = 5
        static let outlet: UInt64 = 6
    }

    /// The text of the story of original `story`, told as `variant`, with the furniture of file `furnitureIndex`.
    private func compose(story: Int, furnitureIndex: Int, variant: Kind) -> String {
        var factsGenerator = SeededGenerator(seed: seed, stream: Stream.facts, index: story)
        var facts = ArticleFacts(generator: &factsGenerator)
        var bodyGenerator = SeededGenerator(seed: seed, stream: Stream.body, index: story)
        let plan = ArticleBodyPlan(facts: facts, targetBytes: bodyGenerator.number(in: 3000...4000), generator: &bodyGenerator)
        var outletGenerator = SeededGenerator(seed: seed, stream: Stream.outlet, index: story)
        let sourceOutlet = outletGenerator.pick(ArticleCorpusVocabulary.outlets)
        var furnitureGenerator = SeededGenerator(seed: seed, stream: Stream.furniture, index: furnitureIndex)
        if variant == .nearDuplicate {
            facts.numbers[0] += 1 + furnitureGenerator.below(9)
        }
        var body = plan.render(facts: facts, outlet: sourceOutlet, rewritten: variant == .rewrite)
        if variant == .nearDuplicate {
            body.append(facts.fill("Update, %W: this story has been updated with a statement from %O."))
        }
        let furniture = ArticleFurniture(facts: facts, rewritten: variant == .rewrite, generator: &furnitureGenerator)
        let lineEnding = variant == .syndicatedCopy && furnitureGenerator.chance(0.5) ? "\r\n" : "\n"
        return furniture.assemble(body: body, lineEnding: lineEnding, generator: &furnitureGenerator)
    }
}
