import Foundation
import VisitDeskDomain

/// The calendar feed (RFC 5545) that colleagues' Outlook, Thunderbird or khal subscribe to: one
/// event per slot of every confirmed or visited delegation.
///
/// UIDs come from the delegation and the slot's start, as in the vdir export
/// (`hebei-2027-20270309T090000@visitdesk`, `VdirExport.slotUIDs`), not from the slot's position:
/// a slot added, removed or moved before the others leaves their events alone in subscribers'
/// calendars. (They were positional, `hebei-2027-slot-0@visitdesk`, until December 2026.)
///
/// The output depends only on its inputs (no clock is read), so `export/visits.ics` changes only
/// when the visits change and a store kept in git or Syncthing does not churn.
public enum ICalendarExport {
    /// The whole feed as one VCALENDAR.
    ///
    /// - Parameters:
    ///   - timeZone: the store's zone; slot times are written with its TZID and a VTIMEZONE derived
    ///     from the system's zone data. A zone whose rules are irregular over the exported years is
    ///     written as UTC times instead, an unknown zone as floating local times.
    ///   - stamp: DTSTAMP, read as UTC. Defaults to a value derived from the data (the latest
    ///     `received` date, else 2000-01-01) so the same store always gives the same bytes.
    public static func calendar(
        delegations: [Delegation], contacts: [Contact], timeZone: String,
        productID: String = "-//VisitDesk//EN", stamp: LocalDateTime? = nil
    ) -> String {
        String(decoding: calendarBytes(delegations: delegations, contacts: contacts, timeZone: timeZone, productID: productID, stamp: stamp), as: UTF8.self)
    }

    /// The same calendar as UTF-8 bytes, in one buffer: at 10,000 delegations the feed is ~6 MB,
    /// and joining the events into a string, wrapping it and converting it held three or four
    /// copies at once. The dashboard's feed does not use this: it streams (`calendarPieces`).
    public static func calendarBytes(
        delegations: [Delegation], contacts: [Contact], timeZone: String,
        productID: String = "-//VisitDesk//EN", stamp: LocalDateTime? = nil
    ) -> [UInt8] {
        var bytes: [UInt8] = []
        calendarPieces(delegations: delegations, contacts: contacts, timeZone: timeZone, productID: productID, stamp: stamp) { piece in
            bytes.append(contentsOf: piece.utf8)
        }
        return bytes
    }

    /// The same calendar in pieces, in order: the header, each event (its text made as it is
    /// handed over, not all held at once), the end.
    public static func calendarPieces(
        delegations: [Delegation], contacts: [Contact], timeZone: String,
        productID: String = "-//VisitDesk//EN", stamp: LocalDateTime? = nil, _ body: (String) -> Void
    ) {
        let events = ICalendarEvents(delegations: delegations, contacts: contacts, timeZone: timeZone, stamp: stamp)
        let (head, tail) = events.frame(productID: productID)
        body(head)
        events.forEachText(body)
        body(tail)
    }

    /// One VCALENDAR per event, named `<uid>.ics`: the layout of a vdir, which khal and
    /// vdirsyncer read and which syncs one event per file.
    public static func eventFiles(
        delegations: [Delegation], contacts: [Contact], timeZone: String,
        productID: String = "-//VisitDesk//EN", stamp: LocalDateTime? = nil
    ) -> [(name: String, contents: String)] {
        let events = ICalendarEvents(delegations: delegations, contacts: contacts, timeZone: timeZone, stamp: stamp)
        return events.all.map { ("\($0.uid).ics", events.wrap($0.text, productID: productID)) }
    }
}

/// The events of an export and the calendar frame around them.
///
/// The order of the events is worked out first (by start, then UID) and each event's text is made
/// when it is asked for, so the feed can go into its buffer one event at a time: at 10,000
/// delegations, holding every event's text beside the finished buffer, and a copy of every
/// contact for the names, was ~19 MB of the dashboard's peak memory on each reload.
struct ICalendarEvents {
    struct Event {
        var uid: String
        var start: LocalDateTime
        var text: String
    }

    /// An event before its text: which visit and which of its slots. Its UID is made when it is
    /// written (and for the sort, only where starts tie): held for every event, the UIDs were
    /// 1.2 MB of each feed write at 50,000 delegations.
    private struct Placed {
        var start: LocalDateTime
        var visit: Int
        var slot: Int
    }

    private let visits: [Delegation]
    private let statuses: [String]
    private let order: [Placed]
    private let uids: @Sendable (Delegation) -> [String]
    /// Only the people the visits name (lead, hosts, coordinator).
    private let people: NamedPeople
    private let stampText: String
    private let times: SlotTimes
    private let timeZoneBlock: String

    /// Which delegations become events, with what STATUS, and each slot's UID. The feed: visits
    /// (CONFIRMED); the vdir export (`VdirExport`) keeps cancelled ones for a while too.
    struct Selection: Sendable {
        var status: @Sendable (Delegation) -> String?
        var uids: @Sendable (Delegation) -> [String]

        static let feed = Selection(
            status: { $0.status.isGroup ? "CONFIRMED" : nil },
            uids: VdirExport.slotUIDs)
    }

    /// The people an event of `visit` names: its lead and coordinator, each slot's host — all the
    /// feed shows of anyone (`CalendarFeed.mayChange` reads the same).
    static func namedIDs(of visit: Delegation) -> [String] {
        [visit.lead, visit.owner].compactMap { $0 } + visit.slots.compactMap(\.host)
    }

