/// What a command acts on, so help, the palette and `config keys` can say it and forms can name it.
public enum CommandTarget: String, Sendable, Hashable {
    /// Nothing in particular (quit, switch pane, scroll).
    case none
    /// The marked delegations of the pane it is given in, else the selected one (in a detail
    /// view: the delegation shown).
    case delegations
    /// The selected delegation only (or the one shown).
    case delegation
    /// The selected contact (or the card shown).
    case contact
    /// The calendar's selected day or visit.
    case day
    /// The focused field of the open form.
    case field
    /// The mode on top (a form, a conflict, a chooser, a question).
    case mode
}

/// What a command takes after its name in the palette (`:goto 2027-02-06`, `:theme light`).
public enum CommandArgument: String, Sendable, Hashable {
    case date
    case theme
    case language
    case text
}

/// How a command was given: in which mode, with which argument (palette only).
struct Invocation {
    var mode: ModeKind
    var argument: String?
}

/// One thing the coordinator can do, with everything the dashboard needs to know about it in one
/// place: its name (`area.verb`), where it applies, its default keys, its help line, whether it
/// writes to the store, what it acts on, and what it does. Key dispatch, help, the palette, the
/// README's key tables and user keymaps are all read from `CommandTable.all`.
public struct Command: Sendable {
    public let name: String
    public let modes: [ModeKind]
    public let keys: [Key]
    public let help: String
    public let writes: Bool
    public let target: CommandTarget
    public let argument: CommandArgument?
    /// Key names in the table that are no key (a typo); the table's tests require none.
    let misspelledKeys: [String]
    /// What it does; effects go out to the runtime as with any key.
    let run: @Sendable (inout AppState, Invocation) -> [Effect]

    init(_ name: String, _ modes: [ModeKind], keys: [String], _ help: String, writes: Bool = false,
         target: CommandTarget = .none, argument: CommandArgument? = nil,
         run: @escaping @Sendable (inout AppState, Invocation) -> [Effect]) {
        self.name = name
        self.modes = modes
        // The table is written by hand in key names; a typo there is a programming error that
        // the table's tests catch, so it is set aside rather than trapping at start.
        self.keys = keys.compactMap { try? key(named: $0) }
        self.misspelledKeys = keys.filter { (try? key(named: $0)) == nil }
        self.help = help
        self.writes = writes
        self.target = target
        self.argument = argument
        self.run = run
    }

    /// A command that changes only the state, for the many that return no effect.
    init(_ name: String, _ modes: [ModeKind], keys: [String], _ help: String, writes: Bool = false, target: CommandTarget = .none,
         argument: CommandArgument? = nil, does change: @escaping @Sendable (inout AppState, Invocation) -> Void) {
        self.init(name, modes, keys: keys, help, writes: writes, target: target, argument: argument) { state, invocation in
            change(&state, invocation)
            return []
        }
    }

    /// The part after the dot: what `:quit` or `:goto` is matched against first.
    public var verb: Substring { name.split(separator: ".", maxSplits: 1).last ?? Substring(name) }
}
