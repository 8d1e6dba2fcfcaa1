/// Finds calendar dates in text and writes them as `YYYY-MM-DD`.
///
/// Understood: ISO dates (`2024-11-08`, `2024/11/08`, with or without a time), month names in English before or
/// after the day (`November 8, 2024`, `Nov. 8th 2024`, `8 Nov 2024`, `Fri, 08 Nov 2024 10:00:00 +0000`), numeric
/// day-month-year when the order is unambiguous (`25/12/2024`, `12/25/2024`), and Unix times in seconds or
/// milliseconds. A date needs a year; month names must be capitalised (so the verb "may" is not a month).
enum DateParser {
    /// The first date in `text`, as `YYYY-MM-DD`.
    static func firstDate(in text: String) -> String? {
        // Every date has a number token (its year) of ASCII digits.
        guard TextSearch.hasDigit(text) else { return nil }
        let tokens = tokenize(text)
        for index in tokens.indices {
            if let date = date(at: index, in: tokens) { return date.formatted }
        }
        return nil
    }

    /// True when `text` holds a date and otherwise only times, weekdays, time zones, publication labels
    /// (`Published`, `Updated on`) and punctuation: a line that is a date stamp, not prose.
    static func isDateStamp(_ text: String) -> Bool {
        guard TextSearch.hasDigit(text) else { return false }
        let tokens = tokenize(text)
        guard tokens.count <= 16 else { return false }
        var index = 0, sawDate = false
        while index < tokens.count {
            if let date = date(at: index, in: tokens) {
                sawDate = true
                index += date.tokenCount
                continue
            }
            let word = tokens[index].text.lowercased()
            let isClock = tokens[index].isNumber && Int(tokens[index].text).map { $0 < 60 } == true
            guard isClock || stampWords.contains(word) || weekdays.contains(where: { word.hasPrefix($0) }) else {
                return false
            }
            index += 1
        }
        return sawDate
    }

    /// The date of a Unix time in seconds (or milliseconds, when the number is too large for seconds).
    static func date(fromUnixTime value: Double) -> String? {
        guard value.isFinite, value > 0 else { return nil }
        let seconds = value > 100_000_000_000 ? value / 1000 : value
        let days = Int((seconds / 86_400).rounded(.down))
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        guard (1990...2100).contains(year) else { return nil }
        return CalendarDate(year: year, month: month, day: day, tokenCount: 1)?.formatted
    }

    /// The date encoded as eight digits (`DDMMYYYY` or `YYYYMMDD`) at the start of `digits`.
    static func date(fromCompactDigits digits: Substring) -> String? {
        guard digits.count >= 8 else { return nil }
        let values = digits.prefix(8).compactMap(\.wholeNumberValue)
        guard values.count == 8 else { return nil }
        func number(_ range: Range<Int>) -> Int { values[range].reduce(0) { $0 * 10 + $1 } }
        let orders = [
            (number(0..<2), number(2..<4), number(4..<8)), (number(6..<8), number(4..<6), number(0..<4)),
        ]
        for (day, month, year) in orders {
            if let date = CalendarDate(year: year, month: month, day: day) { return date.formatted }
        }
        return nil
    }

    // MARK: - Scanning

    struct Token {
        let text: Substring
        let isNumber: Bool
        /// The character right after the token (`-`, `/`, `.`, `,`, space), if any.
        let follower: Character?
    }

    struct CalendarDate {
        let year: Int, month: Int, day: Int
        var tokenCount = 3

        init?(year: Int, month: Int, day: Int, tokenCount: Int = 3) {
            guard (1900...2100).contains(year), (1...12).contains(month), day >= 1,
                  day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
            self.year = year
            self.month = month
            self.day = day
            self.tokenCount = tokenCount
        }

        var formatted: String {
            let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
            return "\(y)-\(m)-\(d)"
        }

