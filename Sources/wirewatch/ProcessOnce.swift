import ArgumentParser
import Foundation
import WireWatchCore
import WireWatchPlatform

/// Bootstrap version of `wirewatch process`: sequential, in-memory dedupe. Replaced by the pipeline runner.
struct ProcessOnce: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "process", abstract: "Process files and folders once.")

    @Option(name: .long) var output: String
    @Option(name: .long) var state: String?
    @Argument var paths: [String]

    func run() throws {
        let fm = FileManager.default
        var files: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw ValidationError("No such file: \(path)") }
            if isDir.boolValue {
                files += try fm.contentsOfDirectory(atPath: path).sorted().map { "\(path)/\($0)" }
            } else {
                files.append(path)
            }
        }
        try fm.createDirectory(atPath: "\(output)/articles", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: "\(output)/stories", withIntermediateDirectories: true)
        let parser = ArticleParser()
        let attributor = Attributor()
        let deduplicator = Deduplicator(store: InMemoryDedupeStore())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var ledger = ""
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            let name = (file as NSString).lastPathComponent
            let source = ArticleSource(file: name, sha256: ContentHash.sha256Hex(bytes), bytes: bytes.count)
            do {
                for parsed in try parser.parse(bytes, fileName: name) {
                    let article = ArticleAssembler.assemble(
                        parsed: parsed, attribution: attributor.attribute(parsed), source: source)
                    let outcome = try deduplicator.admit(article, at: Date())
                    for record in [outcome.article] + outcome.revisedArticles {
                        try AtomicFile.write(Array(try encoder.encode(record)), to: "\(output)/articles/\(record.id).json")
                    }
                    for story in outcome.stories {
                        try AtomicFile.write(Array(try encoder.encode(story)), to: "\(output)/stories/\(story.id).json")
                    }
                    for id in outcome.removedStories { try? fm.removeItem(atPath: "\(output)/stories/\(id).json") }
                    ledger += "{\"file\":\"\(name)\",\"article\":\"\(outcome.article.id)\",\"status\":\"processed\"}\n"
                }
            } catch let error as PipelineError {
                ledger += "{\"file\":\"\(name)\",\"article\":null,\"status\":\"quarantined\",\"reason\":\"\(error.code)\"}\n"
            }
        }
        try AtomicFile.write(Array(ledger.utf8), to: "\(output)/ledger.jsonl")
    }
}
