import Foundation
import Glibc

/// Formats instants as RFC 3339 UTC timestamps (`2016-09-12T08:30:00Z`, or `2016-09-12T08:30:00.123Z` with
/// milliseconds), without a shared formatter, so that any thread may call it.
public enum RFC3339Time {
    /// The UTC timestamp of `date`.
    /// - Parameters:
    ///   - milliseconds: adds three fractional digits (for logs).
    public static func string(from date: Date, milliseconds: Bool = false) -> String {
        let interval = date.timeIntervalSince1970
        var seconds = time_t(interval.rounded(.down))
        var millis = Int(((interval - Double(seconds)) * 1000).rounded(.down))
        if millis >= 1000 {
            seconds += 1
            millis -= 1000
        }
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var text =
            pad(Int(parts.tm_year) + 1900, 4) + "-" + pad(Int(parts.tm_mon) + 1, 2) + "-" + pad(Int(parts.tm_mday), 2)
        text += "T" + pad(Int(parts.tm_hour), 2) + ":" + pad(Int(parts.tm_min), 2) + ":" + pad(Int(parts.tm_sec), 2)
        if milliseconds { text += "." + pad(max(0, millis), 3) }
        return text + "Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
