import Foundation

extension BenchmarkReport {
    /// A short human table of the report.
    public var table: String {
        var lines = [
            "wirewatch bench \(label.isEmpty ? "" : label + " ")\(date)",
            "machine: \(machine.cores) cores, \(machine.cpu), \(machine.fileSystem), load "
                + machine.loadAverage.map { Self.format($0, 2) }.joined(separator: " "),
        ]
        if !process.isEmpty {
            lines.append("")
            lines.append("process, end to end (inputs read, outputs durable)")
            let rows = process.map { run in
                [
                    run.process.completed ? "\(run.corpus.files)" : "\(run.process.articles)/\(run.corpus.files)",
                    Self.format(run.process.articlesPerSecond, 0),
                    Self.format(run.process.megabytesPerSecond, 2), Self.format(run.process.coresUsed, 2),
                    Self.format(run.process.peakResidentMB, 1),
                    run.processWithoutFsync.map { Self.format($0.articlesPerSecond, 0) } ?? "-",
                    run.floor.map { Self.format($0.articlesPerSecond, 0) } ?? "-",
                    run.floorWithoutFsync.map { Self.format($0.articlesPerSecond, 0) } ?? "-",
                ]
            }
            lines += Self.grid(
                ["articles", "art/s", "MB/s", "cores", "peak MB", "no-fsync art/s", "floor art/s", "floor no-fsync"],
                rows)
            for run in process {
                let shares = Self.stageOrder.compactMap { stage in
                    run.process.stageShares[stage].map { "\(stage) \(Self.format($0 * 100, 1))%" }
                }
                lines.append("stage shares at \(run.corpus.files): " + shares.joined(separator: ", "))
            }
            if let slope = processResidentBytesPerArticle {
                lines.append("process memory: \(Self.format(slope, 0)) resident bytes per article")
            }
        }
        if let daemon { lines += Self.daemonLines(daemon) }
        return lines.joined(separator: "\n")
    }

    static let stageOrder = ["intake", "state", "parse", "attribute", "dedupe", "write"]

    private static func daemonLines(_ daemon: DaemonLatencyMeasurement) -> [String] {
        var lines = [
            "",
            "daemon latency, rename into inbox -> article JSON in place (ms); start-up "
                + format(daemon.startupSeconds, 2) + " s",
        ]
        let rows = [daemon.idle, daemon.sustained].map { phase in
            [
                phase.name, "\(phase.drops)", "\(phase.completed)", format(phase.dropsPerSecond, 1),
                phase.latency.map { format($0.p50, 2) } ?? "-", phase.latency.map { format($0.p90, 2) } ?? "-",
                phase.latency.map { format($0.p99, 2) } ?? "-", phase.latency.map { format($0.max, 2) } ?? "-",
            ]
        }
        lines += grid(["phase", "drops", "done", "drops/s", "p50", "p90", "p99", "max"], rows)
        let windows = daemon.sustained.windows.map { $0.map { format($0.p99, 1) } ?? "-" }
        lines.append(
            "sustained p99 per \(format(daemon.sustained.windowSeconds, 0)) s: " + windows.joined(separator: ", "))
        var memory = "daemon memory: peak \(format(daemon.peakResidentMB, 1)) MB"
        if let slope = daemon.residentBytesPerIndexedArticle {
            memory += ", \(format(slope, 0)) resident bytes per indexed article"
        }
        if let last = daemon.memory.last {
            memory += " (\(format(last.residentMB, 1)) MB at \(last.indexed) articles)"
        }
        lines.append(memory)
        return lines
    }

    /// Columns as wide as their widest cell: the first left-aligned, the others right-aligned.
    private static func grid(_ header: [String], _ rows: [[String]]) -> [String] {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        return ([header] + rows).map { cells in
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
    }

    static func format(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }
}
