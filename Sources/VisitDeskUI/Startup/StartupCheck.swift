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
    /// What was held, oldest first.
    var held: [HeldInput] = []
}

/// A command held while the store is checked, or a key that came after one.
enum HeldInput: Sendable {
    case command(Command, ModeKind, argument: String?)
    case key(Key)
}

/// Said in the status bar while the check runs.
enum StartupCheck {
    static let checking = Localization.key("checking…")
}

extension AppState {
    /// The catalog given to `init` came from the start-up cache: hold writes until `.storeChecked`.
    public mutating func beginStartupCheck() {
        startupCheck.isChecking = true
    }
}

extension StartupCheck {
    /// `.storeChecked`: the checked catalog (nil when it equals the one on screen), then the held
    /// input in its order.
    static func finish(_ catalog: Catalog?, changedFiles: Int, _ state: inout AppState) -> [Effect] {
        if let catalog { state.catalog = catalog }
        state.startupCheck.isChecking = false
        if changedFiles > 0 {
            state.message = state.l10n.plural(changedFiles, "%d file changed since the last start", "%d files changed since the last start")
        }
        let held = state.startupCheck.held
        state.startupCheck.held = []
        var effects: [Effect] = []
        for input in held {
            switch input {
            case .command(let command, let mode, let argument):
                effects += CommandDispatch.run(command, in: mode, argument: argument, &state)
            case .key(let key):
                effects += CommandDispatch.handle(key, &state)
            }
        }
        return effects
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
        state.startupCheck.held.append(.command(command, mode, argument: argument))
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
