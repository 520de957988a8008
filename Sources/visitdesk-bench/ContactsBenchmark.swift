import Foundation
import VisitDeskDomain
import VisitDeskUI

/// `visitdesk-bench contacts [--contacts N]`: what finding people costs on a store of 10,000
/// delegations and N (20,000) contacts, a third of them Chinese with distinct names, so the pinyin
/// transform (~110 µs a name) is paid for real rather than hidden by the cache. Prints the search
/// keys' own cost, deriving the lists (start-up; the keys are built in the background), the first
/// lookup at once after it (which waits for them), a reload with one contact edited (keys reused),
/// and key → frame in the `@` lookup over queries typed one character at a time.
enum ContactsBenchmark {
    static let family = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
    static let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰")

    static func run(_ arguments: [String]) {
        let count = Bench.option("--contacts", in: arguments).flatMap(Int.init) ?? 20_000
        let today = LocalDate(year: 2026, month: 11, day: 25)
        let base = SyntheticCatalog.make(delegations: 10_000, contacts: count, today: today)
        var contacts = base.contacts
        for i in contacts.indices where contacts[i].nameZh != nil {
            // Family + two given characters: 20 x 27 x 27 distinct names.
            let n = i / 3
            let name = String([family[n % family.count], given[(n / family.count) % given.count],
                               given[(n / (family.count * given.count)) % given.count]])
            contacts[i].nameZh = name
        }
        let catalog = Catalog(settings: base.settings, delegations: base.delegations, contacts: contacts)
        let size = TerminalSize(width: 120, height: 40)

        let keysCPU = cpuSeconds { for contact in contacts { _ = SearchKeys(contact: contact) } }
        var state = AppState(catalog: catalog, size: size, today: today)
        var startCPU = 0.0
        let startSeconds = Bench.time { startCPU = cpuSeconds { state = AppState(catalog: catalog, size: size, today: today) } }
        // The first lookup right after start-up waits for the keys still being built in the background.
        let firstLookupSeconds = Bench.time {
            _ = update(&state, .key(.character("@")))
            _ = update(&state, .key(.character("z")))
            _ = update(&state, .key(.escape))
        }
        var edited = contacts
        edited[7].notes += "\nedited"
        let oneChanged = Catalog(settings: catalog.settings, delegations: catalog.delegations, contacts: edited)
        let reloadSeconds = Bench.time { _ = update(&state, .catalogReplaced(oneChanged, summary: nil)) }

        let queries = ["zhang wei", "张伟", "zw", "0701", "+46 70 123", "öberg", "hebei", "person123@"]
        var samples: [Double] = []
        var cpuSamples: [Double] = []
        var checksum = 0
        for query in queries {
            _ = update(&state, .key(.character("@")))
            for character in query {
                var cpu = 0.0
                samples.append(Bench.time {
                    cpu = cpuSeconds {
                        _ = update(&state, .key(.character(character)))
                        checksum &+= render(state).width
                    }
                })
                cpuSamples.append(cpu)
            }
            _ = update(&state, .key(.escape))
        }
        print("contacts: \(catalog.delegations.count) delegations, \(count) contacts (\(count / 3 + 1) with distinct Chinese names), 120x40")
        print("  search keys alone, CPU:                        \(Bench.ms(keysCPU))")
        print("  derive lists with search keys (AppState.init): \(Bench.ms(startSeconds)) wall, \(Bench.ms(startCPU)) CPU")
        print("  first lookup key at once after start:        \(Bench.ms(firstLookupSeconds)) (waits for the background keys)")
        print("  one contact edited → reindex:                  \(Bench.ms(reloadSeconds))")
        print("  @ lookup key → frame over \(samples.count) keys:  p50 \(Bench.ms(Bench.median(samples)))  p99 \(Bench.ms(Bench.percentile(samples, 0.99)))  max \(Bench.ms(samples.max() ?? 0))")
        print("  @ lookup key → frame, CPU:                     p50 \(Bench.ms(Bench.median(cpuSamples)))  p99 \(Bench.ms(Bench.percentile(cpuSamples, 0.99)))")
        if checksum == 42 { print("") }
    }

    /// CPU time of this thread: the machine is shared, so wall time says more about the others.
    static func cpuSeconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return now() - start
    }
}
