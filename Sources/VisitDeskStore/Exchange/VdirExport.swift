import Foundation
import VisitDeskDomain

/// The store as a vdir for vdirsyncer to push to a CalDAV/CardDAV server (phones, desktop
/// calendars): `calendar/<uid>.ics`, one event per slot, and `contacts/<id>.vcf`, one card per
/// person.
///
/// A slot's UID comes from its delegation and its start (`qingdao-bank-20270309T090000@visitdesk`),
/// not its position, so adding, removing or reordering slots leaves the other events alone on
/// every subscriber's phone. Two slots with the same start get `-2`, `-3` in file order. A
/// cancelled visit stays published as STATUS:CANCELLED until `retentionDays` after its last
/// slot, so subscribers see the cancellation instead of an event that silently vanishes.
public enum VdirExport {
    public static let calendarFolder = "calendar"
    public static let contactsFolder = "contacts"

    public struct Summary: Sendable, Equatable {
        public var events = 0
        public var cards = 0
        /// Files written because they were new or changed (the others were left untouched, so
        /// vdirsyncer sees no change).
        public var written = 0
        /// Files of events or cards that no longer exist.
        public var removed = 0
    }

    public static func slotUIDs(_ delegation: Delegation) -> [String] {
        var seen: [String: Int] = [:]
        return delegation.slots.map { slot in
            let base = "\(delegation.id)-\(ICalendarDate.local(slot.start))"
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            return (count == 1 ? base : "\(base)-\(count)") + "@visitdesk"
        }
    }

    public static func eventFiles(
        delegations: [Delegation], contacts: [Contact], timeZone: String, today: LocalDate, retentionDays: Int = 30
    ) -> [(name: String, contents: String)] {
        let selection = ICalendarEvents.Selection(
            status: { delegation in
                if delegation.status.isGroup { return "CONFIRMED" }
                guard delegation.status == .cancelled, let last = delegation.slots.map(\.end.date).max(),
                    last.adding(days: retentionDays) >= today else { return nil }
                return "CANCELLED"
            },
            uids: slotUIDs)
        let events = ICalendarEvents(delegations: delegations, contacts: contacts, timeZone: timeZone, stamp: nil, selection: selection)
        let productID = "-//VisitDesk//EN"
        return events.all.map { (fileName($0.uid, ".ics"), events.wrap($0.text, productID: productID)) }
    }

    /// Writes the vdir under `folder`, changing only files whose bytes differ and removing the
    /// `.ics` / `.vcf` files of events and cards that are gone. Other files are left alone.
    public static func write(
        to folder: String, catalog: Catalog, today: LocalDate, retentionDays: Int = 30
    ) throws(FileIOError) -> Summary {
        let events = eventFiles(delegations: catalog.delegations, contacts: catalog.contacts,
                                timeZone: catalog.settings.timezone, today: today, retentionDays: retentionDays)
        let cards = VCardExport.cardFiles(catalog.contacts)
        var summary = Summary(events: events.count, cards: cards.count)
        try FileIO.makeFolder(folder)
        for (sub, files, suffix) in [(calendarFolder, events, ".ics"), (contactsFolder, cards, ".vcf")] {
            let path = folder + "/" + sub
            try FileIO.makeFolder(path)
            for file in files {
                let bytes = Array(file.contents.utf8)
                if (try? FileIO.read(path + "/" + file.name)) == bytes { continue }
                _ = try FileIO.writeAtomically(bytes, to: path + "/" + file.name, expected: nil, checkExpected: false)
                summary.written += 1
            }
            let keep = Set(files.map(\.name))
            for name in (try FileIO.listFolder(path)) ?? [] where name.hasSuffix(suffix) && !keep.contains(name) {
                if unlink(path + "/" + name) == 0 { summary.removed += 1 }
            }
        }
        return summary
    }

    /// `@` and other characters some servers dislike in a resource name become `-`.
    static func fileName(_ uid: String, _ suffix: String) -> String {
        let stem = uid.hasSuffix("@visitdesk") ? String(uid.dropLast("@visitdesk".count)) : uid
        return String(stem.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" }) + suffix
    }
}
