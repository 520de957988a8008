import ArgumentParser
import Foundation
import VisitDeskSharing
import VisitDeskDomain
import VisitDeskStore

/// `visitdesk sync`: what the dashboard does in the background, once, from a script.
struct Sync: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: l10n.text("Commit hand edits that parse, fetch, merge key by key, push."),
        discussion: l10n.text("Exit 0: in sync. Exit 1: a conflict is left (nothing merged or pushed), the shared repository could not be reached (your commits wait), or a file was held back because it does not parse.")
    )
    @OptionGroup var options: StoreOptions
    @OptionGroup var who: IdentityOptions
    @Option(help: ArgumentHelp(l10n.text("Settle conflicts: keep my value (mine) or theirs at every key both changed; the rest stays merged."), valueName: "mine|theirs"))
    var keep: ConflictResolution?

    func run() throws {
        let root = StoreLocation.resolve(option: options.store).path
        let identity = try who.resolve(in: root)
        let report: SyncReport
        // The schedule as it was just before incoming changes land, to announce what they break.
        let before = ScheduleBefore()
        let engine = SyncEngine(git: GitRunner(directory: root), identity: identity, resolution: keep) { count, _ in
            if count > 0 { before.remember(root) }
        }
        do { report = try engine.sync() } catch {
            throw CLIError(error.description)
        }
        for conflict in before.newConflicts(root) { print(l10n.format("new since the sync: %s", l10n.text(conflict.phrase))) }
        for note in report.notes { print(l10n.text(note)) }
        if !report.committed.isEmpty {
            let shown = report.committed.prefix(5).joined(separator: ", ") + (report.committed.count > 5 ? ", …" : "")
            print(l10n.format("committed %d hand-edited file(s): %s", report.committed.count, shown))
        }
        for file in report.heldBack { printProblem(file.description) }
        for conflict in report.conflicts { printProblem(l10n.format("conflict: %s", conflict.description)) }
        if let offline = report.offline { printProblem(l10n.text(offline)) }
        print(l10n.text(report.summaryPhrase))
        if !report.conflicts.isEmpty || report.offline != nil || !report.heldBack.isEmpty { throw ExitCode(1) }
    }
}

extension ConflictResolution: ExpressibleByArgument {}

/// The schedule checks run again after a merge: a host double-booked because two coordinators
/// each booked her is announced as new since the sync.
final class ScheduleBefore: @unchecked Sendable {
    private var conflicts: Set<ScheduleConflict>?

    func remember(_ root: String) {
        guard conflicts == nil, let delegations = Self.delegations(root) else { return }
        conflicts = Set(ConflictFinder.conflicts(in: delegations))
    }

    func newConflicts(_ root: String) -> [ScheduleConflict] {
        guard let conflicts, let delegations = Self.delegations(root) else { return [] }
        return ConflictFinder.conflicts(in: delegations).filter { !conflicts.contains($0) }
    }

    private static func delegations(_ root: String) -> [Delegation]? {
        let store = RecordStore(root: root)
        return (try? store.load()) != nil ? store.catalog.delegations : nil
    }
}
