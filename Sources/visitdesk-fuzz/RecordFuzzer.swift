import Foundation
import VisitDeskStore

/// Feeds one input to every reader of outside bytes: the record loader (as a delegation file and
/// as a contact file, through a real RecordStore so the file read, TOML parse, decode and the
/// cross-record rules all run) and both contact importers. Anything that throws is fine; only a
/// crash or a hang is a finding.
final class RecordFuzzer {
    private let store: RecordStore
    private let delegationPath = "delegations/fuzz-input.toml"
    private let contactPath = "contacts/fuzz-input.toml"

    /// A private store on tmpfs when there is one: every input is written to disk once per kind.
    init() {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let root = "\(base)/visitdesk-fuzz-\(getpid())"
        for folder in ["delegations", "contacts"] {
            try? FileManager.default.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
        }
        store = RecordStore(root: root)
        try? store.load()
    }

    func run(_ bytes: [UInt8]) {
        for path in [delegationPath, contactPath] {
            _ = FileManager.default.createFile(atPath: store.absolutePath(path), contents: Data(bytes))
        }
        _ = store.apply(WatchBatch(paths: [delegationPath, contactPath]))
        let text = String(decoding: bytes, as: UTF8.self)
        _ = VCardImport.contacts(from: text)
        _ = CSVContactImport.contacts(from: text, mapping: nil)
        _ = CSVContactImport.contacts(from: text, mapping: ["name": "Namn", "phone": "Telefon", "email": "E-post"])
    }

    func removeScratch() {
        try? FileManager.default.removeItem(atPath: store.root)
    }
}

/// One fuzzer per process: libFuzzer calls the entry point on a single thread.
nonisolated(unsafe) let sharedFuzzer = RecordFuzzer()
