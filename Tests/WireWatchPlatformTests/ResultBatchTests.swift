import Foundation
import Testing
import WireWatchCore
import WireWatchPlatform

struct ResultBatchTests {
    func article(_ id: String, headline: String) -> Article {
        Article(id: id, source: ArticleSource(file: "x.txt", sha256: "00", bytes: 1), headline: headline, body: ["b"])
    }

    @Test func largeBatchLandsWholeWithTheLastVersionOfEachFile() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let writer = try ResultWriter(directory: folder.path + "/out")
        var batch = ResultBatch()
        for index in 0..<10 {
            batch.append(try writer.encode(articles: [article("a\(index)", headline: "first \(index)")]))
        }
        batch.append(try writer.encode(articles: [article("a3", headline: "revised")], stories: [Story(id: "s1", articles: ["a3"])]))
        try writer.write(batch)
        #expect(folder.contents(of: "out/articles").count == 10)
        #expect(folder.contents(of: "out/stories") == ["s1.json"])
        #expect(folder.read("out/articles/a3.json")?.contains("\"revised\"") == true)
        #expect(folder.read("out/articles/a4.json")?.contains("\"first 4\"") == true)
    }

    @Test func failedParallelWriteLeavesNoTemporaryAndNoFile() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let writer = try ResultWriter(directory: folder.path + "/out")
        var batch = ResultBatch()
        for index in 0..<12 {
            batch.append(try writer.encode(articles: [article("a\(index)", headline: "h\(index)")]))
        }
        batch.write(ResultBatch.File(path: folder.path + "/out/missing/x.json", bytes: Array("{}\n".utf8)))
        #expect(throws: PlatformError.self) { try writer.write(batch) }
        #expect(folder.contents(of: "out/articles").isEmpty)
    }

    @Test func mergedStoriesAreRemovedUnlessRewrittenLater() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let writer = try ResultWriter(directory: folder.path + "/out")
        try writer.write(articles: [], stories: [Story(id: "s1", articles: ["a"]), Story(id: "s2", articles: ["b"])])
        var batch = try writer.encode(articles: [], stories: [Story(id: "s3", articles: ["a", "b"])], removedStories: ["s1", "s2"])
        batch.append(try writer.encode(articles: [], stories: [Story(id: "s2", articles: ["c"])]))
        try writer.write(batch)
        #expect(folder.contents(of: "out/stories") == ["s2.json", "s3.json"])
        #expect(folder.read("out/stories/s2.json")?.contains("\"c\"") == true)
    }

    @Test func encodingIsTheSameAsTheSingleWrite() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let single = try ResultWriter(directory: folder.path + "/one")
        let batched = try ResultWriter(directory: folder.path + "/two")
        let records = (0..<5).map { article("a\($0)", headline: "“Quoted” \($0)") }
        for record in records { try single.write(articles: [record]) }
        var batch = ResultBatch()
        for record in records { batch.append(try batched.encode(articles: [record])) }
        try batched.write(batch)
        for record in records {
            #expect(folder.read("one/articles/\(record.id).json") == folder.read("two/articles/\(record.id).json"))
        }
    }

    @Test func emptyBatchTouchesNothing() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let writer = try ResultWriter(directory: folder.path + "/out")
        try writer.write(ResultBatch())
        #expect(ResultBatch().isEmpty)
        #expect(folder.contents(of: "out/articles").isEmpty)
    }

    @Test func recordsEncodedWhenWrittenGiveTheSameBytesWithTheLastVersionOfEachFile() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let eager = try ResultWriter(directory: folder.path + "/eager")
        let deferred = try ResultWriter(directory: folder.path + "/deferred")
        var encoded = ResultBatch()
        var recorded = ResultBatch()
        for version in 0..<3 {
            let records = (0..<10).map { article("a\($0)", headline: "“Quoted” \($0), version \(version)") }
            let stories = [Story(id: "s\(version)", articles: records.map(\.id))]
            encoded.append(try eager.encode(articles: records, stories: stories, removedStories: ["s\(version - 1)"]))
            recorded.append(try deferred.records(articles: records, stories: stories, removedStories: ["s\(version - 1)"]))
        }
        try eager.write(encoded)
        try deferred.write(recorded)
        #expect(folder.contents(of: "deferred/articles").count == 10)
        #expect(folder.contents(of: "deferred/stories") == ["s2.json"])
        for index in 0..<10 {
            let path = "articles/a\(index).json"
            #expect(folder.read("deferred/" + path)?.contains("version 2") == true)
            #expect(folder.read("eager/" + path) == folder.read("deferred/" + path))
        }
        #expect(folder.read("eager/stories/s2.json") == folder.read("deferred/stories/s2.json"))
    }

    @Test func recordsThatCannotBeWrittenFailWhenCollected() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let writer = try ResultWriter(directory: folder.path + "/out")
        var bad = article("a1", headline: "h")
        bad.duplicates = [DuplicateLink(article: "a0", relation: .exact, similarity: .nan)]
        #expect(throws: PlatformError.self) { try writer.records(articles: [bad]) }
        #expect(throws: PlatformError.self) { try writer.records(articles: [article("../x", headline: "h")]) }
    }
}
