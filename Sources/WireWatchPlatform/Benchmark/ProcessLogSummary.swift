import Foundation

/// What a `wirewatch process` JSON log says about its run: counts by outcome and milliseconds per stage. Taken from
/// the final `process.finished` line when there is one, else summed over the per-input lines (`article.processed`,
/// `article.duplicate`, `article.quarantined`, each with `ms.<stage>`), as for a run stopped before its end.
struct ProcessLogSummary {
    var counts = PipelineCounts()
    var stages: [String: Double] = [:]

    /// Inputs with an outcome.
    var inputs: Int { counts.handled + counts.failed }

    init(log: String) throws {
        let text = try String(contentsOfFile: log, encoding: .utf8)
        let lines = text.split(separator: "\n")
        if let line = lines.last(where: { $0.contains("\"event\":\"process.finished\"") }),
            let object = Self.object(line)
        {
            counts = PipelineCounts(
                processed: Int(Self.number(object["processed"])), duplicates: Int(Self.number(object["duplicates"])),
                quarantined: Int(Self.number(object["quarantined"])), failed: Int(Self.number(object["failed"])))
            for (key, value) in object where key.hasPrefix("stage_ms.") {
                stages[String(key.dropFirst("stage_ms.".count))] = Self.number(value)
            }
            return
        }
        for line in lines where line.contains("\"ms.") {
            guard let object = Self.object(line), let event = object["event"] as? String else { continue }
            switch event {
            case "article.processed": counts.processed += 1
            case "article.duplicate": counts.duplicates += 1
            case "article.quarantined": counts.quarantined += 1
            default: continue
            }
            for (key, value) in object where key.hasPrefix("ms.") {
                stages[String(key.dropFirst(3)), default: 0] += Self.number(value)
            }
        }
    }

    private static func object(_ line: Substring) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }

    private static func number(_ value: Any?) -> Double {
        if let value = value as? Double { return value }
        if let value = value as? Int { return Double(value) }
        if let value = value as? String { return Double(value) ?? 0 }
        return 0
    }
}
