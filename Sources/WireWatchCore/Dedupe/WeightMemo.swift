/// The term weights (inverse document frequencies) looked up during one admission, memoised: an admission weighs
/// the same terms again and again (its own against each candidate's, each unit against each other unit), and a
/// lookup here (an open-addressing table of `UInt32` keys) is much cheaper than the sketch's estimate and its
/// logarithm.
///
/// Valid while the statistics do not change: ``reset()`` it after each change. When the table is half full, further
/// terms are computed without being kept.
final class WeightMemo {
    private static let slotBits = 14
    private static let capacity = 1 << slotBits
    private let keys = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
    private let values = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
    /// The generation that filled each slot; a slot of another generation is empty.
    private let stamps = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
    private var generation: UInt32 = 1
    private var used = 0

    init() {
        stamps.initialize(repeating: 0, count: Self.capacity)
        keys.initialize(repeating: 0, count: Self.capacity)
        values.initialize(repeating: 0, count: Self.capacity)
    }

    deinit {
        keys.deallocate()
        values.deallocate()
        stamps.deallocate()
    }

    /// Forgets every weight (the statistics changed).
    func reset() {
        used = 0
        generation &+= 1
        if generation == 0 {
            stamps.update(repeating: 0, count: Self.capacity)
            generation = 1
        }
    }

    /// The weight of `term` by `statistics` (``TermStatistics/inverseFrequency(_:)``), memoised.
    func weight(_ term: UInt32, _ statistics: TermStatistics) -> Double {
        let mask = Self.capacity - 1
        var slot = Int(truncatingIfNeeded: (UInt64(term) &* 0x9e37_79b9_7f4a_7c15) >> UInt64(64 - Self.slotBits))
        while stamps[slot] == generation {
            if keys[slot] == term { return values[slot] }
            slot = (slot + 1) & mask
        }
        let value = statistics.inverseFrequency(term)
        if used < Self.capacity / 2 {
            stamps[slot] = generation
            keys[slot] = term
            values[slot] = value
            used += 1
        }
        return value
    }
}
