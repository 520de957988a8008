import Foundation
import VisitDeskDomain
import VisitDeskStore

/// `visitdesk-bench store [--delegations N] [--contacts N] [--dir DIR]`: generates a store, then
/// measures a full load against `cat` over the same files, a one-file reload, and peak memory.
enum StoreBenchmark {
    static func run(_ arguments: [String]) {
        let delegations = Int(Bench.option("--delegations", in: arguments) ?? "") ?? 10_000
        let contacts = Int(Bench.option("--contacts", in: arguments) ?? "") ?? delegations * 2
        let root = Bench.option("--dir", in: arguments) ?? Bench.scratch("store-\(delegations)")
        let generated = SyntheticStore.ensure(at: root, delegations: delegations, contacts: contacts)
        print("store: \(root) (\(delegations) delegations, \(contacts) contacts, \(generated ? "generated" : "reused"))")
        if let rounds = Bench.option("--warm-only", in: arguments).flatMap(Int.init) {
            return profile(root: root, rounds: rounds, warm: true)
        }
        if let rounds = Bench.option("--cold-only", in: arguments).flatMap(Int.init) {
            return profile(root: root, rounds: rounds, warm: false)
        }

        let catCommand = "cd '\(root)' && find delegations contacts -name '*.toml' -exec cat {} + > /dev/null"
        _ = Bench.shell(catCommand)  // warm the page cache, as on a coordinator's machine
        let catTime = Bench.median((0..<3).map { _ in Bench.shell(catCommand) })

        let baseline = Bench.memoryKB("VmRSS")
        var loads: [Double] = []
        var store = RecordStore(root: root)
        for _ in 0..<3 {
            store = RecordStore(root: root)
            loads.append(Bench.time { try! store.load() })
        }
        let load = Bench.median(loads)
        let resident = Bench.memoryKB("VmRSS")
        print("full load: \(Bench.ms(load)) (median of 3); cat: \(Bench.ms(catTime)); ratio \(String(format: "%.2f", load / catTime))x")
        // Warm start: the start-up cache (written "later", so no file counts as racily clean).
        let cacheFolder = root + "-cache"
        try? FileManager.default.removeItem(atPath: cacheFolder)
        store = RecordStore(root: root, cacheFolder: cacheFolder)
        try! store.load()
        let cacheWrite = Bench.time { store.cacheSnapshot(now: StoreCache.now() + 10_000_000_000)?.write() }
        print("writing the start-up cache (snapshot + encode + atomic write): \(Bench.ms(cacheWrite))")
        var warm: [Double] = []
        for _ in 0..<5 {
            store = RecordStore(root: root, cacheFolder: cacheFolder)
            warm.append(Bench.time { try! store.load() })
        }
        let warmResident = Bench.memoryKB("VmRSS")
        print("  phases of the last warm load (ms): \(store.loadPhases.summary)")
        let cacheRead = Bench.time { _ = StoreCache.read(StoreCache.file(in: cacheFolder, forStore: root), root: root) }
        print("  of which reading and decoding the cache file: \(Bench.ms(cacheRead))")
        print("warm load (start-up cache): \(Bench.ms(Bench.median(warm))) (median of 5), \(store.filesParsedAtLoad) files parsed; ratio to cat \(String(format: "%.2f", Bench.median(warm) / catTime))x")
        print("records: \(store.catalog.delegations.count) delegations, \(store.catalog.contacts.count) contacts, \(store.catalog.problems.count) problems")

        // One file changed by someone else, then reloaded as the watcher would ask.
        var reloads: [Double] = []
        for round in 0..<200 {
            let id = store.catalog.delegations[round * 37 % store.catalog.delegations.count].id
            let path = root + "/delegations/\(id).toml"
            var text = try! String(contentsOfFile: path, encoding: .utf8)
            text += "# touched \(round)\n"
            try! text.write(toFile: path, atomically: true, encoding: .utf8)
            reloads.append(Bench.time { _ = store.apply(WatchBatch(paths: ["delegations/\(id).toml"])) })
        }
        print("one-file reload: median \(Bench.ms(Bench.median(reloads))), p99 \(Bench.ms(Bench.percentile(reloads, 0.99)))")
        print("memory: resident after cold load \(resident / 1024) MB, after warm load \(warmResident / 1024) MB (baseline \(baseline / 1024) MB), peak \(Bench.memoryKB("VmHWM") / 1024) MB")
    }
}

