import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

/// `--store` and `--today`, shared by every subcommand that reads the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(l10n.text("The store folder."), discussion: l10n.text("Default: $VISITDESK_STORE, else $XDG_DATA_HOME/visitdesk (~/.local/share/visitdesk), which the dashboard's first start on a terminal creates with demo data."), valueName: "DIR"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp(l10n.text("Pin today's date (YYYY-MM-DD) for reproducible output."), valueName: "DATE"))
    var today: String?

    /// Refuses an impossible `--today` (2026-13-01) before anything runs, whether or not the
    /// command reads it.
    func validate() throws {
        if let today, LocalDate(iso: today) == nil {
            throw ValidationError(l10n.format("--today %s: not a date; expected one like 2027-01-14", today))
        }
    }

    func todayDate(timeZone: String = "Europe/Stockholm") throws -> LocalDate {
        if let today {
            guard let date = LocalDate(iso: today) else {
                throw ValidationError(l10n.format("--today %s: not a date; expected one like 2027-01-14", today))
            }
            return date
        }
        return SystemClock.today(in: timeZone)
    }

    /// 09:00 on a pinned day in the home zone: what the clocks show under `--today`, so output
    /// that contains them is reproducible.
    func pinnedMorning(_ date: LocalDate, zone: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? .current
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 9)) ?? Date()
    }

    /// Opens and loads the store. Only the dashboard started by a person at a terminal may create
    /// the default store with demo data (`createDemoIfMissing`); a script with no store configured
    /// gets a usage error instead, so a mail filter never writes into an invented demo store.
    /// `rememberForNextStart`: write the start-up cache when most files had to be parsed. The
    /// dashboard passes false and writes it when it quits, so the first frame does not wait for it.
    /// `drawFirstFrom`: draw first, verify after — the dashboard loads the start-up cache alone
    /// when it holds at least that many records and checks the folders once its first frame is on
    /// screen; without a cache file, the delegations alone when there are at least that many
    /// contact files, which the check then reads (nil: never).
    func openStore(rememberForNextStart: Bool = true, createDemoIfMissing: Bool = false, drawFirstFrom: Int? = nil) throws -> RecordStore {
        // config.toml's `store` stands in for --store when neither it nor $VISITDESK_STORE is given.
        let configured = store ?? (ProcessInfo.processInfo.environment["VISITDESK_STORE"] == nil ? UserConfig.load().store : nil)
        let location = StoreLocation.resolve(option: configured)
        if location.source == .defaultLocation && !FileIO.isDirectory(location.path) {
            guard createDemoIfMissing else {
                throw CLIError.usage(l10n.text("no store: pass --store DIR, set VISITDESK_STORE, or run `visitdesk init DIR` (`visitdesk init --demo DIR` for the demo data)"))
            }
            let count = try StoreInitializer.create(at: location.path, demo: true, today: todayDate())
            FileHandle.standardError.write(Data("visitdesk: \(l10n.format("created a store with %d demo records in %s (use --store DIR or $VISITDESK_STORE for another)", count, location.path))\n".utf8))
        }
        let store = RecordStore(root: location.path, cacheFolder: StoreOptions.cacheFolder())
        do {
            var fromCache = false
            if let drawFirstFrom {
                fromCache = try store.loadFromCache(minimumRecords: drawFirstFrom)
                // No cache at all (a first start): the delegations first, the contacts after the frame.
                if !fromCache { fromCache = try store.loadDelegationsFirst(minimumContacts: drawFirstFrom) }
            }
            if !fromCache { try store.load() }
        } catch {
            let how = location.source == .option ? "--store" : "$VISITDESK_STORE"
            let message = l10n.format("cannot open the store: %s — check %s, or create one with `visitdesk init %s`", error.description, how, location.path)
            // A folder that is not there is a wrong command line; one that fails to load is not.
            throw FileIO.isDirectory(location.path) ? CLIError(message) : CLIError.usage(message)
        }
        // A large store read mostly from disk: remember it, so the next start stats instead of parsing.
        if rememberForNextStart && store.filesParsedAtLoad >= 500 { store.cacheSnapshot()?.write() }
        if !store.cleanedTemporaryFiles.isEmpty {
            let removed = l10n.format("removed %d temporary file(s) left by an interrupted write: %s", store.cleanedTemporaryFiles.count, store.cleanedTemporaryFiles.joined(separator: ", "))
            FileHandle.standardError.write(Data("visitdesk: \(removed)\n".utf8))
        }
        return store
    }
}

extension StoreOptions {
    /// `$XDG_CACHE_HOME/visitdesk` (default `~/.cache/visitdesk`); nil when `VISITDESK_NO_CACHE` is set.
    static func cacheFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if environment["VISITDESK_NO_CACHE"] != nil { return nil }
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
        return base + "/visitdesk"
    }
}

/// A failure with a message for the person at the terminal, printed without a stack of prefixes.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    /// The message as a phrase, when it was made as one: the dashboard, which calls some of the
    /// command line's workers (sendmail, the PDF engine), shows it in the language on screen.
    var phrase: Phrase?
    /// 1: the job failed or was only partly done; 2: the command line itself cannot work (usage).
    var exitCode: Int32
    init(_ description: String, exitCode: Int32 = 1) {
        self.description = description
        self.exitCode = exitCode
    }

    /// The message in the command line's language, kept as a phrase for the dashboard.
    init(_ phrase: Phrase, exitCode: Int32 = 1) {
        self.init(l10n.text(phrase), exitCode: exitCode)
        self.phrase = phrase
    }

    /// What went wrong as a phrase the dashboard can translate: the message of a `CLIError`
    /// made as one, else the error's own words.
    static func phrase(of error: any Error) -> Phrase {
        (error as? CLIError)?.phrase ?? .verbatim("\(error)")
    }

    static func usage(_ description: String) -> CLIError { CLIError(description, exitCode: CommandLineEntry.usageExit) }
}

/// The wall clock, read only here at the edge: everything inside takes dates as values.
enum SystemClock {
    static func today(in zone: String) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
