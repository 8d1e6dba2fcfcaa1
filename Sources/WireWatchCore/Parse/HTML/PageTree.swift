/// One element or text node of a ``PageTree``.
struct PageNode: Sendable {
    /// Properties read from an element's attributes.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// `hidden`, `aria-hidden="true"`, or an inline style that hides it.
        static let hidden = Flags(rawValue: 1 << 0)
        /// An `<a>` with an `href`.
        static let link = Flags(rawValue: 1 << 1)
        /// `itemprop="articleBody"` (schema.org microdata).
        static let articleBody = Flags(rawValue: 1 << 2)
        /// A landmark or widget role that is never the article (`navigation`, `menu`, `complementary`, ...).
        static let chromeRole = Flags(rawValue: 1 << 3)
        /// `role="main"` or `role="article"`.
        static let mainRole = Flags(rawValue: 1 << 4)
    }

    var tag: HTMLTag
    var flags: Flags = []
    /// Index of the parent, -1 for the root.
    var parent: Int32
    /// One past the last index of this node's subtree (nodes are stored in document order).
    var end: Int32 = 0
    /// For a text node, its index in ``PageTree/texts``; for an element with a `class`, its index in
    /// ``PageTree/classNames``; otherwise -1. (Strings live outside the node so that nodes copy cheaply.)
    var payload: Int32 = -1
    /// What the element's `id` and `class` name (furniture, comments, share widget...).
    var hints: ElementHints = []
    /// The readability weight of the `id` and `class` (-50...50).
    var classWeight: Int16 = 0
    /// Visible characters in the subtree (white space runs count as one).
    var textLength: Int32 = 0
    /// Characters of the subtree inside links.
    var linkLength: Int32 = 0
    /// Commas (Latin and CJK) in the subtree's text.
    var commas: Int32 = 0
    /// True once the node (or an ancestor) was cut out as boilerplate.
    var isRemoved = false
}

/// A compact copy of a page's body: nodes in document order, so a subtree is a contiguous index range and
/// every walk is a loop (deeply nested markup cannot overflow the stack).
struct PageTree: Sendable {
    var nodes: [PageNode] = []
    /// The text of each text node, white space collapsed to single spaces (kept at the ends).
    var texts: [String] = []
    /// The lower-cased `class` of each element that has one.
    var classNames: [String] = []

    /// The text of the text node at `index`, empty for an element.
    func text(ofNode index: Int) -> String {
        let node = nodes[index]
        return node.tag == .text && node.payload >= 0 ? texts[Int(node.payload)] : ""
    }

    /// The lower-cased `class` of the element at `index`, empty when it has none.
    func classes(of index: Int) -> String {
        let node = nodes[index]
        return node.tag != .text && node.payload >= 0 ? classNames[Int(node.payload)] : ""
    }

    /// The index of the first `<body>` (or the root when there is none).
    var bodyIndex: Int {
        nodes.firstIndex { $0.tag == .body } ?? 0
    }

    /// Indices of the direct children of `index` that are not removed.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        let end = Int(nodes[index].end)
        while child < end {
            if !nodes[child].isRemoved { result.append(child) }
            child = Int(nodes[child].end)
        }
        return result
    }

    /// Indices of the direct element children of `index` (no text nodes) that are not removed.
    func elementChildren(of index: Int) -> [Int] {
        children(of: index).filter { nodes[$0].tag != .text }
    }

    /// True when `descendant` lies strictly inside the subtree of `ancestor`.
    func contains(_ ancestor: Int, _ descendant: Int) -> Bool {
        descendant > ancestor && descendant < Int(nodes[ancestor].end)
    }

    /// The ratio of link text to all text in the subtree.
    func linkDensity(_ index: Int) -> Double {
        let node = nodes[index]
        return node.textLength > 0 ? Double(node.linkLength) / Double(node.textLength) : 0
    }

    /// The subtree's text with white space collapsed, blocks separated by spaces.
    func text(of index: Int) -> String {
        var pieces = ""
        var position = index
        let end = Int(nodes[index].end)
        while position < end {
            let node = nodes[position]
            if node.isRemoved {
                position = Int(node.end)
                continue
            }
            if node.tag == .text {
                pieces += text(ofNode: position)
            } else if node.tag.isBlock || node.tag == .br {
                pieces += " "
            }
            position += 1
        }
        return HTMLWhitespace.collapse(pieces)
    }

    /// Counts elements with `tag` in the subtree of `index`.
    func count(_ tag: HTMLTag, in index: Int) -> Int {
        var total = 0
        for position in index + 1..<Int(nodes[index].end) where nodes[position].tag == tag && !nodes[position].isRemoved {
            total += 1
        }
        return total
    }

    /// Cuts the subtree of `index` out of the page and takes its text out of its ancestors' counts.
    mutating func remove(_ index: Int) {
        guard !nodes[index].isRemoved else { return }
        for position in index..<Int(nodes[index].end) { nodes[position].isRemoved = true }
        let removed = nodes[index]
        var ancestor = Int(removed.parent)
        var linkDelta = removed.linkLength
        while ancestor >= 0 {
            if nodes[ancestor].flags.contains(.link) { linkDelta = removed.textLength }
            nodes[ancestor].textLength -= removed.textLength
            nodes[ancestor].linkLength -= linkDelta
            nodes[ancestor].commas -= removed.commas
            ancestor = Int(nodes[ancestor].parent)
        }
    }

    /// Fills `textLength`, `linkLength` and `commas` of every node from the text nodes that are not removed.
    /// A text node's own length and commas are set when it is created and never change.
    mutating func computeAggregates() {
        for index in nodes.indices where nodes[index].tag != .text {
            nodes[index].textLength = 0
            nodes[index].linkLength = 0
            nodes[index].commas = 0
        }
        for index in nodes.indices.reversed() {
            if nodes[index].isRemoved { continue }
            if nodes[index].tag != .text, nodes[index].flags.contains(.link) {
                nodes[index].linkLength = nodes[index].textLength
            }
            let parent = Int(nodes[index].parent)
            if parent >= 0 {
                nodes[parent].textLength += nodes[index].textLength
                nodes[parent].linkLength += nodes[index].linkLength
                nodes[parent].commas += nodes[index].commas
            }
        }
    }
}
