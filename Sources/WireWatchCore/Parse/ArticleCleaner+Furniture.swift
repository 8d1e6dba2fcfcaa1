extension ArticleCleaner {
    /// Above the first paragraph of prose: a line of names and their outlet or role (`Jane Roe, Reuters`) is
    /// the byline.
    func markCreditedBylines(_ segments: inout [TextSegment]) {
        let kept = segments.indices.filter { segments[$0].isKept }.prefix(Self.bylineZone)
        for index in kept {
            let text = segments[index].text
            if Self.isProse(LineShape(text)) { return }
            if BylineParser.parseCredited(text) != nil { segments[index].reason = .byline }
        }
    }

    /// The paragraph just before the signature of an embedded post (`— Jane Roe (@janeroe) May 2, 2024`) is
    /// the post's text, when it is short and not joined to prose by a blank line.
    func markPostBodies(_ segments: inout [TextSegment]) {
        for index in segments.indices.dropFirst() where segments[index].reason == .embed {
            let signature = segments[index].text
            guard let start = BoilerplateClassifier.postSignatureStart(in: signature), start == signature.startIndex
                    || signature[..<start].trimmingSpaces().isEmpty,
                segments[index - 1].isKept, !segments[index].blankBefore,
                LineShape(segments[index - 1].text).wordCount <= 60
            else { continue }
            segments[index - 1].reason = .embed
        }
    }

    /// At the end, after the last paragraph of prose (labels and credits aside): a short note on the author
    /// (`Jane Roe is a correspondent for ...`, `Jane Roe covers energy for ...`).
    func markAuthorBios(_ segments: inout [TextSegment]) {
        guard let last = segments.lastIndex(where: \.isKept) else { return }
        for index in [last, segments[..<last].lastIndex(where: \.isKept)].compactMap({ $0 }) {
            guard Self.isAuthorBio(segments[index].text) else { return }
            segments[index].reason = .authorBio
        }
    }

    /// `Jane Roe is a senior correspondent for ...`, `Jane Roe covers energy ...`, `John Doe is the author of ...`:
    /// a person's name, then what they do as a writer.
    static func isAuthorBio(_ text: String) -> Bool {
        let shape = LineShape(text)
        guard shape.wordCount >= 5, shape.wordCount <= 50 else { return false }
        let words = Self.bioWords(text)
        // The verb follows a name of two to four words: without one there, no name is looked up.
        guard words.dropFirst(2).prefix(3).contains(where: { bioVerbs.contains($0.lowercased()) }),
              shape.sentenceCount <= 3 else { return false }
        for nameLength in 2...4 where nameLength < words.count {
            guard BylineParser.personName(words[..<nameLength].joined(separator: " "), allowingAcronym: false) != nil
            else { continue }
            let verb = words[nameLength].lowercased()
            let rest = words[(nameLength + 1)...].prefix(8).map { $0.lowercased().trimming(".,;") }
            if ["covers", "writes", "reports"].contains(verb) {
                return rest.contains { ["for", "about", "on"].contains($0) }
            }
            guard verb == "is" || verb == "was", let article = rest.first, ["a", "an", "the"].contains(article) else {
                continue
            }
            return rest.contains(where: bioRoles.contains)
        }
        return false
    }

    /// The first 13 words of `text` that are not empty once `*`, `_` and dashes are trimmed off: all that
    /// ``isAuthorBio(_:)`` reads (a name of up to four words, a verb, eight more words).
    private static func bioWords(_ text: String) -> [String] {
        var words: [String] = []
        var rest = Substring(text)
        while words.count < 13, !rest.isEmpty {
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            let word = String(rest[..<end]).trimming("*_\u{2014}-")
            if !word.isEmpty { words.append(word) }
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        return words
    }

    /// The verbs of an author's note, after the name.
    static let bioVerbs: Set<String> = ["covers", "writes", "reports", "is", "was"]

    /// What an author's note says they are.
    static let bioRoles: Set<String> = [
        "correspondent", "reporter", "writer", "editor", "columnist", "journalist", "contributor", "producer",
        "author", "fellow", "professor", "freelance", "freelancer", "photojournalist", "commentator", "blogger",
    ]
}
