import Foundation
import VisitDeskDocuments
import VisitDeskDomain
import VisitDeskStore
import VisitDeskUI

/// Runs the preview's `w`, `W` and `o`: the document goes into the store's `export/` folder
/// (VisitDesk's own, never read back), an existing file is replaced only with `W`, and `o` opens
/// it on a desktop. A PDF engine takes seconds, so this is a background job (`StoreHooks.background`)
/// made from values on the main thread: the catalog it reads is the one on screen when asked.
enum DocumentFileEffect {
    /// The work for a document effect; nil: not a document effect.
    static func job(_ effect: Effect, storeRoot: String, catalog: Catalog) -> (@Sendable () -> [Action])? {
        guard case .writeDocument(let request) = effect else { return nil }
        let opener = DesktopOpener.find()
        return { [write(request, storeRoot: storeRoot, catalog: catalog, opener: opener)] }
    }

    static func write(_ request: DocumentWrite, storeRoot: String, catalog: Catalog, opener: DesktopOpener?) -> Action {
        let folder = storeRoot + "/" + StoreLayout.exportFolder
        let relative = StoreLayout.exportFolder + "/" + request.fileName
        let path = folder + "/" + request.fileName
        if !request.replace && FileManager.default.fileExists(atPath: path) {
            // `o` on a file already written opens that one; `w` keeps it and says how to replace it.
            guard request.open else { return .say(Phrase("%s exists: W replaces it", relative)) }
            return .say(open(path, relative: relative, storeRoot: storeRoot, opener: opener, written: false))
        }
        do {
            let bytes = try contents(request.content, catalog: catalog, zone: catalog.settings.timezone)
            try FileIO.makeFolder(folder)
            _ = try FileIO.writeAtomically(bytes, to: path, expected: nil, checkExpected: !request.replace)
        } catch FileIOError.changedOnDisk {
            return .say(Phrase("%s exists: W replaces it", relative))
        } catch {
            return .say(Phrase("could not write %s: %s", relative, CLIError.phrase(of: error)))
        }
        guard request.open else { return .say(Phrase("wrote %s", relative)) }
        return .say(open(path, relative: relative, storeRoot: storeRoot, opener: opener, written: true))
    }

    /// The file's bytes: text as it is, a PDF from the engine, a mail stamped with date, id and attachments.
    private static func contents(_ content: DocumentWrite.Content, catalog: Catalog, zone: String) throws -> [UInt8] {
        switch content {
        case .text(let text):
            return Array(text.utf8)
        case .pdf(let html):
            return try PDFEngine.find().pdf(fromHTML: html)
        case .mail(var message, let request):
            message.attachments = try MailEffect.attachments(request, catalog: catalog)
            message.date = MailOptions.date(Date(), zone: zone)
            message.messageID = MailEffect.newMessageID()
            return Array(message.rfc5322().utf8)
        }
    }

    /// Opens the file where there is a desktop; otherwise says where it is. The file's name comes
    /// first, relative to the store, then why it was not opened: the status bar cuts a long message
    /// at its end, and the store's own path (often long) can go before the rest does.
    private static func open(_ path: String, relative: String, storeRoot: String, opener: DesktopOpener?, written: Bool) -> Phrase {
        guard let opener else {
            return written ? Phrase("wrote %s (no desktop to open it), in the store %s", relative, storeRoot)
                : Phrase("%s is there (no desktop to open it), in the store %s", relative, storeRoot)
        }
        if let problem = opener.open(path) {
            return written ? Phrase("wrote %s; %s", relative, problem) : Phrase("%s is there; %s", relative, problem)
        }
        return written ? Phrase("wrote %s, opened with xdg-open", relative) : Phrase("%s is there, opened with xdg-open", relative)
    }
}
