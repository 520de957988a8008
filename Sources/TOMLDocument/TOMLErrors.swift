/// Says where and what, in words a person editing the file by hand can act on.
public struct TOMLParseError: Error, CustomStringConvertible, Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "line \(line), column \(column): \(message)" }
}

/// An edit that cannot be made without changing the document's meaning elsewhere or producing
/// invalid TOML; the document is left as it was.
public struct TOMLEditError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: TOMLPath
    public var message: String

    public init(path: TOMLPath, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "cannot edit `\(path)`: \(message)" }
}
