import Foundation
import VisitDeskDocuments
import VisitDeskStore

/// The letter templates in the store's `templates/` folder: the coordinator's own wording, kept
/// with the records (and in git or Syncthing with them). A missing template is written from the
/// compiled-in default the first time it is needed, so the coordinator has a file to edit.
enum StoreTemplates {
    /// Writes every default template that is missing; returns how many were written.
    @discardableResult
    static func writeDefaults(root: String) throws -> Int {
        var written = 0
        for kind in LetterKind.allCases {
            for language in DocumentLanguage.allCases where try writeDefault(kind, language, root: root) {
                written += 1
            }
        }
        return written
    }

    /// Every template the store holds, by file name, for the dashboard's letter preview (read once
    /// at start; a missing or unreadable one falls back to the default there).
    static func texts(root: String) -> [String: String] {
        var texts: [String: String] = [:]
        for kind in LetterKind.allCases {
            for language in DocumentLanguage.allCases {
                let name = kind.fileName(language)
                if let bytes = try? FileIO.read(root + "/" + LetterKind.folder + "/" + name), let text = String(validating: bytes, as: UTF8.self) {
                    texts[name] = text
                }
            }
        }
        return texts
    }

    /// The template for a letter, from the store; the default is written there first when missing.
    static func load(_ kind: LetterKind, _ language: DocumentLanguage, root: String) throws -> LetterTemplate {
        let relative = LetterKind.folder + "/" + kind.fileName(language)
        if try writeDefault(kind, language, root: root) {
            FileHandle.standardError.write(Data("visitdesk: wrote the default \(relative); edit it to change the letter\n".utf8))
        }
        do {
            let bytes = try FileIO.read(root + "/" + relative)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw CLIError(l10n.format("%s: not UTF-8 text; save it as UTF-8", relative))
            }
            return LetterTemplate(file: relative, text: text)
        } catch let error as FileIOError {
            throw CLIError(error.description)
        }
    }

    private static func writeDefault(_ kind: LetterKind, _ language: DocumentLanguage, root: String) throws -> Bool {
        let folder = root + "/" + LetterKind.folder
        let path = folder + "/" + kind.fileName(language)
        if FileManager.default.fileExists(atPath: path) { return false }
        do {
            try FileIO.makeFolder(folder)
            _ = try FileIO.writeAtomically(Array(DefaultTemplates.text(kind, language).utf8), to: path, expected: nil)
        } catch .changedOnDisk {
            return false  // written meanwhile by someone else: theirs stands
        } catch {
            throw CLIError(error.description)
        }
        return true
    }
}