    init(delegations: [Delegation], contacts: [Contact], timeZone: String, stamp: LocalDateTime?, selection: Selection = .feed) {
        var visits: [Delegation] = []
        var statuses: [String] = []
        for delegation in delegations {
            guard let status = selection.status(delegation) else { continue }
            visits.append(delegation)
            statuses.append(status)
        }
        let years = visits.flatMap(\.slots).flatMap { [$0.start.date.year, $0.end.date.year] }
        times = SlotTimes(zone: timeZone, years: years)
        stampText = ICalendarDate.utc(stamp ?? Self.derivedStamp(visits))
        people = NamedPeople(contacts) { Set(visits.flatMap(ICalendarEvents.namedIDs)) }

        var order: [Placed] = []
        for (visitIndex, delegation) in visits.enumerated() {
            // A slot that ends before it starts is a validation error already reported by
            // `check`; calendar programs reject such an event, so it is left out of the feed.
            for (index, slot) in delegation.slots.enumerated() where slot.start < slot.end {
                order.append(Placed(start: slot.start, visit: visitIndex, slot: index))
            }
        }
        Self.sortByStartThenUID(&order, visits: visits, uids: selection.uids)
        self.order = order
        self.uids = selection.uids
        self.visits = visits
        self.statuses = statuses
        timeZoneBlock = times.vtimezone
    }

    /// By start, and events that start together by UID, whose strings are made for those only.
    private static func sortByStartThenUID(_ order: inout [Placed], visits: [Delegation], uids: (Delegation) -> [String]) {
        order.sort { $0.start < $1.start }
        var runStart = 0
        while runStart < order.count {
            var runEnd = runStart + 1
            while runEnd < order.count, order[runEnd].start == order[runStart].start { runEnd += 1 }
            if runEnd - runStart > 1 {
                let run = order[runStart..<runEnd].map { (uid: uids(visits[$0.visit])[$0.slot], placed: $0) }
                order.replaceSubrange(runStart..<runEnd, with: run.sorted { $0.uid < $1.uid }.map(\.placed))
            }
            runStart = runEnd
        }
    }

    private func uid(of placed: Placed) -> String {
        uids(visits[placed.visit])[placed.slot]
    }

    /// Every event with its text, in order (the vdir export writes each to its own file).
    var all: [Event] {
        order.map { Event(uid: uid(of: $0), start: $0.start, text: text(of: $0)) }
    }

    /// Each event's text in order, made one at a time.
    func forEachText(_ body: (String) -> Void) {
        for placed in order { body(text(of: placed)) }
    }

    private func text(of placed: Placed) -> String {
        ICalendarEventText.vevent(
            uid: uid(of: placed), stamp: stampText, delegation: visits[placed.visit], slot: visits[placed.visit].slots[placed.slot],
            people: people, times: times, status: statuses[placed.visit])
    }

    func wrap(_ body: String, productID: String) -> String {
        let (head, tail) = frame(productID: productID)
        return head + body + tail
    }

    /// What comes before the events (the calendar's header and time zone) and after them.
    func frame(productID: String) -> (head: String, tail: String) {
        let head = ContentLine.line("BEGIN", "VCALENDAR")
            + ContentLine.line("VERSION", "2.0")
            + ContentLine.line("PRODID", productID)
            + ContentLine.line("CALSCALE", "GREGORIAN")
            + ContentLine.line("METHOD", "PUBLISH")
            + timeZoneBlock
        return (head, ContentLine.line("END", "VCALENDAR"))
    }

    static func derivedStamp(_ visits: [Delegation]) -> LocalDateTime {
        let day = visits.compactMap(\.received).max() ?? LocalDate(year: 2000, month: 1, day: 1)
        return LocalDateTime(date: day, time: LocalTime(hour: 0, minute: 0))
    }
}

/// How slot times are written: with a TZID and its VTIMEZONE when the zone's rules can be
/// written, else in UTC, else (unknown zone) as floating local times.
struct SlotTimes {
    let zone: String
    let vtimezone: String
    private let mode: Mode

    private enum Mode {
        case zoned
        case utc(TimeZone)
        case floating
    }

    init(zone: String, years: [Int]) {
        self.zone = zone
        let low = years.min() ?? 2000
        let high = max(years.max() ?? 2000, low + 2)
        if let rules = ZoneRules.derive(zone: zone, years: low...high) {
            mode = .zoned
            vtimezone = VTimeZoneText.block(zone: zone, rules: rules)
        } else if let known = TimeZone(identifier: zone) {
            mode = .utc(known)
            vtimezone = ""
        } else {
            mode = .floating
            vtimezone = ""
        }
    }

    func line(_ name: String, _ value: LocalDateTime) -> String {
        switch mode {
        case .zoned:
            return ContentLine.line(name, [("TZID", zone)], ICalendarDate.local(value))
        case .utc(let timeZone):
            if let utc = ICalendarDate.toUTC(value, zone: timeZone) {
                return ContentLine.line(name, ICalendarDate.utc(utc))
            }
            return ContentLine.line(name, ICalendarDate.local(value))
        case .floating:
            return ContentLine.line(name, ICalendarDate.local(value))
        }
    }
}
