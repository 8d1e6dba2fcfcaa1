import Testing
import WireWatchCore

struct ContentHashTests {
    @Test func knownDigests() {
        #expect(ContentHash.sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func articleIDIgnoresFormatting() {
        let a = ArticleAssembler.articleID(body: ["Hello,  World!", "Second line."], headline: nil)
        let b = ArticleAssembler.articleID(body: ["hello world second", "line"], headline: nil)
        #expect(a == b)
        #expect(a.count == 16)
    }
}
