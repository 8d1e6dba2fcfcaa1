import Glibc

/// Test hooks that make a stage hang, crash or slow down on purpose, for the fault tests (reliability/): never set
/// in production.
///
/// Read from the environment by ``fromEnvironment(_:)``:
/// - `WIREWATCH_TEST_HANG_ON=TEXT`: the parse stage of an input whose bytes contain `TEXT` never returns (a stuck
///   stage: the systemd watchdog must restart the daemon, and the attempt count quarantines the input).
/// - `WIREWATCH_TEST_CRASH_ON=TEXT`: the parse stage of such an input stops the process (a trap, as a crash in
///   a stage would).
/// - `WIREWATCH_TEST_DELAY_MS=N`: every input waits `N` milliseconds between intake and parse (a slow stage,
///   to widen races between the read and the move).
///
/// A process started with any of them logs `test.faults_enabled` at startup.
public struct StageFaults: Sendable, Equatable {
    public var hangOn: [UInt8]?
    public var crashOn: [UInt8]?
    public var delayMilliseconds: Int

    public init(hangOn: String? = nil, crashOn: String? = nil, delayMilliseconds: Int = 0) {
        self.hangOn = hangOn.flatMap { $0.isEmpty ? nil : Array($0.utf8) }
        self.crashOn = crashOn.flatMap { $0.isEmpty ? nil : Array($0.utf8) }
        self.delayMilliseconds = max(0, delayMilliseconds)
    }

    /// No faults.
    public static let none = StageFaults()

    /// The faults the environment asks for (`WIREWATCH_TEST_HANG_ON`, `WIREWATCH_TEST_CRASH_ON`,
    /// `WIREWATCH_TEST_DELAY_MS`).
    public static func fromEnvironment(_ environment: [String: String]) -> StageFaults {
        StageFaults(
            hangOn: environment["WIREWATCH_TEST_HANG_ON"], crashOn: environment["WIREWATCH_TEST_CRASH_ON"],
            delayMilliseconds: environment["WIREWATCH_TEST_DELAY_MS"].flatMap { Int($0) } ?? 0)
    }

    /// True when any fault is set.
    public var isEnabled: Bool { self != .none }

    /// Applies the faults to an input about to be parsed: waits, hangs or stops the process.
    func apply(to bytes: [UInt8]) {
        if delayMilliseconds > 0 { usleep(UInt32(min(delayMilliseconds, 600_000)) * 1000) }
        if let crashOn, Self.contains(bytes, crashOn) {
            fatalError("WIREWATCH_TEST_CRASH_ON matched: crashing the parse stage on purpose")
        }
        if let hangOn, Self.contains(bytes, hangOn) {
            while true { sleep(3600) }
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
