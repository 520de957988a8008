import ArgumentParser
import Foundation
import Glibc
import VisitDeskDomain
import VisitDeskStore

/// Carries out (or, with `--dry-run`, describes) one import: the plan per person, the fields
/// each gains, changes or keeps, and a summary whose counts decide the exit status.
///
/// The file is read as a stream: each person is matched and planned as soon as their card or
/// row ends. A dry run prints each person's lines then and keeps nothing but counts; a real run
/// keeps each person's final contact (to write) and their report lines (printed once the
/// writes show which succeeded).
struct ContactImportRun {
    let file: String
    let common: Import.Common
    /// Reads the file into the receiver (`VCardImport.read`, `CSVContactImport.read`).
    let read: (inout ImportSession) -> Void

    func run(options: StoreOptions) throws {
        let progress = TerminalProgress()
        progress.show(l10n.text("opening the store…"), force: true)
        let store = try options.openStore()
        progress.finish()
        let plan = ContactImportPlan(
            existing: store.catalog.contacts, update: common.update, prefer: common.prefer,
            isTaken: { store.knownVersion(of: .contact, id: $0) != nil || store.bytes(of: .contact, id: $0) != nil })
        // A dry run's own lines show how far it got when they go to the terminal.
        let showReading = !common.dryRun || isatty(1) == 0
        var session = ImportSession(file: clean(file), dryRun: common.dryRun, plan: plan) { count in
            if showReading { progress.show(l10n.format("matching %s people with the store…", TerminalProgress.grouped(count))) }
        }
        read(&session)
        session.planWaiting()
        progress.finish()
        var failures: [String: StoreWriteError] = [:]
        if !common.dryRun {
            let states = session.finalStates()
            failures = store.saveAll(states) { done, total in
                progress.count("writing", done / 2, of: total / 2, "contacts")
            }
            // One commit for the whole import when the store is shared.
            progress.show(l10n.text("recording the import…"), force: true)
            let written = states.map(\.id).filter { failures[$0] == nil }
            WriteCommits.commitNow(root: store.root, label: "import \(written.count) contacts from \((file as NSString).lastPathComponent)",
                                   receipts: written.map { WriteReceipt(kind: .contact, id: $0, before: nil, after: store.bytes(of: .contact, id: $0)) })
            progress.finish()
            session.printKept(failures: failures)
        }
        session.finish(prefer: common.prefer)
        if session.problems > 0 || session.counts.failed > 0 { throw ExitCode(1) }
    }

    private func clean(_ text: String) -> String { TextTable.clean(text) }
}

/// One import as it streams: plans each person, prints (dry run) or keeps (real run) their
/// report lines, and counts.
struct ImportSession: ImportReceiver {
    struct Counts {
        var new = 0, updated = 0, unchanged = 0, skipped = 0, duplicates = 0, failed = 0
    }

    /// What a real run keeps of one record until the writes are done.
    private struct Kept {
        var line: Int
        var writtenID: String?
        var kind: Kind
        var lines: [String]
        var duplicate: String?
    }

    private enum Kind { case new, updated, unchanged, skipped }

    /// At most this many "possible duplicates" lines; the rest are counted.
    static let duplicateLines = 500
    /// Records planned together: a dry run prints a batch's lines at once.
    static let batch = 256

    let file: String
    let dryRun: Bool
    private var plan: ContactImportPlan
    private let reading: (Int) -> Void
    private(set) var counts = Counts()
    private(set) var problems = 0
    private var seen = 0
    private var keptAny = false
    private var duplicates: [String] = []
    private var kept: [Kept] = []
    private var waiting: [ImportedContact] = []
    private var order: [String] = []
    private var latest: [String: Contact] = [:]

    init(file: String, dryRun: Bool, plan: ContactImportPlan, reading: @escaping (Int) -> Void) {
        self.file = file
        self.dryRun = dryRun
        self.plan = plan
        self.reading = reading
    }

    mutating func encodingNote(_ note: String) { print("\(file): \(note)") }

    mutating func problem(_ message: String) {
        problems += 1
        FileHandle.standardError.write(Data("\(file): \(TextTable.clean(message))\n".utf8))
    }

    mutating func contact(_ item: ImportedContact) {
        waiting.append(item)
        if waiting.count >= Self.batch { planWaiting() }
    }

    /// Plans the records read since the last batch (their phone numbers parsed on both cores);
    /// the command calls it once more when the file has been read.
    mutating func planWaiting() {
        let items = waiting
        waiting = []
        for entry in plan.plan(items) { take(entry) }
        reading(seen)
    }

    private mutating func take(_ entry: ContactImportPlan.Entry) {
        seen += 1
        let described = describe(entry)
        if dryRun {
            count(described.kind, duplicate: described.duplicate)
            described.lines.forEach { print($0) }
            return
        }
        switch entry.outcome {
        case .create(let contact, _): keep(contact)
        case .update(_, let merged, _, _): keep(merged)
        case .unchanged, .skipped: break
        }
        kept.append(Kept(line: entry.line, writtenID: entry.writtenID, kind: described.kind, lines: described.lines, duplicate: described.duplicate))
    }

