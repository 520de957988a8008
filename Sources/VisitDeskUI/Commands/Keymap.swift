/// One `[keys]` line of the user's config: a command name and the keys it should have.
public struct KeyBinding: Sendable, Equatable {
    public var command: String
    public var keys: [String]
    /// The line in the config file, for messages.
    public var line: Int

    public init(command: String, keys: [String], line: Int) {
        self.command = command
        self.keys = keys
        self.line = line
    }
}

/// A `[keys]` line that could not be used; its command keeps its default keys.
public struct KeymapProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public var description: String { "line \(line): \(message)" }
}

/// Which key runs which command in each mode: one dictionary per mode, built from the command
/// table's defaults and the user's `[keys]`, so a key press costs one dictionary lookup.
public struct Keymap: Sendable {
    /// Per mode, key → position in `CommandTable.all`.
    private var bindings: [ModeKind: [Key: Int]] = [:]
    /// The keys each command has now, by position in `CommandTable.all`.
    private(set) var keysByCommand: [[Key]]

    public static let defaults = Keymap(keys: CommandTable.all.map(\.keys))

    private init(keys: [[Key]]) {
        keysByCommand = keys
        for (position, command) in CommandTable.all.enumerated() {
            for mode in command.modes {
                for key in keys[position] where bindings[mode, default: [:]][key] == nil {
                    bindings[mode, default: [:]][key] = position
                }
            }
        }
    }

    func command(for key: Key, in mode: ModeKind) -> Command? {
        bindings[mode]?[key].map { CommandTable.all[$0] }
    }

    /// The keys that run `name` now (empty when unbound or unknown).
    public func keys(of name: String) -> [Key] {
        CommandTable.indexByName[name].map { keysByCommand[$0] } ?? []
    }

    /// The defaults with `overrides` applied. A line naming an unknown command or key, or giving
    /// a key that another command already has in one of the same modes, is reported and left
    /// out: its command keeps its default keys.
    public static func build(_ overrides: [KeyBinding]) -> (keymap: Keymap, problems: [KeymapProblem]) {
        var keys = CommandTable.all.map(\.keys)
        var problems: [KeymapProblem] = []
        var applied: [Int: KeyBinding] = [:]
        for binding in overrides {
            guard let position = CommandTable.indexByName[binding.command] else {
                problems.append(KeymapProblem(line: binding.line, message: "unknown command `\(binding.command)`; `visitdesk config keys` lists them"))
                continue
            }
            if let earlier = applied[position] {
                problems.append(KeymapProblem(line: binding.line, message: "`\(binding.command)` is already bound on line \(earlier.line)"))
                continue
            }
            do {
                let parsed = try binding.keys.map { try key(named: $0) }
                if let unsendable = parsed.first(where: { Self.unsendable[$0] != nil }) {
                    problems.append(KeymapProblem(line: binding.line, message: "a terminal sends `\(unsendable.name)` as \(Self.unsendable[unsendable]!); bind that instead — `\(binding.command)` keeps its default keys"))
                    continue
                }
                keys[position] = parsed
                applied[position] = binding
            } catch let error as KeyNameError {
                problems.append(KeymapProblem(line: binding.line, message: error.description + "; `\(binding.command)` keeps its default keys"))
            } catch {
                continue
            }
        }
        // A clash puts the overriding line's command back on its defaults, until none is left.
        // Without overrides there is none to look for (the table's own keys are checked by tests).
        while !applied.isEmpty, let (position, other, key) = firstClash(keys, among: Set(applied.keys)) {
            let binding = applied[position]!
            let otherName = CommandTable.all[other].name
            problems.append(KeymapProblem(line: binding.line, message: "`\(key.name)` for `\(binding.command)` is already `\(otherName)` in the same mode; `\(binding.command)` keeps its default keys"))
            keys[position] = CommandTable.all[position].keys
            applied[position] = nil
        }
        return (Keymap(keys: keys), problems.sorted { $0.line < $1.line })
    }

    /// Control keys a terminal cannot tell from another key: they arrive as that key.
    static let unsendable: [Key: String] = [
        .control("m"): "Enter", .control("j"): "Enter", .control("i"): "Tab", .control("h"): "BSpace",
    ]

    /// A key two commands share in a mode, where the first of them was overridden by the user.
    private static func firstClash(_ keys: [[Key]], among overridden: Set<Int>) -> (Int, Int, Key)? {
        var owner: [ModeKind: [Key: Int]] = [:]
        var clashes: [(Int, Int, Key)] = []
        for (position, command) in CommandTable.all.enumerated() {
            for mode in command.modes {
                for key in keys[position] {
                    if let first = owner[mode]?[key], first != position {
                        if overridden.contains(position) { clashes.append((position, first, key)) }
                        else if overridden.contains(first) { clashes.append((first, position, key)) }
                    } else {
                        owner[mode, default: [:]][key] = position
                    }
                }
            }
        }
        return clashes.first
    }
}

extension AppState {
    /// Uses a keymap built from the user's config (`Keymap.build`).
    public mutating func useKeymap(_ keymap: Keymap) {
        self.keymap = keymap
    }
}
