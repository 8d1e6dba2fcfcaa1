import Foundation
import Glibc
import Logging
import Synchronization
import WireWatchCore
import WireWatchPlatform

/// A unique temporary folder, removed by ``remove()`` (call it in `defer`).
struct TemporaryDirectory {
    let path: String

    init() throws {
        var template = Array("/tmp/wirewatch-test-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw PlatformError.syscall("mkdtemp", path: "/tmp", errno: errno) }
        path = String(cString: made)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try write(Array(text.utf8), to: name)
    }

    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    func subfolder(_ name: String) throws -> String {
        let folder = path + "/" + name
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    func contents(of name: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + name)) ?? []).sorted()
    }

    func read(_ name: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path + "/" + name) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A logger writing JSON lines into memory.
func makeCapturingLogger(level: Logger.Level = .debug) -> (Logger, LogOutput) {
    let output = LogOutput()
    var logger = Logger(label: "test") { label in JSONLogHandler(label: label, output: output) }
    logger.logLevel = level
    return (logger, output)
}

/// A short article text with a headline and two paragraphs; `seed` makes its words distinct.
func sampleArticle(_ seed: String) -> String {
    """
    Council approves \(seed) budget
    The city council approved the \(seed) budget on Tuesday after a long debate.
    "This is a good day for \(seed)," the mayor said after the vote.
    """
}

/// Parses each line of JSON text into a dictionary.
func jsonObjects(_ lines: [String]) throws -> [[String: Any]] {
    try lines.map { line in
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return object as? [String: Any] ?? [:]
    }
}

/// Collects values from any thread.
final class Recorder<Value: Sendable>: Sendable {
    private let storage = Mutex<[Value]>([])

    func append(_ value: Value) {
        storage.withLock { $0.append(value) }
    }

    var values: [Value] {
        storage.withLock { $0 }
    }
}
