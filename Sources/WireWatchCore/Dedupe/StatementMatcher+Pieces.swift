/// The text-only part of the statement units: quotes cut into pieces and their content terms (pure, any thread).
extension StatementMatcher {
    /// Per quote of `article` (in order), the sorted distinct content terms of each piece that makes a unit: the
    /// text-only part of ``units(of:ordinal:day:speakerID:)`` (empty for a quote without a speaker).
    static func pieceTerms(of article: Article) -> [[[UInt32]]] {
        article.quotes.map { quote in
            guard quote.speaker != nil else { return [] }
            let pieces = Self.pieces(of: Self.utterance(in: quote.text))
            var result: [[UInt32]] = []
            for piece in pieces {
                let terms = Array(Set(DedupeText.contentTerms(piece))).sorted()
                // A one-word piece stands for a short quote (`"not aware"`) or a word quoted inside reported speech
                // (`judged on his "actions"`), not for a stray clause of a long quote (`as president, ...`).
                guard terms.count >= 2 || terms.count == 1 && (pieces.count == 1 || Self.isQuoted(piece, in: quote.text))
                else { continue }
                result.append(terms)
            }
            return result
        }
    }

    /// The words of a quote that were said: when quotation marks inside it hold most of its content (reported
    /// speech quoting the speaker, with narration around), only the quoted segments.
    static func utterance(in text: String) -> String {
        var inside = false
        var quoted = ""
        var outside = ""
        for character in text {
            switch character {
            case "“": inside = true
            case "”": inside = false
            case "\"": inside.toggle()
            default: break
            }
            if inside { quoted.append(character) } else { outside.append(character) }
            if character == "”" || character == "\"" { quoted.append(".") }
        }
        let quotedTerms = DedupeText.contentTerms(quoted).count
        return quotedTerms >= 3 && quotedTerms >= DedupeText.contentTerms(outside).count ? quoted : text
    }

    static func nameWords(_ name: String) -> Set<String> {
        Set(SpeakerKey.nameWords(name).map(SpeakerKey.transliterated))
    }

    /// Whether `piece` stands between quote marks in `text`.
    static func isQuoted(_ piece: String, in text: String) -> Bool {
        let trimmed = String(piece.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        return text.contains("“" + trimmed + "”") || text.contains("\"" + trimmed + "\"")
    }

    /// Whether `character` is one of `.;?!…“”"` (as `Character` equality has it: U+037E, the Greek question mark,
    /// is canonically a semicolon), without comparing strings.
    static func isSentenceMark(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        switch scalar.value {
        case 0x2e, 0x3b, 0x3f, 0x21, 0x2026, 0x201c, 0x201d, 0x22, 0x37e: return true
        default: return false
        }
    }

    /// Whether `character` is the single scalar `value` (no other character is canonically equivalent to `,`).
    static func isSingleScalar(_ character: Character, _ value: UInt32) -> Bool {
        let scalars = character.unicodeScalars
        return scalars.first?.value == value && scalars.index(after: scalars.startIndex) == scalars.endIndex
    }

    /// Words opening a coordinate or adverbial clause after a comma.
    static let clauseConjunctions: Set<String> = ["and", "but", "while", "whereas", "although", "though", "since", "because"]

    /// The clauses of a quote: split at `.`, `;`, `?`, `!`, `…`, at quote marks (a quotation inside reported
    /// speech is its own utterance) and at commas, a clause of fewer than four content words (three after a
    /// conjunction) joining its neighbour (so `Of course, ...` stays whole and `A, as B` becomes two).
    static func pieces(of text: String) -> [String] {
        var pieces: [String] = []
        for sentence in text.split(whereSeparator: isSentenceMark) {
            var clauses: [String] = []
            for clause in sentence.split(whereSeparator: { isSingleScalar($0, 0x2c) }) {
                let words = DedupeText.contentTerms(clause).count
                // `..., and Putin had no plans`: a clause of its own subject after a conjunction stands with three.
                let opening = clause.split(separator: " ").first.map { $0.lowercased() } ?? ""
                let least = clauseConjunctions.contains(opening) ? 3 : 4
                if let last = clauses.last, words < least || DedupeText.contentTerms(last).count < least {
                    clauses[clauses.count - 1] = last + "," + clause
                } else {
                    clauses.append(String(clause))
                }
            }
            pieces += clauses.filter { $0.contains(where: \.isLetter) }
        }
        return pieces
    }
}
