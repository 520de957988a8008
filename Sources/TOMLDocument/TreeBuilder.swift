/// Mutable tables used only while parsing, where TOML's rules on redefinition need to know how
/// each table came to exist. They are converted to value types at the end and never escape,
/// and they hold no parent references, so no cycle can keep them alive.
final class BuildTable {
    enum Origin { case root, header, implicit, dotted, inline, arrayElement }

    var origin: Origin
    var keys: [String] = []
    var nodes: [BuildNode] = []
    /// Built once a table grows past a few dozen keys, so a file with thousands of keys in
    /// one table still parses in linear time; small tables are faster to scan.
    private var positions: [String: Int]?
    private static let scanLimit = 32

    init(origin: Origin) { self.origin = origin }

    func index(of key: String) -> Int? {
        if let positions { return positions[key] }
        return keys.firstIndex(of: key)
    }

    func append(_ key: String, _ node: BuildNode) {
        keys.append(key)
        nodes.append(node)
        if positions != nil {
            positions?[key] = keys.count - 1
        } else if keys.count > Self.scanLimit {
            positions = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        }
    }

    func freeze() -> TOMLTable {
        var table = TOMLTable()
        table.entries.reserveCapacity(keys.count)
        for (key, node) in zip(keys, nodes) {
            table.entries.append((key: key, value: node.freeze()))
        }
        return table
    }
}

final class BuildTableArray {
    var tables: [BuildTable] = []
}

enum BuildNode {
    case value(TOMLValue)
    case table(BuildTable)
    case tableArray(BuildTableArray)

    func freeze() -> TOMLValue {
        switch self {
        case .value(let value): value
        case .table(let table): .table(table.freeze())
        case .tableArray(let array): .array(array.tables.map { .table($0.freeze()) })
        }
    }
}

/// Why a key or header was refused; the parser adds the position.
struct BuildError: Error {
    var message: String
}

extension BuildTable {
    /// Opens the table named by a `[a.b.c]` or `[[a.b.c]]` header, creating what is missing.
    /// Returns the table and its path with array-of-tables indices resolved.
    func openHeader(_ keys: [String], isArray: Bool) throws(BuildError) -> (BuildTable, [TOMLPath.Component]) {
        var table = self
        var path: [TOMLPath.Component] = []
        path.reserveCapacity(keys.count + 2)
        for key in keys.dropLast() {
            path.append(.key(key))
            if let i = table.index(of: key) {
                switch table.nodes[i] {
                case .table(let child): table = child
                case .tableArray(let array):
                    path.append(.index(array.tables.count - 1))
                    table = array.tables[array.tables.count - 1]
                case .value(let value):
                    throw BuildError(message: "`\(key)` is already a \(describe(value)), not a table")
                }
            } else {
                let child = BuildTable(origin: .implicit)
                table.append(key, .table(child))
                table = child
            }
        }
        let last = keys[keys.count - 1]
        path.append(.key(last))
        let existing = table.index(of: last)
        if isArray {
            guard let i = existing else {
                let array = BuildTableArray()
                let element = BuildTable(origin: .arrayElement)
                array.tables.append(element)
                table.append(last, .tableArray(array))
                path.append(.index(0))
                return (element, path)
            }
            guard case .tableArray(let array) = table.nodes[i] else {
                throw BuildError(message: "`\(last)` is already defined and is not an array of tables")
            }
            let element = BuildTable(origin: .arrayElement)
            array.tables.append(element)
            path.append(.index(array.tables.count - 1))
            return (element, path)
        }
        guard let i = existing else {
            let child = BuildTable(origin: .header)
            table.append(last, .table(child))
            return (child, path)
        }
        switch table.nodes[i] {
        case .table(let child) where child.origin == .implicit:
            child.origin = .header
            return (child, path)
        case .table(let child) where child.origin == .dotted:
            throw BuildError(message: "table `\(last)` was already defined with dotted keys")
        case .table:
            throw BuildError(message: "table `\(last)` is defined twice")
        case .tableArray:
            throw BuildError(message: "`\(last)` is an array of tables; use [[\(last)]] to add an entry")
        case .value(let value):
            throw BuildError(message: "`\(last)` is already a \(describe(value)), not a table")
        }
    }

    /// Adds `a.b.c = value`. Returns how many of the intermediate tables (the deepest ones)
    /// this key created, so the source index can remember where dotted tables live.
    func insert(_ keys: [String], value: TOMLValue) throws(BuildError) -> Int {
        var table = self
        var created = 0
        for (depth, key) in keys.dropLast().enumerated() {
            if let i = table.index(of: key) {
                switch table.nodes[i] {
                case .table(let child) where child.origin == .dotted || child.origin == .implicit:
                    child.origin = .dotted
                    table = child
                case .table:
                    throw BuildError(message: "table `\(key)` is already defined and cannot be extended with dotted keys")
                case .tableArray:
                    throw BuildError(message: "`\(key)` is an array of tables and cannot be extended with dotted keys")
                case .value(let value):
                    throw BuildError(message: "`\(key)` is already a \(describe(value)), not a table")
                }
            } else {
                let child = BuildTable(origin: .dotted)
                table.append(key, .table(child))
                table = child
                if created == 0 { created = keys.count - 1 - depth }
            }
        }
        let last = keys[keys.count - 1]
        if table.index(of: last) != nil {
            throw BuildError(message: "duplicate key `\(last)`")
        }
        table.append(last, .value(value))
        return created
    }
}

private func describe(_ value: TOMLValue) -> String {
    switch value {
    case .table: "inline table"
    case .array: "array"
    default: value.typeName + " value"
    }
}
