import CLibXML2

extension PageTree {
    /// Elements nested deeper than this are flattened into their ancestor at this depth (their text and
    /// paragraph breaks are kept), so that walks up the tree stay short on pathological markup.
    static let maximumDepth = 256

    /// Copies the visible elements and text of `document` into a tree, and gathers the metadata of `<head>`
    /// (and of meta and JSON-LD tags anywhere) into `head`. The walk is a loop over the libxml2 tree.
    init(document: HTMLDocument, head: inout PageHead) {
        self.init()
        guard let root = document.root else { return }
        nodes.reserveCapacity(4096)
        // Open elements of the copy, and for each libxml2 element descended into, whether it was opened.
        var open: [Int] = []
        var opened: [Bool] = []
        // libxml2 interns element names in the document's dictionary: one lookup per distinct name pointer.
        var names: [UnsafePointer<xmlChar>: (name: String, tag: HTMLTag, isDropped: Bool)] = [:]
        // Pages repeat the same `id` and `class` values: each distinct pair is classified once.
        var classifications: [[UInt8]: ElementClassification] = [:]
        var node = root
        walk: while true {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                guard let name = node.pointee.name else { break }
                let pointer = UnsafePointer(name)
                let known = names[pointer] ?? {
                    let name = Self.string(pointer)
                    let entry = (name, HTMLTag(name: name), HTMLTag.droppedNames.contains(name))
                    names[pointer] = entry
                    return entry
                }()
                if known.isDropped {
                    Self.collect(known.name, node, into: &head)
                } else if node.pointee.children == nil {
                    let index = appendElement(node, tag: known.tag, parent: open.last ?? -1, memo: &classifications)
                    nodes[index].end = Int32(nodes.count)
                } else {
                    descend = true
                    let index = appendElement(node, tag: known.tag, parent: open.last ?? -1, memo: &classifications)
                    let isOpened = open.count < Self.maximumDepth
                    if isOpened {
                        open.append(index)
                    } else {
                        // Too deep: kept as an empty marker (it still ends a paragraph); its content goes to the
                        // deepest open ancestor.
                        nodes[index].end = Int32(nodes.count)
                    }
                    opened.append(isOpened)
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    let collapsed = HTMLWhitespace.collapseRuns(utf8: content)
                    if !collapsed.text.isEmpty {
                        var text = PageNode(tag: .text, parent: Int32(open.last ?? -1), end: Int32(nodes.count + 1))
                        text.payload = Int32(texts.count)
                        texts.append(collapsed.text)
                        text.textLength = collapsed.length
                        text.commas = collapsed.commas
                        nodes.append(text)
                    }
                }
            default:
                break
            }
            if descend, let child = node.pointee.children {
                node = child
                continue
            }
            var cursor = node
            while true {
                if cursor == root { break walk }
                if let next = cursor.pointee.next {
                    node = next
                    continue walk
                }
                guard let parent = cursor.pointee.parent else { break walk }
                cursor = parent
                if opened.popLast() == true, let index = open.popLast() { nodes[index].end = Int32(nodes.count) }
            }
        }
        while let index = open.popLast() { nodes[index].end = Int32(nodes.count) }
        computeAggregates()
    }

    /// Records the metadata held by a dropped element (`head`, `meta`, `title`, JSON-LD `script`).
    private static func collect(_ name: String, _ node: xmlNodePtr, into head: inout PageHead) {
        switch name {
        case "head":
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE {
                    let childName = string(current.pointee.name)
                    if childName != "head" { collect(childName, current, into: &head) }
                }
                child = current.pointee.next
            }
        case "meta":
            var key: String?
            var content: String?
            var attribute = node.pointee.properties
            while let current = attribute {
                attribute = current.pointee.next
                let value = value(of: current)
                switch string(current.pointee.name) {
                case "name", "property", "itemprop": key = key ?? value.lowercased()
                case "content": content = value
                default: break
                }
            }
            if let key, let content { head.metas.append((key, content)) }
        case "title" where head.title == nil:
            head.title = HTMLWhitespace.collapse(textContent(node))
        case "script":
            var attribute = node.pointee.properties
            while let current = attribute {
                attribute = current.pointee.next
                guard string(current.pointee.name) == "type" else { continue }
                let value = value(of: current)
                if value.lowercased().contains("ld+json") { head.linkedData.append(textContent(node)) }
            }
        default:
            break
        }
    }

    /// The concatenated direct text children of an element (enough for `title` and `script`).
    private static func textContent(_ node: xmlNodePtr) -> String {
        var result = ""
        var child = node.pointee.children
        while let current = child {
            if let content = current.pointee.content { result += string(content) }
            child = current.pointee.next
        }
        return result
    }

    /// The text of an attribute.
    static func value(of attribute: xmlAttrPtr) -> String {
        guard let child = attribute.pointee.children, let content = child.pointee.content else { return "" }
        return string(content)
    }

    static func string(_ pointer: UnsafePointer<xmlChar>) -> String {
        String(cString: pointer)
    }
}