        static func daysIn(month: Int, year: Int) -> Int {
            switch month {
            case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        }
    }

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var start: String.Index?
        var isNumber = false
        var index = text.startIndex
        while index <= text.endIndex {
            let character: Character? = index < text.endIndex ? text[index] : nil
            let isWordCharacter = character.map(Self.isWordCharacter) ?? false
            if isWordCharacter, let character {
                let numeric = character.asciiValue.map { $0 &- 0x30 < 10 } ?? false
                if let open = start, numeric != isNumber {
                    tokens.append(Token(text: text[open..<index], isNumber: isNumber, follower: character))
                    start = index
                } else if start == nil {
                    start = index
                }
                isNumber = numeric
            } else if let open = start {
                tokens.append(Token(text: text[open..<index], isNumber: isNumber, follower: character))
                start = nil
            }
            if index == text.endIndex { break }
            index = text.index(after: index)
        }
        return tokens
    }

    /// A letter or a digit; ASCII characters by their value, without a look at Unicode properties.
    private static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii &- 0x30 < 10 || (ascii | 0x20) &- 0x61 < 26 }
        return character.isLetter || character.isNumber
    }

    private static func date(at index: Int, in tokens: [Token]) -> CalendarDate? {
        let token = tokens[index]
        func number(_ offset: Int) -> Int? {
            let position = index + offset
            guard position < tokens.count, tokens[position].isNumber else { return nil }
            return Int(tokens[position].text)
        }
        func dayNumber(_ offset: Int) -> (value: Int, width: Int)? {
            guard let value = number(offset), tokens[index + offset].text.count <= 2 else { return nil }
            let next = index + offset + 1
            if next < tokens.count, ordinalSuffixes.contains(tokens[next].text.lowercased()) {
                return (value, 2)
            }
            return (value, 1)
        }
        if token.isNumber, token.text.count == 4, let year = Int(token.text), let separator = token.follower,
           separator == "-" || separator == "/" || separator == ".", let month = number(1), let day = number(2),
           tokens[index + 1].follower == separator {
            return CalendarDate(year: year, month: month, day: day)
        }
        if let month = month(named: token.text) {
            if let (day, width) = dayNumber(1), let year = number(1 + width),
               tokens[index + 1 + width].text.count == 4 {
                return CalendarDate(year: year, month: month, day: day, tokenCount: 2 + width)
            }
            return nil
        }
        if token.isNumber, token.text.count <= 2, let first = Int(token.text) {
            let hasSuffix = index + 1 < tokens.count && ordinalSuffixes.contains(tokens[index + 1].text.lowercased())
            let width = hasSuffix ? 2 : 1
            if index + width < tokens.count, let month = month(named: tokens[index + width].text),
               let year = number(width + 1), tokens[index + width + 1].text.count == 4 {
                return CalendarDate(year: year, month: month, day: first, tokenCount: width + 2)
            }
            if let separator = token.follower, separator == "/" || separator == "." || separator == "-",
               let second = number(1), tokens[index + 1].follower == separator, let year = number(2),
               tokens[index + 2].text.count == 4 {
                if first > 12, second <= 12 { return CalendarDate(year: year, month: second, day: first) }
                if second > 12, first <= 12 { return CalendarDate(year: year, month: first, day: second) }
                if separator == ".", first <= 31 { return CalendarDate(year: year, month: second, day: first) }
            }
        }
        return nil
    }

    /// The month number of an English month name or abbreviation written with a capital.
    static func month(named word: Substring) -> Int? {
        guard let initial = word.first, initial.isUppercase, word.count >= 3 else { return nil }
        let lower = word.lowercased()
        if lower == "sept" { return 9 }
        for (offset, name) in monthNames.enumerated()
            where name == lower || (lower.count == 3 && name.hasPrefix(lower)) {
            return offset + 1
        }
        return nil
    }

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let stampWords: Set<String> = [
        "published", "updated", "posted", "last", "first", "modified", "date", "on", "at", "am", "pm", "a", "p", "m",
        "utc", "gmt", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "bst", "cet", "cest", "ist", "msk",
        "z", "t", "hrs", "h", "ago", "by", "time", "timezone", "min", "mins", "minute", "minutes", "read",
    ]

    /// Converts days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil-from-days algorithm).
    static func civilDate(daysSinceEpoch days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
