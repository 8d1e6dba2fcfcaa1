import Testing
@testable import WireWatchCore

struct DateParserTests {
    @Test(arguments: [
        ("Published November 8, 2024", "2024-11-08"),
        ("Nov. 8th 2024", "2024-11-08"),
        ("Fri, 08 Nov 2024 10:00:00 +0000", "2024-11-08"),
        ("2024-11-08T10:00:00Z", "2024-11-08"),
        ("on 25/12/2023 at noon", "2023-12-25"),
        ("12/25/2023", "2023-12-25"),
        ("8 September 2016", "2016-09-08"),
    ])
    func findsDates(text: String, date: String) {
        #expect(DateParser.firstDate(in: text) == date)
    }

    @Test func needsAYearAndACapitalisedMonth() {
        #expect(DateParser.firstDate(in: "on Thursday (November 7) evening") == nil)
        #expect(DateParser.firstDate(in: "it may 5, 2024 rain") == nil)
        #expect(DateParser.firstDate(in: "05/06/2024") == nil)
        #expect(DateParser.firstDate(in: "February 30, 2024") == nil)
    }

    @Test func tellsDateStampsFromProse() {
        #expect(DateParser.isDateStamp("Updated: 07 Nov 2024, 10:29 AM IST"))
        #expect(DateParser.isDateStamp("Thursday, March 14, 2024 5:00 pm ET"))
        #expect(!DateParser.isDateStamp("On March 14, 2024, the council voted."))
    }

    @Test func readsCompactDigitsBothWays() {
        #expect(DateParser.date(fromCompactDigits: "31012023") == "2023-01-31")
        #expect(DateParser.date(fromCompactDigits: "20230131") == "2023-01-31")
        #expect(DateParser.date(fromCompactDigits: "99999999") == nil)
    }

    @Test func readsUnixTimesInSecondsAndMilliseconds() {
        #expect(DateParser.date(fromUnixTime: 1_700_000_000) == "2023-11-14")
        #expect(DateParser.date(fromUnixTime: 1_700_000_000_000) == "2023-11-14")
    }
}
