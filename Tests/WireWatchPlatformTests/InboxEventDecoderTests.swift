import Glibc
import Testing
import WireWatchPlatform

struct InboxEventDecoderTests {
    let decoder = InboxEventDecoder()

    @Test func decodesCloseWriteAndMovedTo() {
        let bytes =
            InboxEventDecoder.record(mask: UInt32(IN_CLOSE_WRITE), name: Array("a.txt".utf8))
            + InboxEventDecoder.record(mask: UInt32(IN_MOVED_TO), cookie: 7, name: Array("longer-name.txt".utf8))
        #expect(decoder.decode(bytes) == [.file("a.txt"), .file("longer-name.txt")])
    }

    @Test(arguments: [1, 3, 4, 5, 15, 16, 255])
    func stripsPaddingForEveryNameLength(length: Int) {
        let name = String(repeating: "x", count: length)
        let bytes = InboxEventDecoder.record(mask: UInt32(IN_MOVED_TO), name: Array(name.utf8))
        #expect(bytes.count % 4 == 0)
        #expect(decoder.decode(bytes) == [.file(name)])
    }

    @Test func reportsOverflowAndTheWatchsEnd() {
        let bytes =
            InboxEventDecoder.record(watch: -1, mask: UInt32(IN_Q_OVERFLOW))
            + InboxEventDecoder.record(mask: UInt32(IN_DELETE_SELF))
            + InboxEventDecoder.record(mask: UInt32(IN_IGNORED))
            + InboxEventDecoder.record(mask: UInt32(IN_MOVE_SELF))
        #expect(decoder.decode(bytes) == [.overflow, .watchGone, .watchGone, .watchGone])
    }

    @Test func skipsOtherEventsAndEmptyNames() {
        let bytes =
            InboxEventDecoder.record(mask: UInt32(IN_CREATE), name: Array("new".utf8))
            + InboxEventDecoder.record(mask: UInt32(IN_CLOSE_WRITE))
            + InboxEventDecoder.record(mask: UInt32(IN_CLOSE_WRITE), name: Array("kept".utf8))
        #expect(decoder.decode(bytes) == [.file("kept")])
    }

    @Test func ignoresATruncatedRecordAtTheEnd() {
        let whole = InboxEventDecoder.record(mask: UInt32(IN_CLOSE_WRITE), name: Array("one".utf8))
        let second = InboxEventDecoder.record(mask: UInt32(IN_CLOSE_WRITE), name: Array("two-names".utf8))
        for cut in 1..<second.count {
            #expect(decoder.decode(whole + second.prefix(cut)) == [.file("one")])
        }
        #expect(decoder.decode([]) == [])
    }

    @Test func keepsUndecodableNamesAsBytes() {
        let raw: [UInt8] = [0x61, 0xFF, 0x0A, 0x62]
        let bytes = InboxEventDecoder.record(mask: UInt32(IN_MOVED_TO), name: raw)
        #expect(decoder.decode(bytes) == [.undecodableName(raw)])
    }

    @Test func decodesUnalignedBuffers() {
        let bytes = [0xAA] + InboxEventDecoder.record(mask: UInt32(IN_MOVED_TO), name: Array("é.txt".utf8))
        let events = bytes.withUnsafeBytes { decoder.decode(UnsafeRawBufferPointer(rebasing: $0[1...])) }
        #expect(events == [.file("é.txt")])
    }
}
