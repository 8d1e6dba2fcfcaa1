/// Reads the calendar day out of the date formats pages use in metadata: ISO 8601 (`2019-11-19T10:00:00Z`),
/// `2019/11/19`, `20191119`, and English month names (`November 19, 2019`, `Tue, 19 Nov 2019 10:00:00 GMT`).
enum DateText {
    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// `YYYY-MM-DD`, or nil when no plausible date is found.
    static func day(_ text: String) -> String? {
        let trimmed = HTMLWhitespace.collapse(text)
        let digits = Array(trimmed.prefix(10).unicodeScalars)
        if digits.count >= 8, digits.prefix(8).allSatisfy({ $0.properties.numericType != nil }),
            digits.count == 8 || digits[8] == "T" || digits[8] == " "
        {
            let string = String(String.UnicodeScalarView(digits.prefix(8)))
            return make(Int(string.prefix(4)), Int(string.dropFirst(4).prefix(2)), Int(string.dropFirst(6)))
        }
        let numbers = trimmed.split { !$0.isNumber }.prefix(3).map { Int($0) }
        if numbers.count == 3, let first = numbers[0], first >= 1000, trimmed.first?.isNumber == true {
            return make(first, numbers[1], numbers[2])
        }
        return monthNameDay(trimmed)
    }

    /// `November 19, 2019`, `19 Nov. 2019`, `Tue, 19 Nov 2019`.
    private static func monthNameDay(_ text: String) -> String? {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        guard let monthIndex = words.firstIndex(where: { word in months.contains { word.hasPrefix($0) } && word.count <= 9 })
        else { return nil }
        let month = months.firstIndex { words[monthIndex].hasPrefix($0) }.map { $0 + 1 }
        let numbers = words.compactMap { Int($0) }
        guard let year = numbers.first(where: { $0 >= 1900 && $0 <= 2100 }),
            let day = numbers.first(where: { $0 >= 1 && $0 <= 31 })
        else { return nil }
        return make(year, month, day)
    }

    private static func make(_ year: Int?, _ month: Int?, _ day: Int?) -> String? {
        guard let year, let month, let day, (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
