/// Cleans the chosen article content: removes share widgets, bylines, furniture headings, and blocks that look
/// like navigation, link lists or image galleries rather than prose (readability's conditional cleaning).
struct ContentCleaner {
    /// Run the conditional cleaning of tables, lists and divisions.
    var cleanConditionally = true

    /// Removes boilerplate inside the subtrees `roots`.
    func clean(_ tree: inout PageTree, roots: [Int]) {
        for root in roots { removeWidgets(&tree, root: root) }
        guard cleanConditionally else { return }
        let context = Context(tree)
        for tags in [[HTMLTag.form, .fieldset], [.table], [.ul, .ol], [.div, .section, .header]] {
            for root in roots {
                for index in elements(tags, in: root, tree: tree).reversed()
                where isBoilerplate(index, tree: tree, context: context) {
                    tree.remove(index)
                }
            }
        }
    }

    /// Elements with one of `tags` in the subtree of `root` (itself included), in document order.
    private func elements(_ tags: [HTMLTag], in root: Int, tree: PageTree) -> [Int] {
        var result: [Int] = []
        var index = root
        while index < Int(tree.nodes[root].end) {
            let node = tree.nodes[index]
            if node.isRemoved {
                index = Int(node.end)
                continue
            }
            if tags.contains(node.tag) { result.append(index) }
            index += 1
        }
        return result
    }

    /// Removes share and print widgets, byline blocks, and headings whose class names mark furniture.
    private func removeWidgets(_ tree: inout PageTree, root: Int) {
        var index = root + 1
        while index < Int(tree.nodes[root].end) {
            let node = tree.nodes[index]
            if node.isRemoved || node.tag == .text {
                index = node.isRemoved ? Int(node.end) : index + 1
                continue
            }
            let isWidget = node.hints.contains(.share) && node.textLength < 500
            // Bylines, and author boxes (a short biography) when they are a small part of the content.
            let isByline = node.hints.contains(.byline) && !node.tag.isHeading
                && (node.textLength < 100 || node.textLength < 1000 && isMinor(index, of: root, tree: tree))
            let isFurnitureHeading = (node.tag == .h1 || node.tag == .h2) && node.classWeight < 0
            let isMedia = node.tag == .figure || node.tag == .figcaption
                || node.hints.contains(.media) && isMinor(index, of: root, tree: tree)
            let isHeader = node.tag == .header && isMinor(index, of: root, tree: tree)
            if isWidget || isByline || isFurnitureHeading || isMedia || isHeader || isLinkCluster(index, tree: tree) {
                tree.remove(index)
                index = Int(node.end)
            } else {
                index += 1
            }
        }
    }

    /// An inline element inside a paragraph that holds nothing but three or more links: a hover card or an
    /// inline list of related stories.
    private func isLinkCluster(_ index: Int, tree: PageTree) -> Bool {
        let node = tree.nodes[index]
        guard !node.tag.isBlock, !node.flags.contains(.link), node.textLength >= 40,
            node.linkLength * 10 >= node.textLength * 9, tree.count(.a, in: index) >= 3
        else { return false }
        var ancestor = Int(node.parent)
        for _ in 0..<4 where ancestor >= 0 {
            if tree.nodes[ancestor].tag == .p { return true }
            ancestor = Int(tree.nodes[ancestor].parent)
        }
        return false
    }

    /// True when the block holds a small part of the content: under a third of it and no long paragraph.
    private func isMinor(_ index: Int, of root: Int, tree: PageTree) -> Bool {
        let length = tree.nodes[index].textLength
        guard length * 3 < tree.nodes[root].textLength else { return false }
        var position = index + 1
        while position < Int(tree.nodes[index].end) {
            let node = tree.nodes[position]
            if node.tag == .p, node.textLength >= 300, !node.isRemoved { return false }
            position += 1
        }
        return true
    }

    /// Readability's test for a table, list or division that is not part of the prose.
    func isBoilerplate(_ index: Int, tree: PageTree, context: Context) -> Bool {
        let node = tree.nodes[index]
        if node.flags.contains(.articleBody) { return false }
        if node.tag == .table, isDataTable(index, tree: tree) { return false }
        if context.inCode[index] { return false }
        let weight = Int(node.classWeight)
        let stats = ContentStatistics(index, tree: tree)
        // A furniture class name (`widget`, `meta`...) does not outweigh several paragraphs of plain prose.
        let isProse = node.textLength >= 1000 && stats.paragraphs >= 3 && tree.linkDensity(index) < 0.2
        if weight < 0, !isProse { return true }
        if node.commas >= 10 { return false }
        // A division of inline content only is a paragraph, not a container.
        if node.tag == .div, !stats.hasBlockDescendant { return false }
        let length = Int(node.textLength)
        let isList = node.tag == .ul || node.tag == .ol || length > 0 && Double(stats.listLength) / Double(length) > 0.9
        let inFigure = context.inFigure[index]
        let density = tree.linkDensity(index)
        if length < 20, ContentStatistics.isAdvertisementLabel(tree.text(of: index)) { return true }
        var remove = false
        if !inFigure, stats.images > 1, Double(stats.paragraphs) / Double(stats.images) < 0.5 { remove = true }
        if !isList, stats.listItems - 100 > stats.paragraphs { remove = true }
        if !isList, !inFigure, stats.headingDensity < 0.9, length < 25, stats.images == 0 || stats.images > 2,
            density > 0
        {
            remove = true
        }
        if !isList, weight < 25, density > 0.2 { remove = true }
        if weight >= 25, density > 0.5 { remove = true }
        if stats.images == 0, stats.textishLength == 0, length > 0 { remove = true }
        if isList, remove, stats.listItems > 0, stats.images == stats.listItems { return false }
        return remove
    }

    /// A table of data (headers, a caption, or many rows) rather than a layout table.
    func isDataTable(_ index: Int, tree: PageTree) -> Bool {
        let rows = tree.count(.tr, in: index)
        if rows >= 10 { return true }
        if tree.count(.table, in: index) > 0 { return false }
        return tree.count(.th, in: index) > 0 || tree.count(.caption, in: index) > 0 || tree.count(.thead, in: index) > 0
    }

    /// What each node is inside of, computed once per pass (parents come before children).
    struct Context {
        /// Inside `code` or `pre`.
        var inCode: [Bool]
        /// Inside `figure`.
        var inFigure: [Bool]

        init(_ tree: PageTree) {
            inCode = [Bool](repeating: false, count: tree.nodes.count)
            inFigure = inCode
            for index in tree.nodes.indices {
                let parent = Int(tree.nodes[index].parent)
                guard parent >= 0 else { continue }
                let tag = tree.nodes[parent].tag
                inCode[index] = inCode[parent] || tag == .code || tag == .pre
                inFigure[index] = inFigure[parent] || tag == .figure
            }
        }
    }
}
