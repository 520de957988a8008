import ArgumentParser
import Foundation
import VisitDeskStore

extension Export {
    /// `visitdesk export vdir DIR`: the folder vdirsyncer pushes to a CalDAV/CardDAV server.
    struct VDir: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "vdir",
            abstract: l10n.text("Write DIR/calendar/*.ics (one event per slot) and DIR/contacts/*.vcf (one card per person) for vdirsyncer."),
            discussion: l10n.text("Event UIDs come from the delegation and the slot's start, so they stay the same when slots are added, removed or reordered. Unchanged files are not rewritten; files of removed events are deleted. See docs/sharing.md for a vdirsyncer configuration that pushes this folder to Radicale.")
        )
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp(l10n.text("The vdir folder (created if missing)."))) var directory: String
        @Option(help: ArgumentHelp(l10n.text("Days after its last slot that a cancelled visit stays published as cancelled."))) var retentionDays = 30

        func run() throws {
            let store = try options.openStore()
            let today = try options.todayDate(timeZone: store.catalog.settings.timezone)
            let path = StoreLocation.resolve(option: directory).path
            let summary: VdirExport.Summary
            do { summary = try VdirExport.write(to: path, catalog: store.catalog, today: today, retentionDays: retentionDays) } catch {
                throw CLIError(l10n.format("cannot write %s: %s", path, error.description))
            }
            print(l10n.format("%s events, %s cards in %s (%s written, %s removed)", summary.events, summary.cards, path, summary.written, summary.removed))
        }
    }
}
