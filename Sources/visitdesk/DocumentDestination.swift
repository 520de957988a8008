import Foundation
import VisitDeskStore

/// Where a document (programme, letter, name list, mail) goes: standard output, or a new file.
/// An existing file is replaced only with `--force`, and nothing is ever written into the record
/// folders — a stray `.html` there would be reported as a bad record on every load, and a
/// `.toml` would become one.
enum DocumentDestination {
    /// Refuses a destination before any work is done (a PDF takes seconds to make).
    static func check(_ path: String?, force: Bool, store: RecordStore, binary: Bool = false) throws {
        guard let path else {
            if binary && isatty(STDOUT_FILENO) == 1 {
                throw CLIError(l10n.text("a PDF is not for the terminal: give --out FILE.pdf, or redirect the output"))
            }
            return
        }
        let target = StoreLocation.resolve(option: path).path
        let folder = realFolder((target as NSString).deletingLastPathComponent)
        for kind in RecordKind.allCases {
            let recordFolder = realFolder(store.root + "/" + kind.folder)
            if folder == recordFolder || folder.hasPrefix(recordFolder + "/") {
                throw CLIError(l10n.format("%s: will not write inside the store's %s/ folder; choose another place (for example %s/export/)", target, kind.folder, store.root))
            }
        }
        if !force && FileManager.default.fileExists(atPath: target) { throw exists(target) }
    }

    static func write(_ bytes: [UInt8], to path: String?, force: Bool, store: RecordStore, binary: Bool = false) throws {
        try check(path, force: force, store: store, binary: binary)
        guard let path else {
            let terminal = !binary && isatty(STDOUT_FILENO) == 1
            FileHandle.standardOutput.write(Data(terminal ? forTerminal(bytes) : bytes))
            return
        }
        let target = StoreLocation.resolve(option: path).path
        let folder = (target as NSString).deletingLastPathComponent
        if folder == store.root + "/" + StoreLayout.exportFolder { try? FileIO.makeFolder(folder) }
        do {
            _ = try FileIO.writeAtomically(bytes, to: target, expected: nil, checkExpected: !force)
        } catch .changedOnDisk {
            throw exists(target)
        } catch {
            throw CLIError(error.description)
        }
        FileHandle.standardError.write(Data("visitdesk: wrote \(target)\n".utf8))
    }

    /// A control character from a record (TOML strings may hold `\u001b`) must not drive the
    /// terminal: each becomes `�`; line ends and tabs stay.
    static func forTerminal(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F || $0 == 0xC2 }) else { return bytes }
        let text = String(decoding: bytes, as: UTF8.self)
        return Array(String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t" ? "\u{FFFD}" : scalar
        })).utf8)
    }

    private static func exists(_ target: String) -> CLIError {
        CLIError(l10n.format("%s already exists: add --force to replace it, or choose another --out", target))
    }

    /// The folder with symbolic links resolved, so `store/./delegations` or a link into it is caught.
    private static func realFolder(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return (path as NSString).standardizingPath }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
