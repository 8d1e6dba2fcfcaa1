import Testing
import WireWatchPlatform

struct HTMLExtractionBenchmarkTests {
    static let paragraph =
        "<p>The harbour board approved plans for a new pier on Monday after a long vote that split its members, "
        + "and work is due to start in the spring once the contracts are signed.</p>"

    @Test func timesTheSavedPagesOfAFolder() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let page = "<html><head><title>Pier Approved</title></head><body><article>"
            + String(repeating: Self.paragraph, count: 4) + "</article></body></html>"
        try folder.write(page, to: "one.html")
        try folder.write(page, to: "two.htm")
        try folder.write("Not a page at all.", to: "notes.txt")
        try folder.write("<html><body><nav>Home</nav></body></html>", to: "empty.html")
        let result = try HTMLExtractionBenchmark(workers: 2, passes: 1).run(folder: folder.path)
        #expect(result.pages == 3)
        #expect(result.extracted == 2)
        #expect(result.extractSeconds > 0 && result.parseSeconds > 0)
        #expect(result.extractPagesPerSecond > 0 && result.parsePagesPerCPUSecond > 0)
    }
}
