import Testing
@testable import VisitDeskRuntime

struct SettleTimerTests {
    @Test func aSingleSaveIsReloadedAfterTheQuietTime() {
        var timer = SettleTimer(timing: SettleTiming(quietMilliseconds: 20, limitMilliseconds: 50))
        #expect(timer.event(at: 1_000) == 1_020)
    }

    @Test func eachEventOfABurstPushesTheReloadBackUpToTheLimit() {
        var timer = SettleTimer(timing: SettleTiming(quietMilliseconds: 20, limitMilliseconds: 50))
        #expect(timer.event(at: 1_000) == 1_020)
        #expect(timer.event(at: 1_010) == 1_030)
        #expect(timer.event(at: 1_040) == 1_050, "a trickle of writes is shown 50 ms after it began")
    }

    @Test func afterAReloadTheNextEventStartsANewBurst() {
        var timer = SettleTimer(timing: SettleTiming(quietMilliseconds: 20, limitMilliseconds: 50))
        _ = timer.event(at: 1_000)
        timer.fired()
        #expect(timer.event(at: 2_000) == 2_020)
    }

    @Test func limitIsNeverShorterThanTheQuietTime() {
        #expect(SettleTiming(quietMilliseconds: 80, limitMilliseconds: 50).limitMilliseconds == 80)
    }
}
