import Foundation
import Logging

/// A swift-log handler that writes one JSON object per line:
/// `{"time":"2016-09-12T08:30:00.123Z","level":"info","label":"wirewatch","event":"article.processed",...}`.
///
/// Metadata becomes top-level fields, nested dictionaries flattened with dot keys (`ms.parse`); integers,
/// floating-point numbers and booleans given as `.stringConvertible` stay JSON numbers and booleans. A field that
/// would shadow `time`, `level`, `label`, `event` or `error` is written as `meta.NAME`. Every string is escaped,
/// so names with newlines, quotes or control characters still give one valid line.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level = .info
    private let label: String
    private let output: LogOutput

    /// - Parameters:
    ///   - label: the logger's label, written as `label`.
    ///   - output: where lines go (default: standard output).
    ///   - metadataProvider: adds contextual metadata to each line.
    public init(label: String, output: LogOutput = .standardOutput, metadataProvider: Logger.MetadataProvider? = nil) {
        self.label = label
        self.output = output
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let own = event.metadata { merged.merge(own) { _, new in new } }
        var fields: [(String, String)] = []
        for (key, value) in merged { Self.flatten(key: key, value: value, into: &fields) }
        var line = "{\"time\":\"" + RFC3339Time.string(from: Date(), milliseconds: true) + "\""
        line += ",\"level\":\"" + event.level.rawValue + "\""
        line += ",\"label\":" + Self.quoted(label)
        line += ",\"event\":" + Self.quoted(event.message.description)
        if let error = event.error { line += ",\"error\":" + Self.quoted(String(describing: error)) }
        for (key, value) in fields.sorted(by: { $0.0 < $1.0 }) {
            let name = Self.reserved.contains(key) ? "meta." + key : key
            line += "," + Self.quoted(name) + ":" + value
        }
        line += "}\n"
        output.write(Array(line.utf8))
    }

    static let reserved: Set<String> = ["time", "level", "label", "event", "error"]

    /// Appends `(dotted key, JSON text)` pairs for one metadata value.
    static func flatten(key: String, value: Logger.Metadata.Value, into fields: inout [(String, String)]) {
        if case .dictionary(let nested) = value, !nested.isEmpty {
            for (inner, innerValue) in nested { flatten(key: key + "." + inner, value: innerValue, into: &fields) }
        } else {
            fields.append((key, json(value)))
        }
    }

    /// The JSON text of one metadata value.
    static func json(_ value: Logger.Metadata.Value) -> String {
        switch value {
        case .string(let text): return quoted(text)
        case .stringConvertible(let item): return scalarJSON(item)
        case .array(let items): return "[" + items.map(json).joined(separator: ",") + "]"
        case .dictionary(let items):
            let members = items.sorted { $0.key < $1.key }.map { quoted($0.key) + ":" + json($0.value) }
            return "{" + members.joined(separator: ",") + "}"
        }
    }

    static func scalarJSON(_ item: any CustomStringConvertible & Sendable) -> String {
        switch item {
        case let flag as Bool: return flag ? "true" : "false"
        case let number as any BinaryInteger: return String(describing: number)
        case let number as Double: return number.isFinite ? String(number) : quoted(String(number))
        case let number as Float: return number.isFinite ? String(number) : quoted(String(number))
        default: return quoted(item.description)
        }
    }

    static func quoted(_ text: String) -> String {
        JSONText.quoted(text)
    }
}
