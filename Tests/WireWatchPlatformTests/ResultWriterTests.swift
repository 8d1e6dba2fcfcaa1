import Foundation
import Glibc
import Testing
import WireWatchCore
import WireWatchPlatform

struct ResultWriterTests {
    func article(_ id: String, headline: String) -> Article {
        Article(id: id, source: ArticleSource(file: "x.txt", sha256: "00", bytes: 1), headline: headline, body: ["b"])
    }

    @Test func writesArticlesAndStoriesWithoutTemporaryFiles() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let writer = try ResultWriter(directory: folder.path + "/out")
        try writer.write(articles: [article("a1", headline: "One")], stories: [Story(id: "s1", articles: ["a1"])])
        #expect(folder.contents(of: "out/articles") == ["a1.json"])
        #expect(folder.contents(of: "out/stories") == ["s1.json"])
        let decoded = try JSONDecoder().decode(Article.self, from: Data(folder.read("out/articles/a1.json")!.utf8))
        #expect(decoded.headline == "One")
        let story = try JSONDecoder().decode(Story.self, from: Data(folder.read("out/stories/s1.json")!.utf8))
        #expect(story.articles == ["a1"])
    }

    @Test func usesRestrictedModes() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let writer = try ResultWriter(directory: folder.path + "/out")
        try writer.write(articles: [article("a1", headline: "One")])
        var status = stat()
        #expect(stat(folder.path + "/out/articles/a1.json", &status) == 0)
        #expect(status.st_mode & 0o777 & ~0o640 == 0)
        #expect(stat(folder.path + "/out/articles", &status) == 0)
        #expect(status.st_mode & 0o777 & ~0o750 == 0)
    }

    @Test func replacesWholeFileAtomically() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let writer = try ResultWriter(directory: folder.path + "/out")
        try writer.write(articles: [article("a1", headline: String(repeating: "long ", count: 500))])
        try writer.write(articles: [article("a1", headline: "short")])
        let text = folder.read("out/articles/a1.json")!
        #expect(text.contains("\"short\""))
        #expect(!text.contains("long"))
        #expect(folder.contents(of: "out/articles") == ["a1.json"])
    }

    @Test func refusesIDsThatAreNotFileNames() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let writer = try ResultWriter(directory: folder.path + "/out")
        #expect(throws: PlatformError.self) { try writer.write(articles: [article("../escape", headline: "x")]) }
        #expect(folder.contents(of: "out/articles").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out/escape.json"))
    }
}
