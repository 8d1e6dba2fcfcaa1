import Testing
@testable import WireWatchCore

struct HTMLFragmentTextTests {
    @Test func turnsBlocksIntoParagraphsAndDropsScripts() {
        let html = "<div><p>The <b>port</b> reopened.</p><script>var a = '<p>';</script>"
            + "<p>Ships&nbsp;returned &amp; docked.</p></div>"
        let lines = TextNormalizer().lines(of: HTMLFragmentText.text(of: html)).filter { !$0.isEmpty }
        #expect(lines == ["The port reopened.", "Ships returned & docked."])
    }

    @Test func decodesCharacterReferences() {
        #expect(HTMLFragmentText.decodeEntities("&#8220;Yes&#x201D; &rsquo;&unknown; &") == "“Yes” ’&unknown; &")
    }
}
