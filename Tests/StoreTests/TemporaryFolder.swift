import Foundation
@testable import VisitDeskStore

/// A fresh folder under the system temp dir, removed when the test is done with it.
final class TemporaryFolder {
    let path: String

    init(_ label: String = "store") {
        path = NSTemporaryDirectory() + "visitdesk-test-\(label)-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ relative: String, _ text: String) {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path + "/" + relative) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/" + relative)
    }

    /// A store over this folder holding `files` (relative path: text), loaded.
    func loadedStore(_ files: [String: String]) throws -> RecordStore {
        for (relative, text) in files { write(relative, text) }
        let store = RecordStore(root: path)
        try store.load()
        return store
    }

    func names(in relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + relative)) ?? []).sorted()
    }
}
