import Foundation
import VisitDeskDomain
import VisitDeskUI

/// `visitdesk-bench calendar [--delegations N] [--keys N] [--language en|sv|zh]`: what the calendar adds on a synthetic store
/// (10,000 delegations, about seven slots a day in one place, so thousands of overlaps): the
/// conflict search that runs once per catalog, and key → frame in the month, week and agenda
/// views, where every frame converts hours to the partner's zone.
func runCalendarBenchmark(_ arguments: [String]) {
    let delegationCount = Bench.option("--delegations", in: arguments).flatMap { Int($0) } ?? 10_000
    let keyCount = Bench.option("--keys", in: arguments).flatMap { Int($0) } ?? 600
    let today = LocalDate(year: 2026, month: 11, day: 25)
    let catalog = SyntheticCatalog.make(delegations: delegationCount, contacts: 2_000, today: today)

    var conflictCount = 0
    let conflictSeconds = Bench.time { conflictCount = ConflictFinder.conflicts(in: catalog.delegations).count }
    var state = AppState(catalog: catalog, size: TerminalSize(width: 120, height: 40), today: today)
    // In Swedish and Chinese the other country's holiday names are translated on every frame.
    let language = Bench.option("--language", in: arguments).flatMap(Language.init(rawValue:)) ?? .en
    state.language = language
    let round: [Key] = [.character("3"), .character("w"), .down, .down, .down, .character("]"), .character("]"), .up,
                        .character("A"), .down, .down, .character("["), .character("m"), .right, .character("w"), .character("t")]
    var checksum = 0
    let samples = (0..<keyCount).map { i in
        Bench.time {
            _ = update(&state, .key(round[i % round.count]))
            checksum &+= render(state).width
        }
    }
    print("calendar: \(delegationCount) delegations, 120x40, language \(language.rawValue)")
    print("  conflicts (once per catalog):  \(Bench.ms(conflictSeconds)) for \(conflictCount) conflicts")
    print("  key → frame over \(samples.count) keys in month/week/agenda: p50 \(Bench.ms(Bench.percentile(samples, 0.5)))"
          + "  p99 \(Bench.ms(Bench.percentile(samples, 0.99)))  max \(Bench.ms(samples.max() ?? 0))")
    if checksum == 42 { print("") }
}
