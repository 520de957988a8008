import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

/// Carries out (or, with `--dry-run`, describes) one import: the plan per person, the fields
/// each gains, changes or keeps, and a summary whose counts decide the exit status.
struct ContactImportRun {
    let read: ImportRead
    let file: String
    let common: Import.Common

    private struct Counts {
        var new = 0, updated = 0, unchanged = 0, skipped = 0, duplicates = 0, failed = 0
    }

    func run(options: StoreOptions) throws {
        let progress = TerminalProgress()
        progress.show(l10n.text("opening the store…"), force: true)
        let store = try options.openStore()
        progress.finish()
        if let note = read.encodingNote { print("\(clean(file)): \(note)") }
        for problem in read.problems { FileHandle.standardError.write(Data("\(clean(file)): \(clean(problem))\n".utf8)) }
        progress.show(l10n.format("matching %s people with the store…", TerminalProgress.grouped(read.contacts.count)), force: true)
        let plan = ContactImportPlan(
            read.contacts, existing: store.catalog.contacts, update: common.update, prefer: common.prefer,
            isTaken: { store.knownVersion(of: .contact, id: $0) != nil || store.bytes(of: .contact, id: $0) != nil })
        var counts = Counts()
        var duplicates: [String] = []
        var keptAny = false
        let failures = common.dryRun ? [:] : store.saveAll(Self.finalStates(plan)) { done, total in
            progress.count("writing", done / 2, of: total / 2, "contacts")
        }
        if !common.dryRun {
            // One commit for the whole import when the store is shared.
            progress.show(l10n.text("recording the import…"), force: true)
            let written = Self.finalStates(plan).map(\.id).filter { failures[$0] == nil }
            WriteCommits.commitNow(root: store.root, label: "import \(written.count) contacts from \((file as NSString).lastPathComponent)",
                                   receipts: written.map { WriteReceipt(kind: .contact, id: $0, before: nil, after: store.bytes(of: .contact, id: $0)) })
        }
        progress.finish()
        var reported: Set<String> = []
        for entry in plan.entries {
            let place = "\(clean(file)):\(entry.line)"
            if let id = entry.writtenID, let failure = failures[id] {
                if reported.insert(id).inserted {
                    FileHandle.standardError.write(Data("\(place): \(clean("\(failure)"))\n".utf8))
                }
                counts.failed += 1
                continue
            }
            switch entry.outcome {
            case .create(let contact, let sameName):
                counts.new += 1
                let file = "contacts/\(contact.id).toml"
                print(place + ": " + (common.dryRun ? l10n.format("would create %s (%s)", file, clean(contact.name))
                    : l10n.format("created %s (%s)", file, clean(contact.name))))
                if !sameName.isEmpty {
                    counts.duplicates += 1
                    let others = sameName.map { "contacts/\($0).toml" }.joined(separator: ", ")
                    duplicates.append(l10n.format("%s (%s) has the name of %s", file, clean(contact.name), others))
                }
            case .update(let old, _, let changes, let by):
                counts.updated += 1
                let file = "contacts/\(old.id).toml", how = Self.recognised(by)
                print(place + ": " + (common.dryRun ? l10n.format("would update %s (%s, recognised by %s)", file, clean(old.name), how)
                    : l10n.format("updated %s (%s, recognised by %s)", file, clean(old.name), how)))
                if report(changes) { keptAny = true }
            case .unchanged(let ours, let changes, let by):
                counts.unchanged += 1
                print(place + ": " + l10n.format("unchanged %s (%s, recognised by %s)", "contacts/\(ours.id).toml", clean(ours.name), Self.recognised(by)))
                if report(changes) { keptAny = true }
            case .skipped(let ours, let changes, let by):
                counts.skipped += 1
                print(place + ": " + l10n.format("skipped %s (%s, recognised by %s): use --update to merge", "contacts/\(ours.id).toml", clean(ours.name), Self.recognised(by)))
                if report(changes) { keptAny = true }
            }
        }
        if keptAny && common.prefer == .ours { print(l10n.text("(= kept ours where the file differs; --prefer incoming takes the file's values)")) }
        if !duplicates.isEmpty {
            print(l10n.text("possible duplicates (same name, no shared UID, e-mail or phone; review them):"))
            for line in duplicates { print("  \(line)") }
        }
        var summary = l10n.format("new %d, updated %d, unchanged %d, skipped %d, possible duplicates %d, unreadable %d",
                                  counts.new, counts.updated, counts.unchanged, counts.skipped, counts.duplicates, read.problems.count)
        if counts.failed > 0 { summary += ", " + l10n.format("not written %d", counts.failed) }
        print(common.dryRun ? l10n.format("dry run (nothing written): %s", summary) : summary)
        if !read.problems.isEmpty || counts.failed > 0 { throw ExitCode(1) }
    }

    private func report(_ changes: [ContactMerge.Change]) -> Bool {
        for line in ChangeReport.lines(changes, theirs: l10n.text("file")) { print(line) }
        return changes.contains { $0.kind == .kept }
    }

    /// Each person the plan creates or changes, once, in the state after the last record about
    /// them (two rows for one person are one write).
    static func finalStates(_ plan: ContactImportPlan) -> [Contact] {
        var order: [String] = []
        var latest: [String: Contact] = [:]
        for entry in plan.entries {
            let contact: Contact
            switch entry.outcome {
            case .create(let created, _): contact = created
            case .update(_, let merged, _, _): contact = merged
            case .unchanged, .skipped: continue
            }
            if latest.updateValue(contact, forKey: contact.id) == nil { order.append(contact.id) }
        }
        return order.compactMap { latest[$0] }
    }

    private func clean(_ text: String) -> String { TextTable.clean(text) }

    /// `UID …`, `email …`, `phone …`: what made a row the same person as one in the store.
    private static func recognised(_ match: ContactIdentity.Match) -> String {
        switch match {
        case .uid(let uid): return l10n.format("UID %s", TextTable.clean(uid))
        case .email(let email): return l10n.format("email %s", TextTable.clean(email))
        case .phone(let phone): return l10n.format("phone %s", TextTable.clean(phone))
        }
    }
}
