import CLibXML2

/// What an element's `id` and `class` say about it, computed once per distinct pair of values in a page.
struct ElementClassification {
    var hints: ElementHints
    var classWeight: Int16
    /// The lower-cased `class`, empty when there is none.
    var classes: String
}

extension PageTree {
    /// Appends an element with its attributes read; returns its index. Attribute names are compared as bytes and
    /// only the values that matter are read (not `src`, `srcset`, `data-*`...).
    mutating func appendElement(
        _ node: xmlNodePtr, tag: HTMLTag, parent: Int, memo: inout [[UInt8]: ElementClassification]
    ) -> Int {
        var element = PageNode(tag: tag, parent: Int32(parent))
        var identifier: UnsafePointer<xmlChar>?
        var classes: UnsafePointer<xmlChar>?
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let name = current.pointee.name else { continue }
            if Self.isName(name, "id") {
                identifier = Self.valuePointer(of: current)
            } else if Self.isName(name, "class") {
                classes = Self.valuePointer(of: current)
            } else if Self.isName(name, "hidden") {
                element.flags.insert(.hidden)
            } else if Self.isName(name, "style") {
                if let style = Self.valuePointer(of: current), Self.hidesElement(style: style) {
                    element.flags.insert(.hidden)
                }
            } else if Self.isName(name, "href") {
                if element.tag == .a { element.flags.insert(.link) }
            } else if Self.isName(name, "aria-hidden") {
                if Self.value(of: current).lowercased() == "true" { element.flags.insert(.hidden) }
            } else if Self.isName(name, "itemprop") {
                if Self.value(of: current).lowercased().split(separator: " ").contains("articlebody") {
                    element.flags.insert(.articleBody)
                }
            } else if Self.isName(name, "role") {
                element.flags.formUnion(Self.roleFlags(Self.value(of: current).lowercased()))
            }
        }
        let identifierBytes = identifier.map(Self.lowercasedBytes) ?? []
        let classBytes = classes.map(Self.lowercasedBytes) ?? []
        if !identifierBytes.isEmpty || !classBytes.isEmpty {
            let key = identifierBytes + [0] + classBytes
            let known =
                memo[key]
                ?? {
                    let entry = ElementClassification(
                        hints: ElementHints(identifier: identifierBytes, classes: classBytes),
                        classWeight: Int16(ElementHints.weight(identifierBytes) + ElementHints.weight(classBytes)),
                        classes: String(decoding: classBytes, as: UTF8.self))
                    memo[key] = entry
                    return entry
                }()
            element.hints = known.hints
            element.classWeight = known.classWeight
            if !known.classes.isEmpty {
                element.payload = Int32(classNames.count)
                classNames.append(known.classes)
            }
        }
        nodes.append(element)
        return nodes.count - 1
    }

    /// The flags of a lower-cased `role`.
    private static func roleFlags(_ role: String) -> PageNode.Flags {
        switch role {
        case "navigation", "menu", "menubar", "complementary", "banner", "contentinfo", "alert", "alertdialog",
            "dialog", "search", "toolbar", "tablist":
            .chromeRole
        case "main", "article":
            .mainRole
        default:
            []
        }
    }

    /// True when the NUL-terminated `pointer` spells `name` (libxml2 gives HTML names in lower case).
    private static func isName(_ pointer: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
        xmlStrEqual(pointer, name.utf8Start) != 0
    }

    /// The text of an attribute, unconverted.
    private static func valuePointer(of attribute: xmlAttrPtr) -> UnsafePointer<xmlChar>? {
        attribute.pointee.children?.pointee.content.map { UnsafePointer($0) }
    }

    /// The bytes of a NUL-terminated value, lower-cased (ASCII directly, other text through `String`).
    static func lowercasedBytes(_ pointer: UnsafePointer<xmlChar>) -> [UInt8] {
        var bytes: [UInt8] = []
        var position = pointer
        var isASCII = true
        while position.pointee != 0 {
            let byte = position.pointee
            isASCII = isASCII && byte < 0x80
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            position += 1
        }
        return isASCII ? bytes : Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
    }

    /// True when an inline style hides the element (`display:none`, `visibility:hidden`; case and spaces
    /// ignored).
    static func hidesElement(style: UnsafePointer<xmlChar>) -> Bool {
        hiddenStyles.occurs(in: lowercasedBytes(style).filter { $0 != 0x20 })
    }

    /// Inline styles that hide an element, without spaces.
    static let hiddenStyles = BytePatterns("display:none", "visibility:hidden")
}
