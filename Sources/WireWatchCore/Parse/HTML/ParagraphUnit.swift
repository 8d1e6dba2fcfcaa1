/// A run of text that votes for the containers around it: a `p`, `pre` or `td`, a `div` that holds only inline
/// content, or a run of loose inline content inside a `div` (readability turns both of those into paragraphs).
struct ParagraphUnit: Sendable, Equatable {
    /// The node whose score the unit adds to first (its parent, for a `p`); then that node's ancestors.
    var anchor: Int
    /// Visible characters.
    var length: Int
    /// Commas in the text.
    var commas: Int
    /// Characters inside links.
    var linkLength: Int = 0

    /// The characters outside links, what the unit adds to a container's prose mass.
    var prose: Int { max(0, length - linkLength) }

    init(anchor: Int, length: Int, commas: Int, linkLength: Int = 0) {
        self.anchor = anchor
        self.length = length
        self.commas = commas
        self.linkLength = linkLength
    }

    /// The unit of a whole element.
    init(_ node: PageNode, anchor: Int) {
        self.init(anchor: anchor, length: Int(node.textLength), commas: Int(node.commas), linkLength: Int(node.linkLength))
    }

    /// The paragraph units of the tree, skipping removed nodes.
    static func units(in tree: PageTree) -> [ParagraphUnit] {
        let nodes = tree.nodes
        var hasBlock = [Bool](repeating: false, count: nodes.count)
        for index in nodes.indices.reversed() where !nodes[index].isRemoved {
            let parent = Int(nodes[index].parent)
            guard parent >= 0 else { continue }
            if hasBlock[index] || isParagraphBreaking(nodes[index].tag) { hasBlock[parent] = true }
        }
        var units: [ParagraphUnit] = []
        var index = 0
        while index < nodes.count {
            let node = nodes[index]
            if node.isRemoved {
                index = Int(node.end)
                continue
            }
            switch node.tag {
            case .p, .pre, .td:
                units.append(ParagraphUnit(node, anchor: Int(node.parent)))
            case .div where !hasBlock[index]:
                units.append(ParagraphUnit(node, anchor: Int(node.parent)))
            case .div, .section, .article, .main:
                units += looseRuns(in: index, tree: tree)
            default:
                break
            }
            index += 1
        }
        return units
    }

    /// Tags that keep a `div` from being read as one paragraph.
    static func isParagraphBreaking(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .blockquote, .dl, .div, .img, .ol, .p, .pre, .table, .ul, .section, .article, .main: true
        default: false
        }
    }

    /// Runs of text and inline elements directly inside `container`.
    private static func looseRuns(in container: Int, tree: PageTree) -> [ParagraphUnit] {
        var units: [ParagraphUnit] = []
        var length = 0
        var commas = 0
        var linkLength = 0
        func flush() {
            if length > 0 {
                units.append(ParagraphUnit(anchor: container, length: length, commas: commas, linkLength: linkLength))
            }
            length = 0
            commas = 0
            linkLength = 0
        }
        for child in tree.children(of: container) {
            let node = tree.nodes[child]
            if node.tag == .text || !node.tag.isBlock && node.tag != .img {
                length += Int(node.textLength)
                commas += Int(node.commas)
                linkLength += Int(node.linkLength)
            } else {
                flush()
            }
        }
        flush()
        return units
    }
}
