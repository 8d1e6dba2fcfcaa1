import Glibc

/// Readings of the system clocks in seconds, for timings in logs and benchmarks.
enum ClockReading {
    /// Seconds on the monotonic clock (an arbitrary origin; only differences mean something).
    static func monotonic() -> Double { seconds(CLOCK_MONOTONIC) }

    /// Processor seconds used so far by all threads of this process.
    static func processCPU() -> Double { seconds(CLOCK_PROCESS_CPUTIME_ID) }

    /// Processor seconds used so far by the calling thread.
    static func threadCPU() -> Double { seconds(CLOCK_THREAD_CPUTIME_ID) }

    private static func seconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
