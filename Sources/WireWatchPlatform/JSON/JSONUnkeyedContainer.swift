/// Appends items to an array box.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let box: JSONArrayBox
    let codingPath: [any CodingKey]
    var count: Int { box.items.count }

    private var indexKey: JSONIndexKey { JSONIndexKey(index: box.items.count) }

    mutating func encodeNil() throws { box.items.append(.null) }
    mutating func encode(_ value: Bool) throws { box.items.append(.bool(value)) }
    mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
    mutating func encode(_ value: Double) throws {
        box.items.append(try JSONTreeEncoder.number(value, codingPath: codingPath + [indexKey]))
    }
    mutating func encode(_ value: Float) throws {
        box.items.append(try JSONTreeEncoder.number(value, codingPath: codingPath + [indexKey]))
    }
    mutating func encode(_ value: Int) throws { box.items.append(JSONNode(value)) }
    mutating func encode(_ value: Int8) throws { box.items.append(JSONNode(value)) }
    mutating func encode(_ value: Int16) throws { box.items.append(JSONNode(value)) }
    mutating func encode(_ value: Int32) throws { box.items.append(JSONNode(value)) }
    mutating func encode(_ value: Int64) throws { box.items.append(JSONNode(value)) }
    mutating func encode(_ value: UInt) throws { box.items.append(JSONNode(value)) }
    mutating func encode(_ value: UInt8) throws { box.items.append(JSONNode(value)) }
    mutating func encode(_ value: UInt16) throws { box.items.append(JSONNode(value)) }
    mutating func encode(_ value: UInt32) throws { box.items.append(JSONNode(value)) }
    mutating func encode(_ value: UInt64) throws { box.items.append(JSONNode(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        box.items.append(try JSONTreeEncoder.node(of: value, codingPath: codingPath + [indexKey]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        let path = codingPath + [indexKey]
        box.items.append(.object(nested))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        let path = codingPath + [indexKey]
        box.items.append(.array(nested))
        return JSONUnkeyedContainer(box: nested, codingPath: path)
    }

    /// An encoder for an object item.
    /// - Important: only keyed containers of the returned encoder reach the output (an object is assumed).
    mutating func superEncoder() -> any Encoder {
        let nested = JSONObjectBox()
        let path = codingPath + [indexKey]
        box.items.append(.object(nested))
        return JSONTreeEncoder(codingPath: path, node: .object(nested))
    }
}

/// The coding key of an array item (for coding paths in errors).
struct JSONIndexKey: CodingKey {
    let index: Int
    var stringValue: String { "Index \(index)" }
    var intValue: Int? { index }

    init(index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init(intValue: Int) { index = intValue }
}
