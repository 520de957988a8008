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
    /// What is wrong and what to do, in English (the problem's identity, and what logs keep).
    public var message: String
    /// The same as a phrase, for showing it in the language on screen (`l10n.text(problem.phrase)`).
    public var phrase: Phrase

    /// A message that is English only (an error text from elsewhere, quoted as it is).
    public init(file: String, line: Int? = nil, severity: Severity = .error, message: String) {
        self.init(file: file, line: line, severity: severity, .verbatim(message))
    }

    public init(file: String, line: Int? = nil, severity: Severity = .error, _ phrase: Phrase) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = phrase.description
        self.phrase = phrase
    }

    /// Two problems are one when they say the same at the same place, however they were phrased.
    public static func == (a: Problem, b: Problem) -> Bool {
        (a.file, a.line, a.severity, a.message) == (b.file, b.line, b.severity, b.message)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(severity)
        hasher.combine(message)
    }

    /// `FILE:LINE: message` (the form `visitdesk check` prints and editors can jump to).
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let prefix = severity == .warning ? "warning: " : ""
        return "\(place): \(prefix)\(message)"
    }
}
