import ArgumentParser

@main
struct WireWatch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wirewatch",
        abstract: "Watches an inbox of news articles and writes who said what, copies and stories as JSON.",
        subcommands: [Run.self, ProcessOnce.self, CheckConfig.self, Bench.self, BenchDedupe.self]
    )
}
