/// A value being encoded. Containers are reference boxes, filled after they are handed out (as `Encoder`
/// containers are).
enum JSONNode {
    case null
    case bool(Bool)
    /// The number's JSON text.
    case number(String)
    case string(String)
    case array(JSONArrayBox)
    case object(JSONObjectBox)
}

final class JSONArrayBox {
    var items: [JSONNode] = []
}

final class JSONObjectBox {
    var members: [(key: String, value: JSONNode)] = []
}
