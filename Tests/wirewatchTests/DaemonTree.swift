import Foundation
import Glibc

/// A temporary deployment: `inbox`, `out`, `state`, `quarantine`, `processed` and `config.json` under one folder,
/// removed by ``remove()``.
struct DaemonTree {
    let root: String
    var inbox: String { root + "/inbox" }
    var output: String { root + "/out" }
    var quarantine: String { root + "/quarantine" }
    var processed: String { root + "/processed" }
    var config: String { root + "/config.json" }

    init(statusIntervalSeconds: Double = 0.2) throws {
        root = "/tmp/wwd-\(getpid())-\(UUID().uuidString.prefix(8))"
        for folder in ["inbox", "out", "state", "quarantine", "processed"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        let configuration = """
            {"inbox": "inbox", "output": "out", "state": "state", "quarantine": "quarantine",
             "processed": "processed", "log_level": "debug", "ignore_patterns": [".*", "*.part", "*.tmp", "*~"],
             "status_interval_seconds": \(statusIntervalSeconds)}
            """
        try Data(configuration.utf8).write(to: URL(fileURLWithPath: config))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Drops a file the safe way: written under a hidden temporary name, then renamed in (`IN_MOVED_TO`).
    func dropByRename(_ name: String, _ bytes: [UInt8]) throws {
        let temporary = inbox + "/." + name + ".part"
        try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, inbox + "/" + name) == 0 else { throw DaemonTestError("rename failed: \(errno)") }
    }

    /// Drops a file by writing it in place, in two chunks (`IN_CLOSE_WRITE` once, at the close).
    func dropByWrite(_ name: String, _ bytes: [UInt8]) throws {
        let descriptor = open(inbox + "/" + name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw DaemonTestError("open failed: \(errno)") }
        let half = bytes.count / 2
        for chunk in [bytes[..<half], bytes[half...]] where !chunk.isEmpty {
            let written = chunk.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written == chunk.count else { throw DaemonTestError("short write") }
        }
        close(descriptor)
    }

    /// The ledger's lines, decoded.
    func ledger() -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: output + "/ledger.jsonl", encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }

    /// `file -> status` from the ledger.
    func ledgerStatuses() -> [String: String] {
        var statuses: [String: String] = [:]
        for entry in ledger() {
            if let file = entry["file"] as? String, let status = entry["status"] as? String { statuses[file] = status }
        }
        return statuses
    }

    func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// Every file under `out`, relative, recursively.
    func outputFiles() -> [String] {
        (FileManager.default.subpaths(atPath: output) ?? []).filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: output + "/" + $0, isDirectory: &isFolder)
                && !isFolder.boolValue
        }.sorted()
    }
}

/// Short articles written for these tests: a headline, a byline, and quoted speech.
enum TestArticles {
    static func article(_ topic: String, speaker: String) -> [UInt8] {
        let text = """
            \(topic.capitalized) plan approved after long debate

            By Jane Reporter

            The city council on Tuesday approved the \(topic) plan after a debate that lasted most of the night.

            "This is a good day for everyone who lives here," \(speaker) said after the vote. "We listened and we \
            changed the plan where it needed changing."

            Opponents said the \(topic) plan would cost more than promised. \(speaker) told reporters that the costs \
            had been checked twice by independent auditors.

            """
        return Array(text.utf8)
    }

    /// Random bytes with NULs in them: not text.
    static func garbage(count: Int = 4096) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { $0 % 7 == 0 ? 0 : UInt8.random(in: 0...255, using: &generator) }
    }
}
