import Foundation

/// Turns an `Encodable` value into a ``JSONNode`` tree, the first half of ``PrettyJSONEncoder``: an `Encoder` whose
/// containers append to reference boxes. Strings, integers, doubles and booleans are recognised before their
/// `encode(to:)` is called, so the records' leaves cost no encoder at all.
///
/// - Important: `Date`, `Data`, `URL` and `Decimal` (which `JSONEncoder` special-cases) and non-finite floating
///   point numbers throw `EncodingError.invalidValue`; the output records have none.
final class JSONTreeEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// The value's node, set by the first container asked for.
    var node: JSONNode?

    init(codingPath: [any CodingKey], node: JSONNode? = nil) {
        self.codingPath = codingPath
        self.node = node
    }

    /// The node of `value`. Strings, integers, doubles and booleans are told apart by their type (a comparison
    /// of metatypes, not a dynamic cast); `codingPath` is only built for a nested encoder or an error.
    static func node<Value: Encodable>(
        of value: Value, codingPath: @autoclosure () -> [any CodingKey]
    ) throws -> JSONNode {
        if Value.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if Value.self == Int.self { return JSONNode(unsafeBitCast(value, to: Int.self)) }
        if Value.self == Double.self {
            return try number(unsafeBitCast(value, to: Double.self), codingPath: codingPath())
        }
        if Value.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if Value.self == Date.self || Value.self == Data.self || Value.self == URL.self || Value.self == Decimal.self {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: codingPath(), debugDescription: "Not supported here."))
        }
        let encoder = JSONTreeEncoder(codingPath: codingPath())
        try value.encode(to: encoder)
        // As `JSONEncoder`: a nested value that encodes nothing is an empty object.
        return encoder.node ?? .object(JSONObjectBox())
    }

    /// `JSONEncoder`'s text of a finite floating point number: its `description`, without a final `.0`.
    static func number(
        _ value: some BinaryFloatingPoint & LosslessStringConvertible, codingPath: @autoclosure () -> [any CodingKey]
    ) throws -> JSONNode {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: codingPath(), debugDescription: "Not a finite number."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: JSONObjectBox
        if case .object(let existing) = node {
            box = existing
        } else {
            box = JSONObjectBox()
            node = .object(box)
        }
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: JSONArrayBox
        if case .array(let existing) = node {
            box = existing
        } else {
            box = JSONArrayBox()
            node = .array(box)
        }
        return JSONUnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(encoder: self)
    }
}

/// Sets its encoder's node.
struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONTreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.node = .null }
    mutating func encode(_ value: Bool) throws { encoder.node = .bool(value) }
    mutating func encode(_ value: String) throws { encoder.node = .string(value) }
    mutating func encode(_ value: Double) throws { encoder.node = try JSONTreeEncoder.number(value, codingPath: codingPath) }
    mutating func encode(_ value: Float) throws { encoder.node = try JSONTreeEncoder.number(value, codingPath: codingPath) }
    mutating func encode(_ value: Int) throws { encoder.node = JSONNode(value) }
    mutating func encode(_ value: Int8) throws { encoder.node = JSONNode(value) }
    mutating func encode(_ value: Int16) throws { encoder.node = JSONNode(value) }
    mutating func encode(_ value: Int32) throws { encoder.node = JSONNode(value) }
    mutating func encode(_ value: Int64) throws { encoder.node = JSONNode(value) }
    mutating func encode(_ value: UInt) throws { encoder.node = JSONNode(value) }
    mutating func encode(_ value: UInt8) throws { encoder.node = JSONNode(value) }
    mutating func encode(_ value: UInt16) throws { encoder.node = JSONNode(value) }
    mutating func encode(_ value: UInt32) throws { encoder.node = JSONNode(value) }
    mutating func encode(_ value: UInt64) throws { encoder.node = JSONNode(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.node = try JSONTreeEncoder.node(of: value, codingPath: codingPath)
    }
}

extension JSONNode {
    /// An integer's decimal text.
    init(_ value: some BinaryInteger) {
        self = .number(String(value))
    }
}
