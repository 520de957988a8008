import Foundation
import VisitDeskDomain
import VisitDeskUI

/// `visitdesk-bench ui [--delegations N] [--contacts N] [--keys N]`: the UI core on a synthetic
/// store of 10,000 delegations and 20,000 contacts. Prints the cost of deriving the panes' lists
/// from a catalog (start-up and every reload), the first frame, and key → next frame
/// (update + render) at p50/p99 over a mix of list moves, pane switches and filter typing.
func runUIBenchmark(_ arguments: [String]) {
    func option(_ name: String, _ fallback: Int) -> Int {
        guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let n = Int(arguments[i + 1]) else { return fallback }
        return n
    }
    let delegationCount = option("--delegations", 10_000)
    let contactCount = option("--contacts", 20_000)
    let keyCount = option("--keys", 1_000)
    let today = LocalDate(year: 2026, month: 11, day: 25)
    let catalog = SyntheticCatalog.make(delegations: delegationCount, contacts: contactCount, today: today)
    let size = TerminalSize(width: 120, height: 40)

    let (state0, indexSeconds) = measure { AppState(catalog: catalog, size: size, today: today) }
    var state = state0
    let (_, firstFrameSeconds) = measure { render(state) }
    // As the dashboard does once its first frame is drawn: search keys and the other deferred
    // indexes build on the other core while keys are pressed.
    BackgroundWork.start()
    // One file changed on disk: the store hands over a catalog with one delegation edited.
    var edited = catalog.delegations
    edited[42].title += " (edited)"
    let oneChanged = Catalog(settings: catalog.settings, delegations: edited, contacts: catalog.contacts)
    let (_, reloadSeconds) = measure { () -> Grid in
        _ = update(&state, .catalogReplaced(oneChanged, summary: Phrase("reloaded %s", "delegations/d-00042.toml")))
        return render(state)
    }

    let keys = UIBenchmarkKeys.sequence(count: keyCount)
    var samples: [Double] = []
    var cpuSamples: [Double] = []
    samples.reserveCapacity(keys.count)
    var checksum = 0
    for key in keys {
        let cpuStart = threadCPUSeconds()
        let (grid, seconds) = measure { () -> Grid in
            _ = update(&state, .key(key))
            return render(state)
        }
        cpuSamples.append(threadCPUSeconds() - cpuStart)
        checksum &+= grid.width
        samples.append(seconds)
    }
    samples.sort()
    cpuSamples.sort()
    func percentile(_ p: Double, _ sorted: [Double]) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
    func ms(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000) }
    print("ui: \(delegationCount) delegations, \(contactCount) contacts, 120x40")
    print("  derive lists (AppState.init):      \(ms(indexSeconds))")
    print("  first frame (render):              \(ms(firstFrameSeconds))")
    print("  one delegation changed → frame:    \(ms(reloadSeconds))")
    print("  key → frame over \(samples.count) keys, wall:  p50 \(ms(percentile(0.5, samples)))  p99 \(ms(percentile(0.99, samples)))  max \(ms(samples.last ?? 0))")
    // CPU time of this thread: the work itself, without the time other processes held the core.
    print("  key → frame over \(samples.count) keys, CPU:   p50 \(ms(percentile(0.5, cpuSamples)))  p99 \(ms(percentile(0.99, cpuSamples)))  max \(ms(cpuSamples.last ?? 0))")
    // Language switch (`L`): the first one reads the two catalogues; later ones only redraw.
    let languageKey = try! key(named: "L")
    var switches: [Double] = []
    for _ in 0..<90 {
        let (grid, seconds) = measure { () -> Grid in
            _ = update(&state, .key(languageKey))
            return render(state)
        }
        checksum &+= grid.width
        switches.append(seconds)
    }
    let firstSwitch = switches.removeFirst()
    switches.sort()
    print("  language switch (L) → frame:       first \(ms(firstSwitch))  p50 \(ms(percentile(0.5, switches)))  p99 \(ms(percentile(0.99, switches)))  (en → sv → zh, \(switches.count + 1) switches)")
    if checksum == 42 { print("") }  // keeps the frames from being optimised away
    IndexBenchmark.run(catalog, today: today)
}

private func threadCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

