import Foundation
import Testing
import WireWatchPlatform

struct ArticleCorpusGeneratorTests {
    let generator = ArticleCorpusGenerator(seed: 7)

    func text(_ index: Int, of generator: ArticleCorpusGenerator? = nil) -> String {
        String(decoding: (generator ?? self.generator).file(at: index).bytes, as: UTF8.self)
    }

    @Test func sameSeedAndIndexGiveTheSameFileInAnyOrder() {
        let again = ArticleCorpusGenerator(seed: 7)
        let forward = (0..<40).map { generator.file(at: $0) }
        let backward = (0..<40).reversed().map { again.file(at: $0) }.reversed()
        #expect(forward == Array(backward))
    }

    @Test func anotherSeedGivesAnotherCorpus() {
        let other = ArticleCorpusGenerator(seed: 8)
        #expect(generator.file(at: 0).bytes != other.file(at: 0).bytes)
        #expect(generator.file(at: 1).bytes != generator.file(at: 2).bytes)
    }

    @Test func seededGeneratorIsStable() {
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        let values = (0..<5).map { _ in first.next() }
        #expect(values == (0..<5).map { _ in second.next() })
        #expect(Set(values).count == 5)
        var bounded = SeededGenerator(seed: 1)
        #expect((0..<1000).allSatisfy { _ in (0..<7).contains(bounded.below(7)) })
    }

    @Test func filesAreNewsSized() {
        let sizes = (0..<300).map { generator.file(at: $0).bytes.count }
        let mean = sizes.reduce(0, +) / sizes.count
        #expect((3500...4600).contains(mean))
        #expect(sizes.allSatisfy { (2000...7000).contains($0) })
    }

    @Test func mixHoldsEveryKindInRoughShares() {
        var counts: [ArticleCorpusGenerator.Kind: Int] = [:]
        for index in 0..<2000 { counts[generator.kind(at: index), default: 0] += 1 }
        #expect(Set(counts.keys) == Set(ArticleCorpusGenerator.Kind.allCases))
        #expect((1200...1600).contains(counts[.original] ?? 0))
        #expect((50...160).contains(counts[.exactCopy] ?? 0))
    }

    @Test func derivedFilesPointToARecentOriginal() {
        for index in 1..<600 {
            guard let source = generator.source(of: index) else {
                #expect(generator.kind(at: index) == .original)
                continue
            }
            #expect(source < index && index - source <= ArticleCorpusGenerator.window)
            #expect(generator.kind(at: source) == .original)
        }
    }

    @Test func copiesAndRewritesRelateToTheirSource() throws {
        let indices = 1..<400
        let exact = try #require(indices.first { generator.kind(at: $0) == .exactCopy })
        #expect(generator.file(at: exact).bytes == generator.file(at: generator.source(of: exact)!).bytes)
        for kind in [ArticleCorpusGenerator.Kind.syndicatedCopy, .nearDuplicate, .rewrite] {
            let index = try #require(indices.first { generator.kind(at: $0) == kind })
            let copy = text(index)
            let original = text(generator.source(of: index)!)
            #expect(copy != original)
            let shared = Set(Self.paragraphs(copy)).intersection(Self.paragraphs(original))
            if kind == .rewrite {
                let spans = Self.quotedSpans(original).filter { $0.count > 25 }
                #expect(!spans.isEmpty && spans.contains { copy.contains($0) })
                #expect(shared.filter { $0.count > 120 }.isEmpty)
            } else {
                #expect(shared.filter { $0.count > 120 }.count >= 3)
            }
        }
    }

    @Test func articlesHoldQuotesReportedSpeechAndFurniture() {
        let texts = (0..<60).map { text($0) }
        func share(_ test: (String) -> Bool) -> Int { texts.filter(test).count }
        #expect(share { $0.contains("\"") } > 20)
        #expect(share { $0.contains("“") && $0.contains("”") } > 20)
        #expect(share { $0.contains(" said that ") || $0.contains("According to ") || $0.contains(" warned that ") } > 30)
        #expect(share { $0.contains("Photo: ") || $0.contains("Image credit: ") } > 50)
        #expect(share { text in ["ALSO READ", "Read more:", "Related:", "Advertisement", "Share this", "Sign up", "Follow us",
            "Click here", "READ ALSO", "Watch:", "More on this", "Story continues"].contains { text.contains($0) } } > 50)
        #expect(share { text in ["wire agency", "views expressed", "Reporting by", "All rights reserved", "Additional reporting",
            "was amended"].contains { text.contains($0) } } == texts.count)
        #expect(share { $0.contains("\nBy ") || $0.contains(" | ") || $0.contains(", 20") } == texts.count)
    }

    @Test func originalsOnlyMixHasNoCopies() {
        let originals = ArticleCorpusGenerator(seed: 7, mix: .originalsOnly)
        #expect((0..<500).allSatisfy { originals.kind(at: $0) == .original })
    }

    @Test func namesSortInIndexOrder() {
        #expect(ArticleCorpusGenerator.name(of: 42) == "article-0000042.txt")
        let names = [9, 10, 99, 100, 12345].map(ArticleCorpusGenerator.name(of:))
        #expect(names == names.sorted())
    }

    static func paragraphs(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
    }

    /// Text inside straight or curly double quotes, without closing punctuation.
    static func quotedSpans(_ text: String) -> [String] {
        var spans: [String] = []
        var inside = false
        var current = ""
        for character in text {
            if character == "\"" || character == "“" || character == "”" {
                if inside { spans.append(current.trimmingCharacters(in: CharacterSet(charactersIn: ",.!? "))) }
                inside.toggle()
                current = ""
            } else if inside {
                current.append(character)
            }
        }
        return spans
    }
}
