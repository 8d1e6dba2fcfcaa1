/// The closure told of each change of the pipeline's counts, in a box: stored in a `Mutex` as a bare closure, it
/// gained a reabstraction thunk at every `withLock` access, and the chain of thunks grew until a call overflowed
/// the stack.
struct CountsObserver: Sendable {
    let notify: @Sendable (PipelineCounts) -> Void
}
