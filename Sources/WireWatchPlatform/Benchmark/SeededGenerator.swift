/// A small deterministic random source (SplitMix64). The same seed gives the same sequence on every platform and
/// Swift version, which the standard library's generators and `random(in:using:)` do not promise.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A sequence for `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// An independent sequence for one item of a stream: `seed` is the corpus seed, `stream` names the purpose
    /// (facts, body, furniture...) and `index` the item, so any item can be generated alone, in any order.
    public init(seed: UInt64, stream: UInt64, index: Int) {
        var mixer = SeededGenerator(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next() ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15)
        _ = next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A whole number in `0..<count` (`count` > 0).
    public mutating func below(_ count: Int) -> Int {
        precondition(count > 0, "below(_:) needs a positive count")
        return Int(next().multipliedFullWidth(by: UInt64(count)).high)
    }

    /// A whole number in `range`.
    public mutating func number(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < probability
    }

    /// One element of a non-empty array.
    public mutating func pick<Element>(_ items: [Element]) -> Element {
        items[below(items.count)]
    }

    /// `count` distinct elements of `items` (all of them, shuffled, when `count` >= `items.count`).
    public mutating func pick<Element>(_ count: Int, of items: [Element]) -> [Element] {
        var pool = items
        var chosen: [Element] = []
        while chosen.count < count, !pool.isEmpty {
            chosen.append(pool.remove(at: below(pool.count)))
        }
        return chosen
    }
}
