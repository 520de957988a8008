import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

/// `visitdesk merge-contacts KEEP OTHER`: two files that are one person (a possible duplicate an
/// import listed) become one. KEEP gains what OTHER has (as an import would merge it), every
/// delegation naming OTHER names KEEP, and OTHER's file goes — in that order, so a failure
/// half-way never leaves a reference to a file that is gone.
struct MergeContacts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-contacts",
        abstract: l10n.text("Merge two contacts that are one person; delegations naming the second are rewritten."),
        discussion: l10n.text("KEEP keeps its id and its values where the two differ (--prefer other takes OTHER's); lists are joined.")
    )
    @Argument(help: ArgumentHelp(l10n.text("The contact that stays."))) var keep: String
    @Argument(help: ArgumentHelp(l10n.text("The contact merged into it; its file is removed."))) var other: String
    @Flag(help: ArgumentHelp(l10n.text("Show what would change; write nothing."))) var dryRun = false
    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp(l10n.text("Whose value wins where a single field differs."), valueName: "keep|other"))
    var prefer: String = "keep"

    func run() throws {
        guard prefer == "keep" || prefer == "other" else { throw ValidationError(l10n.text("--prefer: use keep or other")) }
        guard keep != other else { throw ValidationError(l10n.text("KEEP and OTHER are the same contact")) }
        let store = try options.openStore()
        guard let kept = store.catalog.contact(id: keep) else { throw CLIError(l10n.format("no contact `%s`: see `visitdesk list contacts`", keep)) }
        guard let absorbed = store.catalog.contact(id: other) else { throw CLIError(l10n.format("no contact `%s`: see `visitdesk list contacts`", other)) }
        let (result, changes) = ContactMerge.merge(absorbed, into: kept, prefer: prefer == "other" ? .incoming : .ours)
        let rewritten = store.catalog.delegations.compactMap { ContactReferences.replacing(other, with: keep, in: $0) }

        let (from, into) = ("contacts/\(other).toml", "contacts/\(keep).toml")
        print(dryRun ? l10n.format("would merge %s into %s", from, into) : l10n.format("merging %s into %s", from, into))
        for line in ChangeReport.lines(changes, theirs: other) { print(line) }
        for delegation in rewritten { print("    delegations/\(delegation.id).toml: \(other) → \(keep)") }
        if dryRun { return }
        // One commit in a shared store, of what was written even when a later write failed.
        var receipts: [WriteReceipt] = []
        defer { WriteCommits.commitNow(root: store.root, label: "merge contact \(other) into \(keep)", receipts: receipts) }
        do {
            receipts.append(try store.save(result))
            for delegation in rewritten { receipts.append(try store.save(delegation)) }
            guard let bytes = store.bytes(of: .contact, id: other) else { throw CLIError(l10n.format("%s vanished meanwhile", "contacts/\(other).toml")) }
            receipts.append(try store.replace(.contact, id: other, with: nil, expecting: bytes))
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError(l10n.format("%s (nothing after this was changed; run again when the file is fixed)", "\(error)"))
        }
        store.refreshCalendarFeed()
        print(l10n.format("merged: %s removed, %d delegation(s) rewritten", "contacts/\(other).toml", rewritten.count))
    }
}
