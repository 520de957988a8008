import Foundation
import VisitDeskStore
import VisitDeskUI

/// Runs the preview's `w`/`W`: the HTML goes into the store's `export/` folder (VisitDesk's own,
/// never read back), and an existing file is replaced only with `W`.
enum DocumentFileEffect {
    /// nil: not a document effect.
    static func perform(_ effect: Effect, storeRoot: String) -> [Action]? {
        guard case .writeDocument(let fileName, let contents, let replace) = effect else { return nil }
        let folder = storeRoot + "/" + StoreLayout.exportFolder
        let path = folder + "/" + fileName
        do {
            try FileIO.makeFolder(folder)
            _ = try FileIO.writeAtomically(Array(contents.utf8), to: path, expected: nil, checkExpected: !replace)
        } catch .changedOnDisk {
            return [.message("export/\(fileName) exists: W replaces it")]
        } catch {
            return [.message("could not write export/\(fileName): \(error.description)")]
        }
        return [.message("wrote export/\(fileName)")]
    }
}
