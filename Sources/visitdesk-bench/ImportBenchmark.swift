import Foundation
import Glibc

/// `visitdesk-bench import [--cards N] [--contacts N] [--rows N]`: the release `visitdesk import
/// vcf` (found beside this binary) run on a copy of the synthetic store — half the cards are people
/// the store has (found by e-mail, each bringing a new phone), half are new — first with
/// `--dry-run` (read, match, merge: everything but the writes), then for real. With `--rows N`,
/// the same two runs of `import csv` on an N-row spreadsheet (a tenth of the rows known people).
/// Each run reports wall time, user and system CPU and peak memory (the process's own rusage).
enum ImportBenchmark {
    static func run(_ arguments: [String]) {
        let cards = Int(Bench.option("--cards", in: arguments) ?? "") ?? 10_000
        let contacts = Int(Bench.option("--contacts", in: arguments) ?? "") ?? 20_000
        let rows = Int(Bench.option("--rows", in: arguments) ?? "")
        let source = Bench.scratch("import-\(contacts)")
        SyntheticStore.ensure(at: source, delegations: contacts / 2, contacts: contacts)
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("visitdesk").path
        if let rows {
            let file = source + "-\(rows).csv"
            try? rowsText(rows, contacts: contacts).write(toFile: file, atomically: true, encoding: .utf8)
            print("import: \(rows) CSV rows into \(contacts) contacts (\(contacts / 2) delegations), \(binary)")
            runs(binary, "csv", file, source: source)
        } else {
            let file = source + "-\(cards).vcf"
            try? cardsText(cards, contacts: contacts).write(toFile: file, atomically: true, encoding: .utf8)
            print("import: \(cards) cards into \(contacts) contacts (\(contacts / 2) delegations), \(binary)")
            runs(binary, "vcf", file, source: source)
        }
    }

    private static func runs(_ binary: String, _ kind: String, _ file: String, source: String) {
        let work = source + "-work"
        for arguments in ["--update --dry-run", "--update"] {
            // `sync` after the copy: the import's one `syncfs` would otherwise also flush the
            // copy's 30,000 fresh files, and the figure would be the bench's writes, not the import's.
            _ = Bench.shell("rm -rf '\(work)' && cp -r '\(source)' '\(work)' && sync")
            let figures = measured("exec '\(binary)' import \(kind) '\(file)' --store '\(work)' \(arguments) > '\(work).out'")
            let summary = (try? String(contentsOfFile: work + ".out", encoding: .utf8))?.split(separator: "\n").last ?? ""
            print("  \(arguments): \(String(format: "%.2f s wall, %.2f s user, %.2f s sys, peak %.0f MB", figures.wall, figures.user, figures.sys, figures.peakMB)) — \(summary)")
        }
    }

    struct Figures {
        var wall = 0.0, user = 0.0, sys = 0.0, peakMB = 0.0
    }

    /// Runs `command` under /bin/sh and reads the child's own resource usage from `wait4`.
    static func measured(_ command: String) -> Figures {
        var figures = Figures()
        var pid = pid_t()
        let words: [String] = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return figures }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        figures.wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        figures.user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        figures.sys = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        figures.peakMB = Double(usage.ru_maxrss) / 1024
        return figures
    }

    /// Even cards: store contacts found by e-mail with one new phone each; odd ones: new people.
    static func cardsText(_ count: Int, contacts: Int) -> String {
        (0..<count).map { k -> String in
            if k % 2 == 0 {
                let index = (k * 2) % contacts
                return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zhang Wei \(index)\r\nEMAIL:zhang.wei\(index)@example.cn\r\n"
                    + "TEL;TYPE=CELL:+86 139 \(String(format: "%04d", k % 10_000)) 1234\r\nEND:VCARD\r\n"
            }
            return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Import Person \(k)\r\nN:Person;Import \(k);;;\r\nORG:Example AB\r\n"
                + "EMAIL:person\(k)@example.org\r\nTEL;TYPE=CELL:+46 70 \(String(format: "%03d", k % 1000)) \(String(format: "%02d", k / 1000 % 100)) 00\r\nEND:VCARD\r\n"
        }.joined()
    }

    /// A Swedish Excel export: every tenth row a store contact (by e-mail), the rest new people.
    static func rowsText(_ count: Int, contacts: Int) -> String {
        "Namn;E-post;Telefon;Företag\r\n" + (0..<count).map { k -> String in
            if k % 10 == 0 {
                let index = (k * 2) % contacts
                return "Zhang Wei \(index);zhang.wei\(index)@example.cn;+86 139 \(String(format: "%04d", k % 10_000)) 1234;\r\n"
            }
            return "Row Person \(k);row\(k)@example.org;070-\(String(format: "%03d", k % 1000)) \(String(format: "%02d", k / 1000 % 100)) \(String(format: "%02d", k / 100_000 % 100));Example AB\r\n"
        }.joined()
    }
}
