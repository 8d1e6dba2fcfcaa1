/// First pass over an article: registers every personal name outside quotes with the resolver, marking the names
/// that open a sentence as subjects, so that later pronouns, surnames and descriptions can be resolved.
enum MentionScanner {
    static func scan(_ paragraphs: [TextParagraph], into resolver: inout SpeakerResolver) {
        for paragraph in paragraphs {
            let parser = MentionParser(paragraph)
            let tokens = paragraph.tokens
            for sentence in paragraph.sentences {
                let subjectStart = subjectStart(of: sentence, in: paragraph)
                var position = sentence.lowerBound
                while position < sentence.upperBound {
                    defer { position += 1 }
                    guard !paragraph.isQuoted(position), parser.isNameEnd(position) else { continue }
                    let next = position + 1
                    if next < sentence.upperBound,
                        parser.isNameWord(at: next) || nameContinues(next, tokens) || parser.isNameContinuation(next)
                    {
                        continue
                    }
                    guard let mention = parser.parseBackward(endingAt: position, floor: sentence.lowerBound, appositives: false),
                        mention.kind == .name
                    else { continue }
                    let isSubject = mention.range.lowerBound <= subjectStart && subjectStart <= position
                        && followsAsSubject(position + 1, tokens, sentence)
                    resolver.observe(mention, position: mention.range.lowerBound, isSubject: isSubject)
                }
            }
        }
    }

    /// The token where the sentence's subject starts: after a leading adverbial phrase and its comma
    /// (`In June, Putin told ...`) and after an opening conjunction (`But Fowler said ...`).
    static func subjectStart(of sentence: Range<Int>, in paragraph: TextParagraph) -> Int {
        let tokens = paragraph.tokens
        var start = sentence.lowerBound
        while start < sentence.upperBound, tokens[start].kind == .punctuation { start += 1 }
        guard start < sentence.upperBound else { return start }
        let first = tokens[start].lower
        if openingConjunctions.contains(first) {
            start += 1
            if start < sentence.upperBound, tokens[start].isComma { start += 1 }
        }
        guard start < sentence.upperBound else { return start }
        let opener = tokens[start]
        let adverbial = OpenerLexicon.sentenceOpeners.contains(opener.lower) && !WordClass.isPronoun(opener)
            && !subjectDeterminers.contains(opener.lower)
            || opener.lower.endsWith("ing") || WordClass.isAdverb(opener) || TimeLexicon.dayOrMonth.contains(opener.lower)
        let participle = opener.isCapitalized && opener.lower.endsWith("ed") && start + 1 < sentence.upperBound
            && participlePrepositions.contains(tokens[start + 1].lower)
        guard adverbial || participle else { return start }
        var segment = start
        for _ in 0..<3 {
            var comma = segment + 1
            while comma < sentence.upperBound, comma - segment <= 16, !tokens[comma].isComma {
                if paragraph.isQuoted(comma) { return segment }
                comma += 1
            }
            guard comma + 1 < sentence.upperBound, tokens[comma].isComma else { return segment }
            segment = comma + 1
            let next = tokens[segment]
            let continues = !next.isCapitalized && !WordClass.isPronoun(next)
                && !WordClass.determiners.contains(next.lower) || WordClass.isAdverb(next)
                || continuingAdverbs.contains(next.lower)
            if !continues { return segment }
        }
        return segment
    }

    private static let openingConjunctions: Set<String> = [
        "but", "and", "so", "yet", "still", "meanwhile", "however", "also", "now", "then",
    ]
    private static let subjectDeterminers: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "some", "many", "most", "one",
        "both", "each", "such", "our", "my",
    ]
    private static let participlePrepositions: Set<String> = ["by", "with", "in", "at", "from", "after", "to"]
    private static let continuingAdverbs: Set<String> = ["however", "meanwhile", "though", "too", "also"]

    private static func nameContinues(_ position: Int, _ tokens: [TextToken]) -> Bool {
        let token = tokens[position]
        return token.kind == .word && WordClass.nameSuffixes.contains(token.lower)
    }

    /// A subject name is followed by its verb, an appositive comma or a parenthesis, not by a possessive.
    private static func followsAsSubject(_ position: Int, _ tokens: [TextToken], _ sentence: Range<Int>) -> Bool {
        guard position < sentence.upperBound else { return false }
        return tokens[position].kind != .possessive
    }
}
