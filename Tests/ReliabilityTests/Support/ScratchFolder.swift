import Foundation

/// A folder of its own for one test, removed afterwards (permissions restored first, so a test
/// that made it read-only cannot leave it behind).
final class ScratchFolder {
    let path: String

    /// - Parameter base: the parent folder (with a trailing slash); the system temp folder by default.
    init(_ label: String, in base: String? = nil) {
        path = (base ?? NSTemporaryDirectory()) + "visitdesk-rel-\(label)-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        _ = try? Subprocess.run("/bin/chmod", ["-R", "u+rwx", path])
        try? FileManager.default.removeItem(atPath: path)
    }

    func url(_ relative: String) -> URL { URL(fileURLWithPath: path + "/" + relative) }

    func write(_ relative: String, _ text: String) {
        let url = url(relative)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: url)
    }

    func names(in relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + relative)) ?? []).sorted()
    }

    func move(_ from: String, _ to: String) throws {
        try FileManager.default.moveItem(atPath: path + "/" + from, toPath: path + "/" + to)
    }
}
