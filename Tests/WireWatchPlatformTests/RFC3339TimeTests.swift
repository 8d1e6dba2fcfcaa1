import Foundation
import Testing
import WireWatchPlatform

struct RFC3339TimeTests {
    @Test func formatsUTCWithAndWithoutMilliseconds() {
        let date = Date(timeIntervalSince1970: 1_473_669_000.5)
        #expect(RFC3339Time.string(from: date) == "2016-09-12T08:30:00Z")
        #expect(RFC3339Time.string(from: date, milliseconds: true) == "2016-09-12T08:30:00.500Z")
        #expect(RFC3339Time.string(from: Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
    }
}
