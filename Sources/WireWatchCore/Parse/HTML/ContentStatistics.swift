/// Counts inside one block, used to judge whether it is prose: paragraphs, images, list items, and how much of
/// its text sits in headings, lists and text-bearing elements.
struct ContentStatistics: Sendable {
    var paragraphs = 0
    var images = 0
    var listItems = 0
    /// Characters inside `ul`/`ol`.
    var listLength = 0
    /// Characters inside `span`, `li`, `td`, `p`, `div` and other text holders, or loose directly in the block.
    var textishLength = 0
    /// Share of the block's characters inside headings.
    var headingDensity = 0.0
    /// True when the block holds an element that keeps a `div` from being one paragraph.
    var hasBlockDescendant = false

    init(_ root: Int, tree: PageTree) {
        let nodes = tree.nodes
        var headingLength = 0
        var listEnd = 0
        var textishEnd = 0
        var headingEnd = 0
        var index = root + 1
        let end = Int(nodes[root].end)
        while index < end {
            let node = nodes[index]
            if node.isRemoved {
                index = Int(node.end)
                continue
            }
            switch node.tag {
            case .p: paragraphs += 1
            case .img: images += 1
            case .li: listItems += 1
            default: break
            }
            if ParagraphUnit.isParagraphBreaking(node.tag) { hasBlockDescendant = true }
            if index >= listEnd, node.tag == .ul || node.tag == .ol {
                listLength += Int(node.textLength)
                listEnd = Int(node.end)
            }
            if index >= headingEnd, node.tag.isHeading {
                headingLength += Int(node.textLength)
                headingEnd = Int(node.end)
            }
            if index >= textishEnd, Self.isTextish(node.tag) || node.tag == .text && Int(node.parent) == root {
                textishLength += Int(node.textLength)
                textishEnd = Int(node.end)
            }
            index += 1
        }
        let length = Int(nodes[root].textLength)
        headingDensity = length > 0 ? Double(headingLength) / Double(length) : 0
    }

    private static func isTextish(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .span, .li, .td, .blockquote, .dl, .div, .img, .ol, .p, .pre, .table, .ul: true
        default: false
        }
    }

    /// True when the whole text is an advertisement or loading label.
    static func isAdvertisementLabel(_ text: String) -> Bool {
        let labels: Set<String> = [
            "ad", "ads", "advertising", "advertisement", "pub", "publicité", "werbung", "广告", "реклама", "anuncio",
            "loading", "loading...", "loading…", "chargement", "cargando",
        ]
        return text.utf8.count < 60 && text.count < 20 && labels.contains(text.lowercased())
    }
}
