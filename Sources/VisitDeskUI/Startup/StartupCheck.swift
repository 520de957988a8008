import VisitDeskDomain

/// Draw first, verify after: the first frame is drawn from the store's start-up cache, and the
/// app checks the folders against it off the main thread (`Action.storeChecked`). Until then a
/// command that would write — one marked `writes`, or one whose effects would change a file — is
/// held, with every key after it so they keep their order, and replayed on the checked catalog.
/// Nothing is lost and nothing is written from records nobody checked; the status bar says
/// "checking…" meanwhile.
public struct StartupCheckState: Sendable {
    /// The catalog on screen came from the cache and is being checked.
    public internal(set) var isChecking = false
    /// A cold start of a large store drew the delegations alone: the check brings the contacts,
    /// and until then the panes say so instead of "No contacts."
    public internal(set) var contactsFollow = false
    /// What was held, oldest first.
    var held: [HeldInput] = []
}

/// A command held while the store is checked (with the ids of the records it was given on), or
/// a key that came after one.
enum HeldInput: Sendable {
    case command(Command, ModeKind, argument: String?, subject: [String])
    case key(Key)
}

enum StartupCheck {
    /// Said in the status bar while the check runs.
    static let checking = Localization.key("checking…")
    /// The Contacts pane while a cold start's check reads the contacts.
    static let readingContacts = Localization.key("Reading contacts…")
    /// A held command whose record the check found gone: it is not run on another one.
    static let subjectGone = Localization.key("the record that key was for is gone from the store: nothing was done")
}

extension AppState {
    /// The catalog given to `init` came from the start-up cache, or is the delegations alone
    /// (`contactsFollow`): hold writes until `.storeChecked`.
    public mutating func beginStartupCheck(contactsFollow: Bool = false) {
        startupCheck.isChecking = true
        startupCheck.contactsFollow = contactsFollow
    }
}

extension StartupCheck {
    /// `.storeChecked`: the checked catalog (nil when it equals the one on screen), then the held
    /// input in its order.
    static func finish(_ catalog: Catalog?, changedFiles: Int, _ state: inout AppState) -> [Effect] {
        if let catalog { state.catalog = catalog }
        state.startupCheck.isChecking = false
        state.startupCheck.contactsFollow = false
        if changedFiles > 0 {
            state.message = state.l10n.plural(changedFiles, "%d file changed since the last start", "%d files changed since the last start")
        }
        let held = state.startupCheck.held
        state.startupCheck.held = []
        var effects: [Effect] = []
        for input in held {
            switch input {
            case .command(let command, let mode, let argument, let subject):
                // Its record vanished: the selection moved to a neighbour, which the key was not
                // meant for. The keys typed after it (into a form that will not open) go too.
                guard subject == self.subject(of: command, in: mode, state) else {
                    state.message = state.l10n.text(subjectGone)
                    return effects
                }
                effects += CommandDispatch.run(command, in: mode, argument: argument, &state)
            case .key(let key):
                effects += CommandDispatch.handle(key, &state)
            }
        }
        return effects
    }

    /// The ids of the records `command` would act on now.
    static func subject(of command: Command, in mode: ModeKind, _ state: AppState) -> [String] {
        let given = Invocation(mode: mode, argument: nil)
        switch command.target {
        case .delegations: return TriageCommands.targets(given, state).records.map(\.id)
        case .delegation: return TriageCommands.selectedID(given, state).map { [$0] } ?? []
        case .contact:
            if mode == .card, case .contact(let id, _)? = state.overlay { return [id] }
            return state.selectedContact.map { [$0.id] } ?? []
        default: return []
        }
    }

    /// Whether `command` must wait for the check: it writes, or running it now would.
    static func holds(_ command: Command, in mode: ModeKind, argument: String?, _ state: inout AppState) -> [Effect]? {
        guard state.startupCheck.isChecking else { return nil }
        if !command.writes {
            var trial = state
            let effects = command.run(&trial, Invocation(mode: mode, argument: argument))
            if !effects.contains(where: \.changesStore) {
                state = trial
                return effects
            }
        }
        state.startupCheck.held.append(.command(command, mode, argument: argument, subject: subject(of: command, in: mode, state)))
        return []
    }
}

extension Effect {
    /// Effects that write a record file, or hand one to an editor.
    var changesStore: Bool {
        switch self {
        case .save, .undo, .redo, .overwrite, .openInEditor, .openFileInEditor, .settleSyncConflicts, .syncNow: true
        default: false
        }
    }
}
