import Glibc
import Synchronization

/// Every `fsync` of the platform layer goes through here, so that the benchmark can measure what durability costs.
///
/// - Important: ``disableForBenchmark()`` is for `wirewatch bench` only, never for production: without `fsync`
///   a power failure can lose outputs, ledger lines and state that the pipeline already treated as durable, and
///   inputs already moved away would then be lost.
public enum FileSync {
    private static let disabled = Atomic<Bool>(false)

    /// True unless the benchmark turned `fsync` off in this process.
    public static var isEnabled: Bool { !disabled.load(ordering: .relaxed) }

    /// Turns every `fsync` of this process into a no-op, and the state database's `synchronous` to `OFF`.
    /// Benchmark only: see the type's documentation.
    public static func disableForBenchmark() {
        disabled.store(true, ordering: .relaxed)
    }

    /// `fsync(fd)`, or 0 when disabled for the benchmark.
    static func sync(_ fd: Int32) -> Int32 {
        isEnabled ? fsync(fd) : 0
    }
}
