import Foundation
import VisitDeskDomain

/// Where the store lives: `--store`, else `$VISITDESK_STORE`, else `$XDG_DATA_HOME/visitdesk`
/// (default `~/.local/share/visitdesk`). Only the last one is created on first use, with the demo
/// data, because a folder a person named explicitly and that does not exist is more likely a typo.
public struct StoreLocation: Equatable, Sendable {
    public enum Source: Equatable, Sendable { case option, environment, defaultLocation }

    public var path: String
    public var source: Source

    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        if let option, !option.isEmpty { return StoreLocation(path: absolute(option), source: .option) }
        if let value = environment["VISITDESK_STORE"], !value.isEmpty {
            return StoreLocation(path: absolute(value), source: .environment)
        }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            dataHome = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return StoreLocation(path: dataHome + "/visitdesk", source: .defaultLocation)
    }

    static func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return expanded }
        return FileManager.default.currentDirectoryPath + "/" + expanded
    }
}

/// Creates a store folder: empty, or filled with the embedded demo data.
public enum StoreInitializer {
    public enum Failure: Error, CustomStringConvertible {
        case notEmpty(String)
        case io(FileIOError)

        public var description: String {
            switch self {
            case .notEmpty(let path): return "\(path) already holds records; choose an empty or new folder"
            case .io(let error): return error.description
            }
        }
    }

    /// Returns the number of records written.
    @discardableResult
    public static func create(at root: String, demo: Bool, today: LocalDate) throws(Failure) -> Int {
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw .io(.system(path: root, operation: "create folder", errno: (error as NSError).code == 513 ? EACCES : EIO))
        }
        for kind in RecordKind.allCases {
            let folder = root + "/" + kind.folder
            if let names = try? FileIO.listFolder(folder), names.contains(where: { $0.hasSuffix(".toml") }) {
                throw .notEmpty(root)
            }
            do { try FileIO.makeFolder(folder) } catch { throw .io(error) }
        }
        guard demo else {
            if !FileManager.default.fileExists(atPath: root + "/" + StoreLayout.settingsFile) {
                let settings = "name = \"VisitDesk\"\ntimezone = \"Europe/Stockholm\"\npartner_timezone = \"Asia/Shanghai\"\n"
                do { _ = try FileIO.writeAtomically(Array(settings.utf8), to: root + "/" + StoreLayout.settingsFile, expected: nil) } catch { throw .io(error) }
            }
            return 0
        }
        var count = 0
        for file in DemoStore.files(today: today) {
            let path = root + "/" + file.path
            do {
                _ = try FileIO.writeAtomically(Array(file.contents.utf8), to: path, expected: nil, checkExpected: false)
            } catch { throw .io(error) }
            if file.path != StoreLayout.settingsFile { count += 1 }
        }
        return count
    }
}
