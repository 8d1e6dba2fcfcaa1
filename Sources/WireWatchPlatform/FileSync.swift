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

    /// Runs `body` with `fsync` disabled, then enables it again (the benchmark's floor without `fsync`).
    /// Benchmark only: see the type's documentation.
    static func withoutSyncForBenchmark<T>(_ body: () throws -> T) rethrows -> T {
        disabled.store(true, ordering: .relaxed)
        defer { disabled.store(false, ordering: .relaxed) }
        return try body()
    }

    /// `fsync(fd)`, or 0 when disabled for the benchmark.
    static func sync(_ fd: Int32) -> Int32 {
        isEnabled ? fsync(fd) : 0
    }
}

extension FileSync {
    /// `syncfs(2)`, looked up at run time: the Swift `Glibc` module does not declare it (it needs `_GNU_SOURCE`).
    private static let syncfsFunction: (@convention(c) (Int32) -> Int32)? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Flushes every written file of the file system holding `path` (`syncfs`; `sync` where `syncfs` is missing):
    /// one disk flush for a whole batch of files instead of one `fsync` each. A no-op when disabled for the
    /// benchmark.
    public static func syncFileSystem(containing path: String) throws(PlatformError) {
        guard isEnabled else { return }
        guard let syncfs = syncfsFunction else {
            Glibc.sync()
            return
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .syscall("open", path: path, errno: errno) }
        defer { close(fd) }
        guard syncfs(fd) == 0 else { throw .syscall("syncfs", path: path, errno: errno) }
    }
}
