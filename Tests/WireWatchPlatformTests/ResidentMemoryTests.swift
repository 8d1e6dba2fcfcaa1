import Testing
import WireWatchPlatform

struct ResidentMemoryTests {
    @Test func residentMemoryFromProcStatus() throws {
        let status = "Name:\twirewatch\nVmHWM:\t  20480 kB\nVmRSS:\t   10240 kB\nThreads:\t4\n"
        let memory = try #require(ResidentMemory.parse(status: status))
        #expect(memory.current == 10_485_760)
        #expect(memory.peak == 20_971_520)
        #expect(ResidentMemory.parse(status: "Name:\tx\n") == nil)
        #expect(ResidentMemory.of() != nil)
    }
}
