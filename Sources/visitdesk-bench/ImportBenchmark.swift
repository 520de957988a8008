import Foundation

/// `visitdesk-bench import [--cards N] [--contacts N]`: the release `visitdesk import vcf` (found
/// beside this binary) run on a copy of the synthetic store — half the cards are people the store
/// has (found by e-mail, each bringing a new phone), half are new — first with `--dry-run` (read,
/// match, merge: everything but the writes), then for real.
enum ImportBenchmark {
    static func run(_ arguments: [String]) {
        let cards = Int(Bench.option("--cards", in: arguments) ?? "") ?? 10_000
        let contacts = Int(Bench.option("--contacts", in: arguments) ?? "") ?? 20_000
        let source = Bench.scratch("import-\(contacts)")
        SyntheticStore.ensure(at: source, delegations: contacts / 2, contacts: contacts)
        let work = source + "-work"
        let file = source + "-\(cards).vcf"
        try? cardsText(cards, contacts: contacts).write(toFile: file, atomically: true, encoding: .utf8)
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("visitdesk").path
        print("import: \(cards) cards into \(contacts) contacts (\(contacts / 2) delegations), \(binary)")
        for arguments in ["--update --dry-run", "--update"] {
            // `sync` after the copy: the import's one `syncfs` would otherwise also flush the
            // copy's 30,000 fresh files, and the figure would be the bench's writes, not the import's.
            _ = Bench.shell("rm -rf '\(work)' && cp -r '\(source)' '\(work)' && sync")
            let seconds = Bench.shell("'\(binary)' import vcf '\(file)' --store '\(work)' \(arguments) > '\(work).out'")
            let summary = (try? String(contentsOfFile: work + ".out", encoding: .utf8))?.split(separator: "\n").last ?? ""
            print("  \(arguments): \(String(format: "%.2f s", seconds)) wall — \(summary)")
        }
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
}
