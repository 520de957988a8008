import Foundation
import VisitDeskDocuments
import VisitDeskDomain
import VisitDeskStore

/// A five-day programme (20 slots, a host each) written as text and HTML, in the demo store and
/// in a store of ~10,000 delegations: the target is under 20 ms, and the large store must not
/// slow it (contacts are found by binary search, nothing walks the store). The first call of a
/// process also pays ICU's Han-Latin start-up (~80 ms) when a Chinese name needs pinyin.
enum DocumentsBenchmark {
    static func run(_ arguments: [String]) {
        let copies = Int(Bench.option("--copies", in: arguments) ?? "") ?? 300
        for catalog in [ExchangeBenchmark.scaledDemo(copies: 1), ExchangeBenchmark.scaledDemo(copies: copies)] {
            let visit = fiveDayVisit(in: catalog)
            print("documents: \(catalog.delegations.count) delegations, \(catalog.contacts.count) contacts; visit of \(visit.slots.count) slots over 5 days")
            for lang in ["en", "zh+en"] {
                let readers = try! ReaderLanguages(parsing: lang)
                let make = { ProgrammeLayout(delegation: visit, settings: catalog.settings, readers: readers, contact: catalog.contact(id:)).body() }
                let cold = Bench.time { _ = TextWriter.write(make()) }
                let text = (0..<20).map { _ in Bench.time { _ = TextWriter.write(make()) } }
                let html = (0..<20).map { _ in Bench.time { _ = HTMLWriter.write(make()) } }
                print("  \(lang.padding(toLength: 6, withPad: " ", startingAt: 0)) first call \(Bench.ms(cold)); text \(Bench.ms(Bench.median(text))) median, \(Bench.ms(Bench.percentile(text, 0.95))) p95; html \(Bench.ms(Bench.median(html))) median, \(Bench.ms(Bench.percentile(html, 0.95))) p95")
            }
        }
    }

    /// The Hebei group stretched to five days of four slots, hosts taken from the store's Swedish side.
    static func fiveDayVisit(in catalog: Catalog) -> Delegation {
        var visit = catalog.delegations.first { $0.id.hasPrefix("hebei-commerce-waste-water") }!
        let hosts = catalog.contacts.filter { $0.side == .swedish }.prefix(8).map(\.id)
        let first = LocalDate(year: 2027, month: 3, day: 22)
        visit.slots = (0..<5).flatMap { day in
            (0..<4).map { index in
                let date = first.adding(days: day)
                return Slot(start: LocalDateTime(date: date, time: LocalTime(hour: 9 + index * 2, minute: 0)),
                            end: LocalDateTime(date: date, time: LocalTime(hour: 10 + index * 2, minute: 30)),
                            place: "Site \(index)", host: hosts[(day + index) % hosts.count], topic: "Topic \(day)-\(index)")
            }
        }
        return visit
    }
}
