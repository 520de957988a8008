/// Addresses a value the way the store thinks of it: `["slots", 0, "end"]` is the `end` key of
/// the first `[[slots]]` block, whatever syntax (header, dotted key, inline table) wrote it.
public struct TOMLPath: Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    public enum Component: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case key(String)
        case index(Int)

        public init(stringLiteral value: String) { self = .key(value) }
        public init(integerLiteral value: Int) { self = .index(value) }
    }

    public var components: [Component]

    public init(_ components: [Component]) { self.components = components }
    public init(arrayLiteral elements: Component...) { self.components = elements }

    public var isEmpty: Bool { components.isEmpty }
    public var last: Component? { components.last }
    public var parent: TOMLPath { TOMLPath(Array(components.dropLast())) }

    public func appending(_ component: Component) -> TOMLPath {
        TOMLPath(components + [component])
    }

    public func hasPrefix(_ prefix: TOMLPath) -> Bool {
        components.count >= prefix.components.count
            && zip(components, prefix.components).allSatisfy { $0 == $1 }
    }

    /// Written like a TOML header with indices: `slots[0].end`, so error messages read naturally.
    public var description: String {
        var out = ""
        for component in components {
            switch component {
            case .key(let key):
                if !out.isEmpty { out += "." }
                out += TOMLWriter.key(key)
            case .index(let index):
                out += "[\(index)]"
            }
        }
        return out
    }
}

/// 1-based, columns counted in Unicode scalars so they match what an editor shows for
/// Swedish and Chinese text.
public struct TOMLPosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "line \(line), column \(column)" }
}
