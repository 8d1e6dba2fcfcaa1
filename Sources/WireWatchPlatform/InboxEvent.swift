/// What the inbox watcher reports.
public enum InboxEvent: Sendable, Equatable {
    /// A name in the inbox was closed after writing or renamed in (already filtered: not hidden, not temporary).
    case file(String)
    /// The kernel's event queue overflowed (`IN_Q_OVERFLOW`): events were lost, so the inbox must be rescanned.
    case overflow
    /// The inbox itself was deleted, moved away or unmounted: the watch is gone and no event will follow.
    case watchGone
    /// A name that is not valid UTF-8, kept as raw bytes: the service renames the entry (``InboxNameRepair``).
    case undecodableName([UInt8])
}
