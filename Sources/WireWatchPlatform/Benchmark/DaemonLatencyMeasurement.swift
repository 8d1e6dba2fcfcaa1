/// What the daemon latency benchmark measured: drop-to-output latency while idle and under a sustained drop rate,
/// and the daemon's resident memory as its index grows.
public struct DaemonLatencyMeasurement: Sendable, Equatable, Codable {
    /// One phase of drops.
    public struct Phase: Sendable, Equatable, Codable {
        public var name: String
        public var drops: Int
        /// Drops whose article appeared.
        public var completed: Int
        /// Drops per second achieved (idle: one at a time, with a gap).
        public var dropsPerSecond: Double
        public var seconds: Double
        /// Milliseconds from the rename into the inbox to the article JSON renamed into place.
        public var latency: LatencySummary?
        /// The latency per window of `windowSeconds`, in order (nil: no drop in that window).
        public var windows: [LatencySummary?]
        public var windowSeconds: Double
    }

    /// The daemon's memory at one point of the run.
    public struct MemoryPoint: Sendable, Equatable, Codable {
        /// Seconds since the daemon was ready.
        public var seconds: Double
        /// Articles written so far (the indexed articles).
        public var indexed: Int
        /// `VmRSS`, in MB (10^6 bytes).
        public var residentMB: Double
    }

    public var idle: Phase
    public var sustained: Phase
    /// Seconds from spawning the daemon to `inbox.ready`.
    public var startupSeconds: Double
    /// Peak resident memory of the daemon (`ru_maxrss`), in MB.
    public var peakResidentMB: Double
    public var memory: [MemoryPoint]
    /// Resident bytes added per article written, fitted over the memory points (least squares).
    public var residentBytesPerIndexedArticle: Double?
}
