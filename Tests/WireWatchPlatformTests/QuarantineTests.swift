import Foundation
import Testing
import WireWatchPlatform

struct QuarantineTests {
    @Test(arguments: [
        ("report.txt", "report.txt"), ("../../etc/passwd", "_._.._etc_passwd"), (".hidden", "_hidden"),
        ("a b\n\"c\".txt", "a_b__c_.txt"), ("", "unnamed"), ("..", "_."),
    ])
    func sanitisesNames(name: String, expected: String) {
        #expect(Quarantine.sanitisedName(name) == expected)
    }

    @Test func movesEntryWithReasonFileUnderAFreeName() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let inbox = try folder.subfolder("inbox")
        let quarantine = Quarantine(directory: try folder.subfolder("quarantine"))
        try folder.write("old", to: "quarantine/bad.txt")
        let input = try folder.write("", to: "inbox/bad.txt")
        let reason = Quarantine.Reason(
            file: "bad.txt", sha256: nil, code: "empty_input", reason: "The file is empty.",
            at: "2016-09-12T08:30:00Z", attempts: 0)
        let moved = try quarantine.admit(path: input, reason: reason)
        #expect(moved == quarantine.directory + "/bad-1.txt")
        #expect(folder.contents(of: "inbox").isEmpty)
        #expect(folder.contents(of: "quarantine") == ["bad-1.txt", "bad-1.txt.reason.json", "bad.txt"])
        let written = try JSONDecoder().decode(
            Quarantine.Reason.self, from: Data(folder.read("quarantine/bad-1.txt.reason.json")!.utf8))
        #expect(written == reason)
        _ = inbox
    }

    @Test func hostileNameStaysInsideTheFolder() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let quarantine = Quarantine(directory: try folder.subfolder("q/inner"))
        let input = try folder.write("x", to: "input")
        let reason = Quarantine.Reason(
            file: "../../escape", sha256: nil, code: "binary_content", reason: "binary", at: "t", attempts: 1)
        let moved = try quarantine.admit(path: input, reason: reason)
        #expect(moved.hasPrefix(quarantine.directory + "/"))
        #expect(folder.contents(of: "q/inner").count == 2)
    }
}
