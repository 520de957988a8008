import TOMLDocument
import VisitDeskDomain

extension RecordStore {
    /// The line of `field` (named as `Validation` names them: `lead`, `slots.0.start`) in a
    /// record's file as it is on disk now; nil when the file or the field is not there. Read on
    /// demand, for messages such as `check`'s, so the store keeps no positions in memory.
    public func line(of field: String, in kind: RecordKind, id: String) -> Int? {
        let file = kind.relativePath(id: id)
        guard let bytes = try? FileIO.read(root + "/" + file),
              case .success(let document) = RecordParser.document(bytes, file: file) else { return nil }
        return RecordDecoder.line(of: field, in: document)
    }
}