private func measure<T>(_ body: () -> T) -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// Keys a coordinator presses: moving through lists, switching panes, typing and clearing filters,
/// the palette and help.
enum UIBenchmarkKeys {
    static let round: [Key] = [
        .down, .down, .down, .pageDown, .down, .tab, .down, .down, .character("G"), .character("g"),
        .character("4"), .character("/"), .character("e"), .character("r"), .character("i"), .character("k"),
        .backspace, .backspace, .escape, .down, .down, .character("1"), .character("/"), .character("s"), .character("h"),
        .enter, .down, .escape, .character("3"), .right, .down, .pageDown, .character("2"), .enter, .pageDown, .escape,
        // The palette ranking every command per keystroke, and help scrolled to its end.
        .character(":"), .character("c"), .character("o"), .character("p"), .character("y"), .escape,
        .character("?"), .end, .escape,
    ]

    static func sequence(count: Int) -> [Key] {
        (0..<count).map { round[$0 % round.count] }
    }
}

/// A store shaped like the real one: mostly closed and confirmed visits over several years, a few
/// hundred open requests, Swedish and Chinese names.
enum SyntheticCatalog {
    static let swedishFirst = ["Åsa", "Erik", "Anna", "Lars", "Ölof", "Karin", "Ängla", "Björn", "Maja", "Zoe\u{308}"]
    static let swedishLast = ["Öberg", "Sjöberg", "Lind", "Berg", "Ährlund", "Nyström", "Holm", "Åkesson"]
    static let chinese = [("Zhang Wei", "张伟"), ("Wang Fang", "王芳"), ("Li Na", "李娜"), ("Liu Yang", "刘洋"), ("Chen Jie", "陈杰")]
    static let topics = ["waste-water", "composting", "mine-remediation", "camping", "motorhomes", "banking", "recycling"]
    static let provinces = [("Hebei", "河北省"), ("Shanxi", "山西省"), ("Jiangsu", "江苏省"), ("Sichuan", "四川省")]

    static func make(delegations: Int, contacts: Int, today: LocalDate) -> Catalog {
        let people = (0..<contacts).map { i -> Contact in
            if i % 3 == 0 {
                let (name, zh) = chinese[i % chinese.count]
                return Contact(id: String(format: "c-%05d", i), name: "\(name) \(i)", nameZh: zh, country: "CN",
                               organisation: "\(provinces[i % 4].0) Bureau of Commerce", organisationZh: "\(provinces[i % 4].1)商务厅",
                               phones: ["+86 138 \(1000 + i % 9000) \(8000 + i % 1000)"], wechat: "wx\(i)", languages: ["zh"])
            }
            return Contact(id: String(format: "c-%05d", i),
                           name: "\(swedishFirst[i % swedishFirst.count]) \(swedishLast[(i / 10) % swedishLast.count]) \(i)",
                           country: "SE", organisation: "Dalarna Företag \(i % 300)", phones: ["070-\(100 + i % 900) \(i % 100) 00"],
                           emails: ["person\(i)@example.se"], topics: [topics[i % topics.count]])
        }
        let statuses: [DelegationStatus] = [.visited, .visited, .confirmed, .declined, .cancelled, .visited, .new, .reviewing, .onHold, .confirmed]
        let visits = (0..<delegations).map { i -> Delegation in
            let status = statuses[i % statuses.count]
            let (province, provinceZh) = provinces[i % provinces.count]
            let day = today.adding(days: (i % 1_400) - 1_000)
            let start = LocalDateTime(date: day, time: LocalTime(hour: 9 + i % 6, minute: (i % 4) * 15))
            let end = LocalDateTime(date: day, time: LocalTime(hour: 11 + i % 6, minute: 0))
            let slots = status.isRequest ? [] : [Slot(start: start, end: end, place: "Borlänge", host: String(format: "c-%05d", (i * 7) % max(1, contacts)))]
            return Delegation(id: String(format: "d-%05d", i), title: "\(province) \(topics[i % topics.count]) delegation \(i)",
                              titleZh: "\(provinceZh)代表团（第\(i % 9 + 1)批）", status: status,
                              received: day.adding(days: -60), size: 5 + i % 20, interests: [topics[i % topics.count]],
                              lead: String(format: "c-%05d", (i * 3) % max(1, contacts)), slots: slots)
        }
        return Catalog(settings: StoreSettings(name: "Synthetic store"), delegations: visits, contacts: people)
    }
}
