extension BoilerplateClassifier {
    /// Text of an embedded social post: a line carrying a `pic.twitter.com/...` link, or the signature of an
    /// embedded tweet (`— Jane Roe (@janeroe) November 8, 2024`), alone or after the post's text.
    func isPostText(_ text: String) -> Bool {
        if TextSearch.contains(text, "pic.twitter.com/") { return true }
        return Self.postSignatureStart(in: text) != nil
    }

    /// Where the signature of an embedded post starts in `text` (its dash, or the name when there is no dash):
    /// a name, an `(@handle)` and a date closing the line.
    static func postSignatureStart(in text: String) -> String.Index? {
        guard let open = TextSearch.lastRange(of: "(@", in: text) else { return nil }
        let afterOpen = text[open.upperBound...]
        let handle = afterOpen.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard !handle.isEmpty, handle.count <= 30, afterOpen.dropFirst(handle.count).first == ")" else { return nil }
        let date = afterOpen.dropFirst(handle.count + 1).trimmingSpaces()
        guard !date.isEmpty, LineShape(date).wordCount <= 5, DateParser.isDateStamp(date) else { return nil }
        // The name before the handle, after a dash.
        let before = text[..<open.lowerBound]
        guard let dash = before.lastIndex(where: { $0 == "\u{2014}" || $0 == "\u{2013}" || $0 == "-" }) else {
            return before.trimmingSpaces().isEmpty ? nil : text.startIndex
        }
        let name = LineShape(before[before.index(after: dash)...].trimmingSpaces())
        return name.wordCount >= 1 && name.wordCount <= 6 ? dash : nil
    }

    /// A live-blog time stamp on its own line: `10:42 GMT`, `10.42am`, `Updated 9:05 a.m. ET`.
    func isTimeStamp(_ text: String) -> Bool {
        // A stamp needs one clock, which starts with ASCII digits.
        guard TextSearch.hasDigit(text) else { return false }
        let words = text.lowercased().split(separator: " ")
        guard words.count >= 1, words.count <= 6 else { return false }
        var clocks = 0, zones = 0
        for word in words {
            let bare = String(word).trimming(",:|-\u{2013}\u{2014}()")
            if bare.isEmpty { continue }
            if Self.isClock(Substring(bare)) {
                clocks += 1
            } else if Self.timeZones.contains(bare) {
                zones += 1
            } else if !Self.timeWords.contains(bare) {
                return false
            }
        }
        return clocks == 1 && (zones > 0 || words.count <= 3)
    }

    /// `10:42`, `9:05am`, `10.42pm`, `21h30`: hours and minutes (a full stop only with `am`/`pm`).
    static func isClock(_ word: Substring) -> Bool {
        var rest = word
        var hasMeridiem = false
        for suffix in ["a.m.", "p.m.", "am", "pm"] where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
            hasMeridiem = true
            break
        }
        let hours = rest.prefix(while: \.isASCIIDigit)
        guard (1...2).contains(hours.count), let separator = rest.dropFirst(hours.count).first else { return false }
        let minutes = rest.dropFirst(hours.count + 1)
        guard minutes.count == 2, minutes.allSatisfy(\.isASCIIDigit), let hour = Int(hours), hour < 24,
            let minute = Int(minutes), minute < 60
        else { return false }
        return separator == ":" || separator == "h" || separator == "." && hasMeridiem
    }

    /// Time zones of live-blog stamps.
    static let timeZones: Set<String> = [
        "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt",
        "pt", "pst", "pdt", "ist", "jst", "kst", "msk", "aest", "aedt", "hkt", "sgt", "wib",
    ]

    /// Other words of a time stamp.
    static let timeWords: Set<String> = [
        "am", "pm", "a.m.", "p.m.", "local", "time", "updated", "posted", "published", "at", "today", "yesterday",
    ]
}

extension Character {
    /// `0` to `9`.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
