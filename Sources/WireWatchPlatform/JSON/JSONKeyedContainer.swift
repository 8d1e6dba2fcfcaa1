/// Appends members to an object box, in the order they are encoded (``PrettyJSONEncoder`` sorts them).
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONObjectBox
    let codingPath: [any CodingKey]

    private func append(_ node: JSONNode, _ key: Key) {
        box.members.append((key.stringValue, node))
    }

    mutating func encodeNil(forKey key: Key) throws { append(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { append(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { append(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        append(try JSONTreeEncoder.number(value, codingPath: codingPath + [key]), key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        append(try JSONTreeEncoder.number(value, codingPath: codingPath + [key]), key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { append(JSONNode(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { append(JSONNode(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { append(JSONNode(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { append(JSONNode(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { append(JSONNode(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { append(JSONNode(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { append(JSONNode(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { append(JSONNode(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { append(JSONNode(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { append(JSONNode(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        append(try JSONTreeEncoder.node(of: value, codingPath: codingPath + [key]), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        append(.object(nested), key)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        append(.array(nested), key)
        return JSONUnkeyedContainer(box: nested, codingPath: codingPath + [key])
    }

    /// An encoder for an object under the key `super`.
    /// - Important: only keyed containers of the returned encoder reach the output (an object is assumed).
    mutating func superEncoder() -> any Encoder {
        superEncoder(named: "super")
    }

    /// An encoder for an object under `key`.
    /// - Important: only keyed containers of the returned encoder reach the output (an object is assumed).
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(named: key.stringValue)
    }

    private func superEncoder(named name: String) -> any Encoder {
        let nested = JSONObjectBox()
        box.members.append((name, .object(nested)))
        return JSONTreeEncoder(codingPath: codingPath, node: .object(nested))
    }
}
