// libFuzzer entry over the parse and attribute stages. Not part of the package: reliability/fuzz.sh compiles it
// together with Sources/WireWatchCore into one module with `swiftc -sanitize=fuzzer -parse-as-library`.
//
// The first input byte picks the file name (and so the format) the parser sees; the rest are the file's bytes.
// Thrown `PipelineError`s are expected answers; a trap, a crash or a hang (libFuzzer's -timeout) is a bug.

private let fuzzNames = ["article.txt", "feed.json", "page.html", "ARTICLE.HTM", "notes.md", "items.jsonl"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let name = fuzzNames[Int(data[0]) % fuzzNames.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let parsed: [ParsedArticle]
    do {
        parsed = try ArticleParser().parse(bytes, fileName: name)
    } catch {
        _ = error.code
        return 0
    }
    let source = ArticleSource(file: name, sha256: ContentHash.sha256Hex(bytes), bytes: bytes.count)
    for article in parsed {
        let attribution = Attributor().attribute(article)
        let assembled = ArticleAssembler.assemble(parsed: article, attribution: attribution, source: source)
        fuzzCheck(assembled, attribution: attribution)
    }
    return 0
}

/// Invariants every result must keep, whatever the input: ids of the documented shape, quotes and speakers that
/// refer to each other consistently.
private func fuzzCheck(_ article: Article, attribution: Attribution) {
    precondition(article.id.count == 16 && article.id.allSatisfy(\.isHexDigit), "article id shape")
    precondition(attribution.quotes.count == article.quotes.count, "quotes kept by the assembler")
}