extension StoreBenchmark {
    /// `--warm-only N` / `--cold-only N`: nothing but N loads with or without the start-up cache,
    /// so `perf record` sees one path alone.
    static func profile(root: String, rounds: Int, warm: Bool) {
        let cacheFolder = root + "-cache"
        if warm, !FileManager.default.fileExists(atPath: StoreCache.file(in: cacheFolder, forStore: root)) {
            let store = RecordStore(root: root, cacheFolder: cacheFolder)
            try! store.load()
            store.cacheSnapshot(now: StoreCache.now() + 10_000_000_000)?.write()
        }
        let baseline = Bench.memoryKB("VmRSS")
        var times: [Double] = []
        var fastest = LoadPhases()
        for _ in 0..<rounds {
            let store = RecordStore(root: root, cacheFolder: warm ? cacheFolder : nil)
            times.append(Bench.time { try! store.load() })
            if times.last == times.min() { fastest = store.loadPhases }
        }
        print("\(warm ? "warm" : "cold") load: median \(Bench.ms(Bench.median(times))), min \(Bench.ms(times.min() ?? 0)) over \(rounds)")
        print("  phases of the fastest (ms): \(fastest.summary)")
        print("  resident \(Bench.memoryKB("VmRSS") / 1024) MB with the last store loaded (\(baseline / 1024) MB before the first load)")
    }
}

/// A large store for benchmarks, with records shaped like the real ones (about 15 keys, slots,
/// Chinese text, comments), generated once and reused.
enum SyntheticStore {
    static let interests = ["waste-water", "recycling", "composting", "mine-remediation", "motorhomes", "camping", "banking", "biogas", "district-heating"]
    static let provinces = [("Hebei", "河北"), ("Shanxi", "山西"), ("Jiangsu", "江苏"), ("Shandong", "山东"), ("Guangdong", "广东")]

    @discardableResult
    static func ensure(at root: String, delegations: Int, contacts: Int) -> Bool {
        let marker = root + "/.generated-\(delegations)-\(contacts)"
        if FileManager.default.fileExists(atPath: marker) { return false }
        try? FileManager.default.removeItem(atPath: root)
        for folder in ["delegations", "contacts"] {
            try! FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        try! "name = \"Benchmark store\"\n".write(toFile: root + "/store.toml", atomically: false, encoding: .utf8)
        for index in 0..<contacts {
            try! contactText(index).write(toFile: root + "/contacts/contact-\(index).toml", atomically: false, encoding: .utf8)
        }
        for index in 0..<delegations {
            try! delegationText(index, contacts: contacts).write(toFile: root + "/delegations/delegation-\(index).toml", atomically: false, encoding: .utf8)
        }
        _ = FileManager.default.createFile(atPath: marker, contents: nil)
        return true
    }

    static func contactText(_ index: Int) -> String {
        let chinese = index % 2 == 0
        let (province, provinceZh) = provinces[index % provinces.count]
        return chinese ? """
            name = "Zhang Wei \(index)"
            name_zh = "张伟\(index)"
            country = "CN"
            organisation = "\(province) Bureau of Commerce"
            organisation_zh = "\(provinceZh)省商务厅"
            role = "Deputy director"
            phones = ["+86 138 \(String(format: "%04d", index % 10_000)) 8000"]
            emails = ["zhang.wei\(index)@example.cn"]
            wechat = "zw_\(index)"
            languages = ["zh", "en"]

            """ : """
            name = "Åsa Öberg \(index)"
            country = "SE"
            organisation = "Borlänge kommun"
            role = "Environmental engineer"
            phones = ["072-\(String(format: "%03d", index % 1000)) 01 71", "023-77 85 00"]
            emails = ["asa.oberg\(index)@example.se"]
            languages = ["sv", "en"]
            topics = ["\(interests[index % interests.count])"]   # what she can show

            """
    }

    static func delegationText(_ index: Int, contacts: Int) -> String {
        let statuses = ["new", "reviewing", "on-hold", "confirmed", "visited", "declined", "cancelled"]
        let status = statuses[index % statuses.count]
        let (province, provinceZh) = provinces[index % provinces.count]
        let month = index % 12 + 1
        let day = index % 27 + 1
        var text = """
            # Request \(index), entered by hand
            title = "\(province) delegation \(index)"
            title_zh = "\(provinceZh)省代表团（第\(index % 9 + 1)批）"
            status = "\(status)"
            organisation = "\(province) Bureau of Commerce"
            organisation_zh = "\(provinceZh)省商务厅"
            origin = "\(province), China"
            received = 2027-\(String(format: "%02d", month))-\(String(format: "%02d", day))
            size = \(index % 20 + 3)
            interests = ["\(interests[index % interests.count])", "\(interests[(index + 3) % interests.count])"]
            earliest = 2027-\(String(format: "%02d", month))-01
            latest = 2027-\(String(format: "%02d", month))-28
            lead = "contact-\((index * 2) % contacts)"
            owner = "contact-\((index * 2 + 1) % contacts)"
            reason = ""
            notes = "Interpreter needed."

            """
        if status == "confirmed" || status == "visited" {
            text += """

                [[slots]]
                start = 2027-\(String(format: "%02d", month))-\(String(format: "%02d", day))T09:00:00
                end = 2027-\(String(format: "%02d", month))-\(String(format: "%02d", day))T11:30:00
                place = "Dalarna Science Park, Borlänge"
                host = "contact-\((index * 2 + 3) % contacts)"
                topic = "Welcome and overview"

                """
        }
        return text
    }
}
