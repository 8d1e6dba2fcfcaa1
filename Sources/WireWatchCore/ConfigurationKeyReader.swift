/// Reads the keys of one configuration object and collects a sentence for each problem instead of throwing at the
/// first: unknown keys, missing required keys, values of the wrong type.
struct ConfigurationKeyReader {
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    typealias Key = DaemonConfiguration.CodingKeys

    private let container: KeyedDecodingContainer<AnyKey>
    private(set) var problems: [String] = []

    /// - Throws: when the top level is not a JSON object.
    init(decoder: any Decoder) throws {
        do {
            container = try decoder.container(keyedBy: AnyKey.self)
        } catch {
            throw ConfigurationDecodingError(
                problems: ["the configuration must be a JSON object"],
                partial: DaemonConfiguration(inbox: "", output: "", state: "", quarantine: "", processed: nil))
        }
        let known = Set(Key.allCases.map(\.rawValue))
        for key in container.allKeys.map(\.stringValue).sorted() where !known.contains(key) {
            problems.append("`\(key)`: unknown key")
        }
    }

    /// A key that must be present and not null.
    mutating func required<T: Decodable>(_ type: T.Type, _ key: Key, expected: String) -> T? {
        guard container.contains(AnyKey(stringValue: key.rawValue)) else {
            problems.append("`\(key.rawValue)`: missing (required, \(expected))")
            return nil
        }
        return optional(type, key, expected: expected)
    }

    /// A key that must be present and may be null.
    mutating func requiredNullable<T: Decodable>(_ type: T.Type, _ key: Key, expected: String) -> T? {
        guard container.contains(AnyKey(stringValue: key.rawValue)) else {
            problems.append("`\(key.rawValue)`: missing (required, \(expected))")
            return nil
        }
        return nullable(type, key, expected: expected)
    }

    /// A key that may be absent, but when present must not be null.
    mutating func optional<T: Decodable>(_ type: T.Type, _ key: Key, expected: String) -> T? {
        let codingKey = AnyKey(stringValue: key.rawValue)
        guard container.contains(codingKey) else { return nil }
        if expected.hasSuffix("or null"), (try? container.decodeNil(forKey: codingKey)) == true {
            return nil
        }
        do {
            return try container.decode(type, forKey: codingKey)
        } catch {
            problems.append("`\(key.rawValue)`: expected \(expected), found \(foundKind(codingKey))")
            return nil
        }
    }

    /// A key that may be absent or null.
    mutating func nullable<T: Decodable>(_ type: T.Type, _ key: Key, expected: String) -> T? {
        let codingKey = AnyKey(stringValue: key.rawValue)
        if (try? container.decodeNil(forKey: codingKey)) ?? true { return nil }
        return optional(type, key, expected: expected)
    }

    /// Names the JSON kind of the value under `key`, for messages.
    private func foundKind(_ key: AnyKey) -> String {
        if (try? container.decodeNil(forKey: key)) == true { return "null" }
        if let text = try? container.decode(String.self, forKey: key) { return "the string \"\(text)\"" }
        if let flag = try? container.decode(Bool.self, forKey: key) { return "\(flag)" }
        if let number = try? container.decode(Double.self, forKey: key) {
            return "the number \(number.formatted)"
        }
        if (try? container.nestedUnkeyedContainer(forKey: key)) != nil { return "an array with a wrong element" }
        if (try? container.nestedContainer(keyedBy: AnyKey.self, forKey: key)) != nil { return "an object" }
        return "a value of another type"
    }
}

extension Double {
    /// Whole numbers without a fraction (`3`, not `3.0`), others as Swift prints them.
    var formatted: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return String(self)
    }
}
