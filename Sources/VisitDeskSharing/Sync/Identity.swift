import Foundation
import TOMLDocument

/// Who the coordinator is, for commit authors and "changed by …".
public struct Identity: Sendable, Equatable, CustomStringConvertible {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }

    public var description: String { "\(name) <\(email)>" }

    /// `-c user.name=… -c user.email=…`, so the author never comes from somewhere else.
    var gitSettings: [String] { ["-c", "user.name=\(name)", "-c", "user.email=\(email)"] }
}

/// VisitDesk's own settings file, `$XDG_CONFIG_HOME/visitdesk/config.toml`:
/// ```toml
/// [identity]
/// name = "Lina Berg"
/// email = "lina.berg@example.se"
/// ```
public struct IdentityConfig: Sendable {
    public let path: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        path = base + "/visitdesk/config.toml"
    }

    public var identity: Identity? {
        guard let data = FileManager.default.contents(atPath: path),
            let document = try? TOMLDocument(parsing: [UInt8](data)),
            let name = document.value(at: ["identity", "name"])?.string, !name.isEmpty,
            let email = document.value(at: ["identity", "email"])?.string, !email.isEmpty else { return nil }
        return Identity(name: name, email: email)
    }

    /// Writes the identity into the file, keeping everything else in it as written.
    public func save(_ identity: Identity) throws {
        let existing = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        var document = try existing.map { try TOMLDocument(parsing: $0) } ?? TOMLDocument()
        if document.value(at: ["identity"]) == nil {
            try document.setValue(.table(TOMLTable([("name", .string(identity.name)), ("email", .string(identity.email))])), at: ["identity"])
        } else {
            try document.setValue(.string(identity.name), at: ["identity", "name"])
            try document.setValue(.string(identity.email), at: ["identity", "email"])
        }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(document.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

extension Identity {
    /// config.toml first, then git's own `user.name` / `user.email` as this repository sees them.
    static func resolve(config: IdentityConfig, git: GitRunner) -> Identity? {
        if let identity = config.identity { return identity }
        let repository = GitRepository(git: git)
        guard let name = repository.config("user.name"), let email = repository.config("user.email") else { return nil }
        return Identity(name: name, email: email)
    }
}
