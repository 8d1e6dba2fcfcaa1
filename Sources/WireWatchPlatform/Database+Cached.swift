import GRDB

extension Database {
    /// Runs `sql` through the connection's statement cache: compiled once per connection, not at every call
    /// (compiling, with GRDB's authorizer, cost more than running these one-row statements).
    func executeCached(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
