/// Something wrong in the store that a person should fix: where, how bad, and what to do.
public struct Problem: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// Path relative to the store root (`delegations/hebei-2017.toml`).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int? = nil, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// `FILE:LINE: message` (the form `visitdesk check` prints and editors can jump to).
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let prefix = severity == .warning ? "warning: " : ""
        return "\(place): \(prefix)\(message)"
    }
}
