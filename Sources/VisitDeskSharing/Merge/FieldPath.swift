import TOMLDocument

/// A path that names a value by meaning rather than by position: `slots[start=…].host` stays
/// the same key when a colleague inserts a slot before it.
public struct FieldPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Step: Hashable, Sendable {
        case key(String)
        /// One entry of an array of tables, by its identity (see `MergeRules.identities`).
        case entry(String)
    }

    public var steps: [Step]

    public init(_ steps: [Step]) { self.steps = steps }

    func appending(_ step: Step) -> FieldPath { FieldPath(steps + [step]) }

    func hasPrefix(_ prefix: FieldPath) -> Bool {
        steps.count >= prefix.steps.count && Array(steps.prefix(prefix.steps.count)) == prefix.steps
    }

    /// `status`, `slots[2027-03-09T09:00:00].host`: how history and conflict reports name a field.
    public var description: String {
        var out = ""
        for step in steps {
            switch step {
            case .key(let key):
                if !out.isEmpty { out += "." }
                out += key
            case .entry(let identity):
                out += "[\(identity)]"
            }
        }
        return out
    }

    public static func < (a: FieldPath, b: FieldPath) -> Bool { a.description < b.description }

    /// The key the last step names (for a key inside an entry, the key itself).
    var lastKey: String? {
        if case .key(let key)? = steps.last { return key }
        return nil
    }
}

/// A TOML document seen as leaves (key paths with their values) and entries (array-of-tables
/// entries by identity), which is the level at which two people's edits are compared.
public struct FlatRecord: Sendable {
    public private(set) var leaves: [FieldPath: TOMLValue] = [:]
    public private(set) var entries: [FieldPath: TOMLTable] = [:]
    /// Array-of-tables keys, so an entry's parent array can be named.
    private(set) var entryOrder: [FieldPath] = []

    public init(_ table: TOMLTable, rules: MergeRules = .store) {
        add(table, at: FieldPath([]), rules: rules)
    }

    private mutating func add(_ table: TOMLTable, at prefix: FieldPath, rules: MergeRules) {
        for (key, value) in table.entries {
            let path = prefix.appending(.key(key))
            switch value {
            case .table(let sub):
                add(sub, at: path, rules: rules)
            case .array(let elements) where !elements.isEmpty && elements.allSatisfy({ $0.table != nil }):
                let tables = elements.compactMap(\.table)
                for (identity, entry) in zip(rules.identities(of: tables, arrayKey: key), tables) {
                    let entryPath = path.appending(.entry(identity))
                    entries[entryPath] = entry
                    entryOrder.append(entryPath)
                    add(entry, at: entryPath, rules: rules)
                }
            default:
                leaves[path] = value
            }
        }
    }
}

extension TOMLDocument {
    /// Where a field path is in this document now: entries are found by identity in the
    /// current array, so the answer follows edits already made.
    func locate(_ path: FieldPath, rules: MergeRules) -> TOMLPath? {
        var result = TOMLPath([])
        var lastKey = ""
        for step in path.steps {
            switch step {
            case .key(let key):
                result = result.appending(.key(key))
                lastKey = key
            case .entry(let identity):
                guard let tables = value(at: result)?.array?.compactMap(\.table),
                    let position = rules.identities(of: tables, arrayKey: lastKey).firstIndex(of: identity) else { return nil }
                result = result.appending(.index(position))
            }
        }
        return result
    }
}
