import Foundation
import Testing

/// Two coordinators on one machine: a bare "hub" repository on a local path and two clones,
/// each with its own identity, its own VisitDesk config folder and its own empty git config
/// (GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM), driven through the real `visitdesk` binary.
final class SharedStoreLab {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    let folder: String
    var hub: String { folder + "/hub.git" }

    init() throws {
        folder = NSTemporaryDirectory() + "visitdesk-share-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder + "/home", withIntermediateDirectories: true)
        // An unwritable temporary folder would otherwise surface later as a git error.
        guard FileManager.default.createFile(atPath: folder + "/home/gitconfig", contents: nil) else { throw CocoaError(.fileWriteUnknown) }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    static var binary: String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return ProcessInfo.processInfo.environment["VISITDESK_BIN"] ?? root.appendingPathComponent(".build/debug/visitdesk").path
    }

    /// The environment of one coordinator: nothing from the machine's git or VisitDesk config.
    func environment(for person: String) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["GIT_CONFIG_GLOBAL"] = folder + "/home/gitconfig"
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["XDG_CONFIG_HOME"] = folder + "/config-\(person)"
        env["VISITDESK_NO_CACHE"] = "1"
        env["VISITDESK_STORE"] = nil
        return env
    }

    func store(_ person: String) -> String { folder + "/" + person }

    @discardableResult
    func run(_ program: String, _ arguments: [String], as person: String = "lab", in directory: String? = nil) throws -> Run {
        let scratch = folder + "/run-\(UUID().uuidString.prefix(8))"
        guard FileManager.default.createFile(atPath: scratch + ".out", contents: nil),
              FileManager.default.createFile(atPath: scratch + ".err", contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        defer {
            try? FileManager.default.removeItem(atPath: scratch + ".out")
            try? FileManager.default.removeItem(atPath: scratch + ".err")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = environment(for: person)
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? folder)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: scratch + ".out")
        process.standardError = FileHandle(forWritingAtPath: scratch + ".err")
        try process.run()
        process.waitUntilExit()
        let text = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return Run(status: process.terminationStatus, output: text(scratch + ".out"), errors: text(scratch + ".err"))
    }

    @discardableResult
    func visitdesk(_ person: String, _ arguments: [String]) throws -> Run {
        try run(Self.binary, arguments, as: person)
    }

    /// git in a person's store, with the lab's isolated config.
    @discardableResult
    func git(_ person: String, _ arguments: [String]) throws -> Run {
        try run("/usr/bin/env", ["git", "-c", "user.name=lab", "-c", "user.email=lab@example.org"] + arguments, as: person, in: store(person))
    }

    func sync(_ person: String) throws -> Run {
        try visitdesk(person, ["sync", "--store", store(person)])
    }

    /// Xina shares a small store through the hub; Jiaman joins it.
    static func twoCoordinators() throws -> SharedStoreLab {
        let lab = try SharedStoreLab()
        try lab.run("/usr/bin/env", ["git", "init", "--quiet", "--bare", "--initial-branch=main", lab.hub])
        try lab.visitdesk("xina", ["init", lab.store("xina")])
        lab.write("xina", "contacts/wang-fang.toml", "name = \"Wang Fang\"\ncountry = \"CN\"\n")
        lab.write("xina", "delegations/qingdao-bank.toml", Self.delegation)
        let shared = try lab.visitdesk("xina", ["share", "init", "--store", lab.store("xina"), "--remote", lab.hub, "--name", "Xina", "--email", "xina@example.se"])
        guard shared.status == 0 else { throw LabFailure(description: "share init: \(shared.errors)") }
        let joined = try lab.visitdesk("jiaman", ["share", "join", lab.hub, lab.store("jiaman"), "--name", "Jiaman", "--email", "jiaman@example.se"])
        guard joined.status == 0 else { throw LabFailure(description: "share join: \(joined.errors)") }
        return lab
    }

    static let delegation = """
    # Qingdao bank managers, via the region
    title = "Qingdao Bank Managers"
    status = "reviewing"
    size = 12
    lead = "wang-fang"
    tags = ["finance"]
    notes = "Prefers mornings."

    """

    func write(_ person: String, _ relative: String, _ text: String) {
        let path = store(person) + "/" + relative
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // A file that could not be written would show up later as a puzzling merge result.
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)), "could not write \(path)")
    }

    func read(_ person: String, _ relative: String) -> String? {
        FileManager.default.contents(atPath: store(person) + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Replaces the one line that starts with `key =`.
    func setLine(_ person: String, _ relative: String, key: String, to line: String) {
        guard let text = read(person, relative) else { return }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("\(key) =") ? Substring(line) : $0 }
        write(person, relative, lines.joined(separator: "\n"))
    }

    struct LabFailure: Error, CustomStringConvertible { var description: String }
}
