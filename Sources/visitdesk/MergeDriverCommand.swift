import ArgumentParser
import Foundation
import VisitDeskSharing

/// `visitdesk merge-driver %O %A %B %P`: git's merge driver for the store's TOML files
/// (registered by `share init` / `share join`, and given with `-c` on every sync).
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: l10n.text("git merge driver for store files: merge key by key (used by git, not by hand)."),
        discussion: l10n.text("In .git/config: merge.visitdesk-toml.driver = visitdesk merge-driver %O %A %B %P. Exit 0: merged; 1: a key was changed differently on both sides (markers around those key lines only).")
    )
    @Argument(help: ArgumentHelp(l10n.text("The common ancestor's version (%O)."))) var base: String
    @Argument(help: ArgumentHelp(l10n.text("Our version; the result is written here (%A)."))) var ours: String
    @Argument(help: ArgumentHelp(l10n.text("Their version (%B)."))) var theirs: String
    @Argument(help: ArgumentHelp(l10n.text("The file's path in the repository (%P), for messages."))) var path: String = "file"

    func run() throws {
        let report = MergeDriver.run(base: base, ours: ours, theirs: theirs, path: path)
        if let fallback = report.fallback { FileHandle.standardError.write(Data("visitdesk: \(fallback)\n".utf8)) }
        for conflict in report.conflicts {
            FileHandle.standardError.write(Data("visitdesk: \(path): conflict at \(conflict)\n".utf8))
        }
        if !report.clean { throw ExitCode(1) }
    }
}
