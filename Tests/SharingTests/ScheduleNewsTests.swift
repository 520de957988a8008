import Foundation
import Testing
import VisitDeskDomain
import VisitDeskSharing

/// A double booking a colleague's sync brought is said however its files reach the screen: in
/// one reload, over two (the file seen empty first), or with a later reload in between.
@Suite struct ScheduleNewsTests {
    static func group(_ id: String, host: String = "erik-sjoberg") -> Delegation {
        let start = LocalDateTime(date: LocalDate(iso: "2027-03-09")!, time: LocalTime(hour: 9, minute: 0))
        let end = LocalDateTime(date: LocalDate(iso: "2027-03-09")!, time: LocalTime(hour: 11, minute: 0))
        return Delegation(id: id, title: id, status: .confirmed, slots: [Slot(start: start, end: end, place: "", host: host)])
    }

    let shanxi = group("shanxi-2027")
    let hebei = group("hebei-2027")
    /// The Hebei file as the watcher can see it while git is still writing it: no slots yet.
    let hebeiEmpty = Delegation(id: "hebei-2027", title: "", status: .new)
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func theDoubleBookingArrivingInOneReloadIsSaid() {
        var news = ScheduleNews()
        news.beforeReload([shanxi], progress: .init(incoming: 4, finished: 3), now: start)
        let said = news.afterReload([shanxi, hebei])
        #expect(said.map(\.kind) == [.sameHost])
        #expect(said.first?.delegationIDs == ["hebei-2027", "shanxi-2027"])
    }

    @Test func aFileSeenEmptyFirstIsComparedWithTheScheduleBeforeTheSync() {
        var news = ScheduleNews()
        news.beforeReload([shanxi], progress: .init(incoming: 4, finished: 3), now: start)
        #expect(news.afterReload([shanxi, hebeiEmpty]).isEmpty)
        // The announcement was taken by the first reload; the sync is still running.
        news.beforeReload([shanxi, hebeiEmpty], progress: .init(incoming: nil, finished: 3), now: start + 0.2)
        #expect(news.afterReload([shanxi, hebei]).map(\.kind) == [.sameHost])
    }

    @Test func aLaterReloadInTheWindowRepeatsWhatWasSaidOnce() {
        var news = ScheduleNews()
        news.beforeReload([shanxi], progress: .init(incoming: 4, finished: 3), now: start)
        #expect(news.afterReload([shanxi, hebei]).count == 1)
        news.beforeReload([shanxi, hebei], progress: .init(incoming: nil, finished: 4, finishedAt: start + 0.5), now: start + 1)
        #expect(news.afterReload([shanxi, hebei]).count == 1)
        // Settled meanwhile (Hebei moved to Anna): nothing left to say.
        news.beforeReload([shanxi, hebei], progress: .init(incoming: nil, finished: 4, finishedAt: start + 0.5), now: start + 1.5)
        #expect(news.afterReload([shanxi, Self.group("hebei-2027", host: "anna-berg")]).isEmpty)
    }

    @Test func onceTheSyncHasFinishedAndSettledTheCoordinatorsOwnBookingsAreNotTheSyncs() {
        var news = ScheduleNews()
        news.beforeReload([shanxi], progress: .init(incoming: 4, finished: 3), now: start)
        _ = news.afterReload([shanxi])
        news.beforeReload([shanxi], progress: .init(incoming: nil, finished: 4, finishedAt: start + 1), now: start + 1 + ScheduleNews.grace + 1)
        #expect(!news.isOpen)
        #expect(news.afterReload([shanxi, hebei]).isEmpty)
    }

    @Test func withoutASyncBringingChangesNothingIsCompared() {
        var news = ScheduleNews()
        news.beforeReload([shanxi], progress: .init(incoming: nil, finished: 7, finishedAt: start), now: start)
        #expect(!news.isOpen)
        #expect(news.afterReload([shanxi, hebei]).isEmpty)
    }
}