    /// Each person the import creates or changes, once, in the state after the last record about
    /// them (two rows for one person are one write).
    func finalStates() -> [Contact] { order.compactMap { latest[$0] } }

    private mutating func keep(_ contact: Contact) {
        if latest.updateValue(contact, forKey: contact.id) == nil { order.append(contact.id) }
    }

    /// A real run's lines, once the writes are done: a record whose file could not be written
    /// is reported on stderr (once per file) instead.
    mutating func printKept(failures: [String: StoreWriteError]) {
        var reported: Set<String> = []
        for entry in kept {
            if let id = entry.writtenID, let failure = failures[id] {
                if reported.insert(id).inserted {
                    FileHandle.standardError.write(Data("\(file):\(entry.line): \(TextTable.clean("\(failure)"))\n".utf8))
                }
                counts.failed += 1
                continue
            }
            count(entry.kind, duplicate: entry.duplicate)
            entry.lines.forEach { print($0) }
        }
        kept = []
    }

    func finish(prefer: ContactMerge.Preference) {
        if keptAny && prefer == .ours { print(l10n.text("(= kept ours where the file differs; --prefer incoming takes the file's values)")) }
        if !duplicates.isEmpty {
            print(l10n.text("possible duplicates (same name, no shared UID, e-mail or phone; review them):"))
            for line in duplicates { print("  \(line)") }
            if counts.duplicates > duplicates.count {
                print("  " + l10n.format("… and %d more", counts.duplicates - duplicates.count))
            }
        }
        var summary = l10n.format("new %d, updated %d, unchanged %d, skipped %d, possible duplicates %d, unreadable %d",
                                  counts.new, counts.updated, counts.unchanged, counts.skipped, counts.duplicates, problems)
        if counts.failed > 0 { summary += ", " + l10n.format("not written %d", counts.failed) }
        print(dryRun ? l10n.format("dry run (nothing written): %s", summary) : summary)
    }

    private mutating func count(_ kind: Kind, duplicate: String?) {
        switch kind {
        case .new: counts.new += 1
        case .updated: counts.updated += 1
        case .unchanged: counts.unchanged += 1
        case .skipped: counts.skipped += 1
        }
        if let duplicate {
            counts.duplicates += 1
            if duplicates.count < Self.duplicateLines { duplicates.append(duplicate) }
        }
    }

    private mutating func describe(_ entry: ContactImportPlan.Entry) -> (kind: Kind, lines: [String], duplicate: String?) {
        let place = "\(file):\(entry.line)"
        let clean = TextTable.clean
        switch entry.outcome {
        case .create(let contact, let sameName):
            let path = "contacts/\(contact.id).toml"
            let line = place + ": " + (dryRun ? l10n.format("would create %s (%s)", path, clean(contact.name))
                : l10n.format("created %s (%s)", path, clean(contact.name)))
            var duplicate: String?
            if !sameName.isEmpty {
                let others = sameName.map { "contacts/\($0).toml" }.joined(separator: ", ")
                duplicate = l10n.format("%s (%s) has the name of %s", path, clean(contact.name), others)
            }
            return (.new, [line], duplicate)
        case .update(let old, _, let changes, let by):
            let path = "contacts/\(old.id).toml", how = Self.recognised(by)
            let line = place + ": " + (dryRun ? l10n.format("would update %s (%s, recognised by %s)", path, clean(old.name), how)
                : l10n.format("updated %s (%s, recognised by %s)", path, clean(old.name), how))
            return (.updated, [line] + report(changes), nil)
        case .unchanged(let ours, let changes, let by):
            let line = place + ": " + l10n.format("unchanged %s (%s, recognised by %s)", "contacts/\(ours.id).toml", clean(ours.name), Self.recognised(by))
            return (.unchanged, [line] + report(changes), nil)
        case .skipped(let ours, let changes, let by):
            let line = place + ": " + l10n.format("skipped %s (%s, recognised by %s): use --update to merge", "contacts/\(ours.id).toml", clean(ours.name), Self.recognised(by))
            return (.skipped, [line] + report(changes), nil)
        }
    }

    private mutating func report(_ changes: [ContactMerge.Change]) -> [String] {
        if changes.contains(where: { $0.kind == .kept }) { keptAny = true }
        return ChangeReport.lines(changes, theirs: l10n.text("file"))
    }

    /// `UID …`, `email …`, `phone …`: what made a row the same person as one in the store.
    private static func recognised(_ match: ContactIdentity.Match) -> String {
        switch match {
        case .uid(let uid): return l10n.format("UID %s", TextTable.clean(uid))
        case .email(let email): return l10n.format("email %s", TextTable.clean(email))
        case .phone(let phone): return l10n.format("phone %s", TextTable.clean(phone))
        }
    }
}
