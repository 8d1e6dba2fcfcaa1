/// Encodes values as the bytes Foundation's `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` (two-space indents, `"key" : value`, keys in `String` order, empty containers as
/// `[\n\n]`, whole doubles without `.0`), several times faster: the value is collected into a small tree of
/// reference boxes, then written out in one pass into a byte buffer.
///
/// The output files (`articles/`, `stories/`) are written with it; `PrettyJSONEncoderTests` check that the bytes
/// equal `JSONEncoder`'s for every shape those records use.
/// - Important: dates, data, URLs and non-finite doubles are not supported (the records have none): they throw.
public struct PrettyJSONEncoder: Sendable {
    public init() {}

    /// The JSON text of `value`, without a final newline.
    public func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let root = try JSONTreeEncoder.node(of: value, codingPath: [])
        var output: [UInt8] = []
        output.reserveCapacity(8192)
        Self.write(root, indent: 0, into: &output)
        return output
    }

    static func write(_ node: JSONNode, indent: Int, into output: inout [UInt8]) {
        switch node {
        case .null: output += Self.null
        case .bool(let value): output += value ? Self.true : Self.false
        case .number(let text): output += text.utf8
        case .string(let text): writeString(text, into: &output)
        case .array(let box):
            output.append(UInt8(ascii: "["))
            output.append(newline)
            for (index, item) in box.items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")); output.append(newline) }
                pad(indent + 2, into: &output)
                write(item, indent: indent + 2, into: &output)
            }
            output.append(newline)
            pad(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let box):
            output.append(UInt8(ascii: "{"))
            output.append(newline)
            let members = box.members.count < 2 ? box.members : box.members.sorted { $0.key < $1.key }
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")); output.append(newline) }
                pad(indent + 2, into: &output)
                writeString(member.key, into: &output)
                output += Self.separator
                write(member.value, indent: indent + 2, into: &output)
            }
            output.append(newline)
            pad(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A quoted string: `"` and `\` escaped, control characters as `\n`, `\t`... or `\u00xx`; the rest as is.
    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                output += bytes[start..<index]
                start = index + 1
                switch byte {
                case 0x22: output += [0x5C, 0x22]
                case 0x5C: output += [0x5C, 0x5C]
                case 0x0A: output += [0x5C, UInt8(ascii: "n")]
                case 0x0D: output += [0x5C, UInt8(ascii: "r")]
                case 0x09: output += [0x5C, UInt8(ascii: "t")]
                case 0x08: output += [0x5C, UInt8(ascii: "b")]
                case 0x0C: output += [0x5C, UInt8(ascii: "f")]
                default:
                    output += [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")]
                    output.append(hexDigits[Int(byte >> 4)])
                    output.append(hexDigits[Int(byte & 0x0F)])
                }
            }
            output += bytes[start...]
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func pad(_ count: Int, into output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    private static let newline = UInt8(ascii: "\n")
    private static let separator: [UInt8] = Array(" : ".utf8)
    private static let null: [UInt8] = Array("null".utf8)
    private static let `true`: [UInt8] = Array("true".utf8)
    private static let `false`: [UInt8] = Array("false".utf8)
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
