/// Time spent in each stage over a run, in milliseconds, summed over the inputs that reached the serial stage.
/// The parallel stages (intake, state, parse, attribute) add up across workers, so the total can exceed the
/// wall-clock time; the shares say where the work goes.
public struct StageTotals: Sendable, Equatable {
    /// Inputs counted.
    public var inputs = 0
    /// Reading the file and hashing it.
    public var intake = 0.0
    /// The state database: the content's record and its attempt count (one commit per new content).
    public var state = 0.0
    public var parse = 0.0
    public var attribute = 0.0
    public var dedupe = 0.0
    /// Output files, the ledger and the state commit (the batch's durable step shared among its inputs).
    public var write = 0.0

    public init() {}

    /// The sum of every stage.
    public var total: Double { intake + state + parse + attribute + dedupe + write }

    /// Each stage's milliseconds by name: `intake`, `state`, `parse`, `attribute`, `dedupe`, `write`.
    public var milliseconds: [String: Double] {
        [
            "intake": intake, "state": state, "parse": parse, "attribute": attribute, "dedupe": dedupe,
            "write": write,
        ]
    }

    mutating func add(_ timings: StageTimings) {
        inputs += 1
        intake += timings.intake
        state += timings.state
        parse += timings.parse
        attribute += timings.attribute
        dedupe += timings.dedupe
        write += timings.write
    }

    mutating func add(_ other: StageTotals) {
        inputs += other.inputs
        intake += other.intake
        state += other.state
        parse += other.parse
        attribute += other.attribute
        dedupe += other.dedupe
        write += other.write
    }
}
