import Foundation
import VisitDeskDomain
import VisitDeskStore

/// The exchange formats at store scale. VisitDesk rewrites `export/visits.ics` after every
/// change, so the iCalendar export of a large store must stay well under a frame's patience.
enum ExchangeBenchmark {
    static func run(_ arguments: [String]) {
        let copies = Int(Bench.option("--copies", in: arguments) ?? "") ?? 300
        let catalog = scaledDemo(copies: copies)
        let slots = catalog.groups.flatMap(\.slots).count
        print("exchange: \(catalog.delegations.count) delegations (\(slots) slots in groups), \(catalog.contacts.count) contacts")

        var ics = ""
        let icsTimes = (0..<5).map { _ in
            Bench.time { ics = ICalendarExport.calendar(delegations: catalog.delegations, contacts: catalog.contacts, timeZone: "Europe/Stockholm") }
        }
        print("  iCalendar export:  \(Bench.ms(Bench.median(icsTimes))) median of 5, \(ics.utf8.count / 1024) KiB")

        var vcf = ""
        let vcfTimes = (0..<5).map { _ in Bench.time { vcf = VCardExport.cards(catalog.contacts) } }
        print("  vCard export:      \(Bench.ms(Bench.median(vcfTimes))) median of 5, \(vcf.utf8.count / 1024) KiB")

        var imported = 0
        let importTime = Bench.time { imported = VCardImport.contacts(from: vcf).contacts.count }
        print("  vCard import:      \(Bench.ms(importTime)) for \(imported) cards")

        let csv = csvText(catalog.contacts)
        let csvTime = Bench.time { imported = CSVContactImport.contacts(from: csv, mapping: nil).contacts.count }
        print("  CSV import:        \(Bench.ms(csvTime)) for \(imported) rows")
        print("  peak memory:       \(Bench.memoryKB("VmHWM") / 1024) MB")
    }

    /// The demo repeated `copies` times with distinct ids, references kept within each copy.
    static func scaledDemo(copies: Int) -> Catalog {
        let demo = DemoStore.catalog(today: LocalDate(year: 2026, month: 11, day: 25))
        var delegations: [Delegation] = []
        var contacts: [Contact] = []
        for copy in 0..<copies {
            let suffix = "-\(copy)"
            for var contact in demo.contacts {
                contact.id += suffix
                contacts.append(contact)
            }
            for var delegation in demo.delegations {
                delegation.id += suffix
                delegation.lead = delegation.lead.map { $0 + suffix }
                delegation.owner = delegation.owner.map { $0 + suffix }
                delegation.members = delegation.members.map { $0 + suffix }
                delegation.slots = delegation.slots.map { slot in
                    var slot = slot
                    slot.host = slot.host.map { $0 + suffix }
                    return slot
                }
                delegations.append(delegation)
            }
        }
        return Catalog(delegations: delegations, contacts: contacts)
    }

    /// A Swedish-Excel-style export of the contacts.
    static func csvText(_ contacts: [Contact]) -> String {
        func cell(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var lines = ["Namn;中文名;Företag;Titel;Telefon;E-post;Land"]
        for c in contacts {
            lines.append([c.name, c.nameZh ?? "", c.organisation ?? "", c.role ?? "", c.phones.joined(separator: " / "),
                          c.emails.joined(separator: ", "), c.country ?? ""].map(cell).joined(separator: ";"))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
