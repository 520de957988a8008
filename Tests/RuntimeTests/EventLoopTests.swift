#if canImport(Glibc)
import Glibc
#endif
import CNcursesShim
import Testing
@testable import VisitDeskRuntime

/// Loop tests run one at a time: they measure time and CPU, and signal masks are per thread.
@Suite(.serialized)
struct EventLoopTests {
    @Test func timersFireInDeadlineOrderAndTiesInSchedulingOrder() {
        let loop = EventLoop()
        var fired: [String] = []
        loop.after(milliseconds: 30) { fired.append("30ms"); loop.stop() }
        loop.after(milliseconds: 10) { fired.append("10ms-a") }
        loop.after(milliseconds: 20) { fired.append("20ms") }
        loop.after(milliseconds: 10) { fired.append("10ms-b") }
        loop.run()
        #expect(fired == ["10ms-a", "10ms-b", "20ms", "30ms"])
    }

    @Test func cancelledTimerNeverFires() {
        let loop = EventLoop()
        var fired: [String] = []
        let doomed = loop.after(milliseconds: 5) { fired.append("cancelled") }
        loop.after(milliseconds: 20) { fired.append("kept"); loop.stop() }
        loop.cancel(doomed)
        loop.run()
        #expect(fired == ["kept"])
    }

    @Test func descriptorHandlerRunsWhenDataArrives() throws {
        let pipe = try Pipe()
        let loop = EventLoop()
        var received: [UInt8] = []
        loop.watch(fd: pipe.read) { readiness in
            #expect(readiness.readable)
            received += pipe.drain()
            loop.stop()
        }
        loop.after(milliseconds: 10) { pipe.write([42, 43]) }
        loop.after(milliseconds: 2_000) { loop.stop() }  // a safety net, not the expected path
        loop.run()
        #expect(received == [42, 43])
    }

    @Test func closedWriterIsReportedAsHangUp() throws {
        let pipe = try Pipe()
        let loop = EventLoop()
        var sawHangUp = false
        loop.watch(fd: pipe.read) { readiness in
            sawHangUp = readiness.hangUp
            loop.stop()
        }
        loop.after(milliseconds: 5) { pipe.closeWriter() }
        loop.after(milliseconds: 2_000) { loop.stop() }
        loop.run()
        #expect(sawHangUp)
    }

    @Test func signalArrivesThroughSignalfd() throws {
        defer { SignalMask.unblock([SIGUSR1, SIGUSR2]) }
        let loop = EventLoop()
        var signals: [Int32] = []
        try loop.onSignals([SIGUSR1, SIGUSR2]) { signal in
            signals.append(signal)
            if signals.count == 2 { loop.stop() }
        }
        // raise() targets this thread, which has the signals blocked: they stay pending for the
        // signalfd instead of killing the test process.
        loop.after(milliseconds: 5) {
            raise(SIGUSR2)
            raise(SIGUSR1)
        }
        loop.after(milliseconds: 2_000) { loop.stop() }
        loop.run()
        #expect(Set(signals) == [SIGUSR1, SIGUSR2])
    }

    @Test func idleLoopDoesNotWakeOrSpendCPU() throws {
        let pipe = try Pipe()
        let loop = EventLoop()
        var handlerCalls = 0
        loop.watch(fd: pipe.read) { _ in handlerCalls += 1 }
        loop.after(milliseconds: 1_000) { loop.stop() }
        let cpuBefore = threadCPUMilliseconds()
        loop.run()
        let cpuSpent = threadCPUMilliseconds() - cpuBefore
        #expect(handlerCalls == 0)
        #expect(loop.wakeUps == 1, "only the timer that ends the test may wake the loop")
        #expect(cpuSpent < 20, "an idle second cost \(cpuSpent) ms of CPU")
    }

    @Test func minuteTickLandsJustAfterTheWallClockMinute() {
        // Wall clock 50 ms before a full minute: the first tick is due in about 55 ms, not 60 s.
        let fake = LoopClock(
            monotonicMilliseconds: LoopClock.system.monotonicMilliseconds,
            wallMilliseconds: { 29_000_000 * 60_000 + 59_950 }
        )
        let loop = EventLoop(clock: fake)
        var ticks = 0
        let start = LoopClock.system.monotonicMilliseconds()
        loop.everyMinute { ticks += 1; loop.stop() }
        loop.after(milliseconds: 2_000) { loop.stop() }
        loop.run()
        let elapsed = LoopClock.system.monotonicMilliseconds() - start
        #expect(ticks == 1)
        #expect(elapsed >= 50 && elapsed < 500, "tick came after \(elapsed) ms")
    }

    @Test func runReturnsAtOnceWithNothingToWaitFor() {
        let loop = EventLoop()
        loop.run()
        #expect(loop.wakeUps == 0)
    }
}

/// A non-blocking pipe owned by a test.
final class Pipe {
    let read: Int32
    private(set) var write: Int32

    init() throws {
        var fds: [Int32] = [0, 0]
        guard vd_pipe_nonblocking(&fds) == 0 else { throw SignalSetupError(description: "pipe2") }
        read = fds[0]
        write = fds[1]
    }

    func write(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.write(write, $0.baseAddress, $0.count) }
    }

    func drain() -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = Glibc.read(read, &buffer, buffer.count)
        return n > 0 ? Array(buffer[0..<n]) : []
    }

    func closeWriter() {
        if write >= 0 { close(write); write = -1 }
    }

    deinit {
        close(read)
        closeWriter()
    }
}

func threadCPUMilliseconds() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(1), &usage)  // RUSAGE_THREAD: this thread only, not the test runner's
    let micros = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1_000_000
        + Int(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec)
    return micros / 1000
}
