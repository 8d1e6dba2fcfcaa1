import Testing
@testable import WireWatchCore

struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test func parsesNestedValues() throws {
        let value = try parse(#"{"a": [1, 2.5, -3e2], "b": {"c": null, "d": true}, "e": "x"}"#)
        #expect(value.field("a") == .array([.number(1), .number(2.5), .number(-300)]))
        #expect(value.field("b")?.field("d") == .bool(true))
        #expect(value.field("e")?.string == "x")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try parse(#""line\nnext \u00e9 \ud83d\ude00 \"q\"""#) == .string("line\nnext é 😀 \"q\""))
    }

    @Test func refusesInvalidJSON() {
        for text in ["[1, 2", "{\"a\" 1}", "tru", "\"open", "[1,]", "01x", "{} {}"] {
            #expect(throws: JSONParser.Failure.self) { try parse(text) }
        }
    }

    @Test func limitsDepth() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONParser.Failure.self) { try parse(deep) }
    }
}
