/// The text of a small HTML fragment (the `html` field of a JSON item), used when the page extractor cannot read
/// it: block elements and `<br>` become paragraph breaks, scripts, styles and comments are dropped, other tags are
/// removed and character references decoded.
enum HTMLFragmentText {
    static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
        "section", "article", "header", "footer", "figure", "figcaption", "aside", "hr", "pre", "dd", "dt", "main",
    ]
    static let skippedTags: Set<String> = ["script", "style", "noscript", "template", "svg", "head"]

    /// Lines of text, with blank lines between blocks.
    static func text(of html: String) -> String {
        var output = ""
        var skipping: String?
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            guard character == "<" else {
                if skipping == nil { output.append(character) }
                index = html.index(after: index)
                continue
            }
            if html[index...].hasPrefix("<!--") {
                index = html[index...].firstRange(of: "-->")?.upperBound ?? html.endIndex
                continue
            }
            guard let close = html[index...].firstIndex(of: ">") else { break }
            let tag = html[html.index(after: index)..<close]
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            index = html.index(after: close)
            if let skipped = skipping {
                if tag.hasPrefix("/"), name == skipped { skipping = nil }
            } else if skippedTags.contains(name), !tag.hasPrefix("/"), !tag.hasSuffix("/") {
                skipping = name
            } else if blockTags.contains(name) {
                output.append("\n\n")
            }
        }
        return decodeEntities(output)
    }

    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "mdash": "\u{2014}", "ndash": "\u{2013}",
        "hellip": "\u{2026}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "copy": "\u{00A9}", "eacute": "\u{00E9}",
        "bull": "\u{2022}", "middot": "\u{00B7}",
    ]

    /// Decodes `&amp;`, `&#8217;`, `&#x2019;` and the common named references.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index] == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") else {
                output.append(text[index])
                index = text.index(after: index)
                continue
            }
            let name = text[text.index(after: index)..<semicolon]
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                replacement = namedEntities[String(name)]
            }
            if let replacement {
                output += replacement
                index = text.index(after: semicolon)
            } else {
                output.append("&")
                index = text.index(after: index)
            }
        }
        return output
    }
}
