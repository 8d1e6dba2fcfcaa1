/// One paragraph of extracted text with how much of it is link text.
struct CollectedParagraph: Sendable, Equatable {
    var text: String
    /// Characters inside links.
    var linkLength: Int
    /// The tag of the block that holds the paragraph (`p`, `li`, `h2`...); `div` for loose text.
    var tag: HTMLTag

    /// Share of the characters inside links.
    var linkDensity: Double {
        text.isEmpty ? 0 : Double(linkLength) / Double(text.unicodeScalars.count)
    }
}

/// Turns the chosen content into paragraphs in reading order: each block element's text (white space
/// collapsed) is one paragraph; two or more `<br>` in a row also end a paragraph.
struct ParagraphCollector {
    func paragraphs(in tree: PageTree, roots: [Int]) -> [CollectedParagraph] {
        var output: [CollectedParagraph] = []
        for root in roots { collect(tree, root: root, into: &output) }
        return output
    }

    private func collect(_ tree: PageTree, root: Int, into output: inout [CollectedParagraph]) {
        let nodes = tree.nodes
        var buffer = ""
        var linkLength = 0
        var pendingBreaks = 0
        var blockTags: [(end: Int, tag: HTMLTag)] = []
        var linkEnd = 0
        func flush() {
            let text = HTMLWhitespace.collapse(buffer)
            if !text.isEmpty {
                output.append(CollectedParagraph(text: text, linkLength: linkLength, tag: blockTags.last?.tag ?? .div))
            }
            buffer = ""
            linkLength = 0
            pendingBreaks = 0
        }
        var index = root
        let end = Int(nodes[root].end)
        while index < end {
            while let last = blockTags.last, last.end <= index {
                flush()
                blockTags.removeLast()
            }
            let node = nodes[index]
            if node.isRemoved {
                index = Int(node.end)
                continue
            }
            switch node.tag {
            case .text:
                let text = tree.text(ofNode: index)
                let isBlank = text == " "
                if pendingBreaks >= 2, !isBlank {
                    flush()
                } else if pendingBreaks == 1 {
                    buffer += " "
                }
                if !isBlank { pendingBreaks = 0 }
                buffer += text
                if index < linkEnd { linkLength += Int(node.textLength) }
            case .br:
                pendingBreaks += 1
            case .img:
                break
            case .td, .th:
                // The cells of a row read as one line.
                buffer += " "
            default:
                if node.flags.contains(.link) { linkEnd = max(linkEnd, Int(node.end)) }
                if node.tag.isBlock {
                    flush()
                    blockTags.append((Int(node.end), node.tag))
                }
            }
            index += 1
        }
        while !blockTags.isEmpty {
            flush()
            blockTags.removeLast()
        }
        flush()
    }
}
