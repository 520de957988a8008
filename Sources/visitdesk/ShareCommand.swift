import ArgumentParser
import Foundation
import VisitDeskSharing
import VisitDeskStore

/// `visitdesk share init` / `share join`: put a store in git and share it through one remote.
struct Share: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: l10n.text("Share the store with colleagues through a git repository."),
        discussion: l10n.text("See docs/sharing.md. Store files merge key by key (visitdesk merge-driver), so two people editing different fields of one record never conflict."),
        subcommands: [InitShare.self, Join.self]
    )

    struct InitShare: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: l10n.text("Make the store a git repository (or adopt the one it is) and push it to an empty repository.")
        )
        @OptionGroup var options: StoreOptions
        @OptionGroup var who: IdentityOptions
        @Option(help: ArgumentHelp(l10n.text("An empty repository to share through: a path, ssh://…, or a forge URL."), valueName: "URL")) var remote: String?

        func run() throws {
            let root = StoreLocation.resolve(option: options.store).path
            guard FileIO.isDirectory(root) else { throw CLIError(l10n.format("%s is not a store folder: create one with `visitdesk init %s`", root, root)) }
            let identity = try who.resolve(in: root)
            let report: ShareSetup.Report
            do { report = try ShareSetup().initialize(store: root, remote: remote.map(localPathMadeAbsolute), identity: identity) } catch {
                throw CLIError(error.description)
            }
            print(report.adopted ? l10n.format("adopted the git repository in %s", root) : l10n.format("made %s a git repository", root))
            if let pushed = report.pushedTo { print(l10n.format("shared through %s as %s", pushed, identity.description)) }
            for file in report.heldBack { printProblem(file.description) }
            if !report.heldBack.isEmpty { throw ExitCode(1) }
        }
    }

    struct Join: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "join", abstract: l10n.text("Clone a shared store into a new folder and set up the merge driver."))
        @OptionGroup var who: IdentityOptions
        @Argument(help: ArgumentHelp(l10n.text("The shared repository."))) var url: String
        @Argument(help: ArgumentHelp(l10n.text("The folder to create (use it with --store or $VISITDESK_STORE)."))) var directory: String

        func run() throws {
            let path = StoreLocation.resolve(option: directory).path
            if let contents = try? FileManager.default.contentsOfDirectory(atPath: path), !contents.isEmpty {
                throw CLIError(l10n.format("%s exists and is not empty: choose a new folder", path))
            }
            let identity = try who.resolve(in: nil)
            do { _ = try ShareSetup().join(url: localPathMadeAbsolute(url), directory: path, identity: identity) } catch {
                throw CLIError(error.description)
            }
            print(l10n.format("joined %s in %s as %s", url, path, identity.description))
        }
    }
}

/// `--name` / `--email`, remembered in config.toml; else config.toml or git's own settings;
/// asked once at a terminal when neither has them.
struct IdentityOptions: ParsableArguments {
    @Option(help: ArgumentHelp(l10n.text("Your name for commits (remembered in ~/.config/visitdesk/config.toml)."))) var name: String?
    @Option(help: ArgumentHelp(l10n.text("Your e-mail for commits (remembered with the name)."))) var email: String?

    func resolve(in store: String?) throws -> Identity {
        let config = IdentityConfig()
        if let name, let email {
            let identity = Identity(name: name, email: email)
            try? config.save(identity)
            return identity
        }
        if let known = IdentityLookup.find(config: config, store: store) { return known }
        guard isatty(0) != 0 else { throw CLIError(SyncFailure.noIdentity.description) }
        print(l10n.text("Your name (for the history colleagues see): "), terminator: "")
        fflush(nil)
        let typedName = readLine()?.trimmingCharacters(in: .whitespaces) ?? ""
        print(l10n.text("Your e-mail: "), terminator: "")
        fflush(nil)
        let typedEmail = readLine()?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !typedName.isEmpty, !typedEmail.isEmpty else { throw CLIError(SyncFailure.noIdentity.description) }
        let identity = Identity(name: typedName, email: typedEmail)
        try? config.save(identity)
        return identity
    }
}

/// A repository given as a relative path means one relative to where the command was typed;
/// git would read it relative to the store (or the clone's parent), so it is made absolute.
func localPathMadeAbsolute(_ url: String) -> String {
    guard !url.contains("://"), !url.hasPrefix("/"), FileManager.default.fileExists(atPath: url) else { return url }
    return StoreLocation.resolve(option: url).path
}

func printProblem(_ text: String) {
    FileHandle.standardError.write(Data("visitdesk: \(text)\n".utf8))
}
