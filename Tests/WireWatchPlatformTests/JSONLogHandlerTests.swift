import Foundation
import Logging
import Testing
import WireWatchPlatform

struct JSONLogHandlerTests {
    @Test func writesOneObjectPerLineWithFlattenedFields() throws {
        let (logger, output) = makeCapturingLogger()
        logger.info(
            "article.processed",
            metadata: [
                "file": "a.txt", "quotes": .stringConvertible(3), "ms": ["parse": .stringConvertible(1.25)],
                "ok": .stringConvertible(true), "tags": ["x", "y"],
            ])
        let lines = output.capturedLines
        #expect(lines.count == 1)
        let object = try #require(try jsonObjects(lines).first)
        #expect(object["event"] as? String == "article.processed")
        #expect(object["level"] as? String == "info")
        #expect(object["label"] as? String == "test")
        #expect(object["file"] as? String == "a.txt")
        #expect(object["quotes"] as? Int == 3)
        #expect(object["ms.parse"] as? Double == 1.25)
        #expect(object["ok"] as? Bool == true)
        #expect(object["tags"] as? [String] == ["x", "y"])
        let time = try #require(object["time"] as? String)
        #expect(time.count == 24)
        #expect(time.hasSuffix("Z"))
    }

    @Test func escapesHostileNames() throws {
        let (logger, output) = makeCapturingLogger()
        let hostile = "evil\n\"name\"\\\t\u{01}\u{7F}\u{2028}.txt"
        let repaired = String(decoding: [0x66, 0xFF, 0xFE, 0x67], as: UTF8.self)
        logger.warning("article.quarantined", metadata: ["file": .string(hostile), "raw": .string(repaired)])
        let lines = output.capturedLines
        #expect(lines.count == 1)
        #expect(!lines[0].contains("\u{01}"))
        let object = try #require(try jsonObjects(lines).first)
        #expect(object["file"] as? String == hostile)
        #expect(object["raw"] as? String == repaired)
    }

    @Test func reservedKeysAndErrorsDoNotClash() throws {
        let (logger, output) = makeCapturingLogger()
        struct Failure: Error, CustomStringConvertible { var description: String { "disk \"full\"" } }
        logger.error("write.failed", error: Failure(), metadata: ["level": "mine", "event": "x"])
        let object = try #require(try jsonObjects(output.capturedLines).first)
        #expect(object["level"] as? String == "error")
        #expect(object["meta.level"] as? String == "mine")
        #expect(object["meta.event"] as? String == "x")
        #expect(object["error"] as? String == "disk \"full\"")
    }

    @Test func linesFromManyThreadsStayWhole() async throws {
        let (logger, output) = makeCapturingLogger()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<8 {
                group.addTask {
                    for line in 0..<50 { logger.info("tick", metadata: ["n": "\(index)-\(line)"]) }
                }
            }
        }
        let lines = output.capturedLines
        #expect(lines.count == 400)
        #expect(try jsonObjects(lines).count == 400)
    }

    @Test func handlerKeepsMetadataAndLevelAsValues() {
        var handler = JSONLogHandler(label: "x", output: LogOutput())
        handler[metadataKey: "service"] = "wirewatch"
        handler.logLevel = .debug
        #expect(handler.metadata["service"] == "wirewatch")
        #expect(handler.logLevel == .debug)
    }
}
