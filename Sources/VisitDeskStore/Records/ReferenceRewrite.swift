import TOMLDocument
import VisitDeskDomain

/// Points a delegation file's references to one contact at another, in the file's own text (the
/// same surgical edits as a save: comments and key order stay). The sharing merge uses it when
/// two people created the same contact id and both are kept, the later one renamed.
public enum ReferenceRewrite {
    /// The bytes with every reference to `old` (lead, owner, members, a slot's host) replaced by
    /// `new`; nil when the file names `old` nowhere or cannot be read.
    public static func delegation(_ bytes: [UInt8], id: String, replacingContact old: String, with new: String) -> [UInt8]? {
        guard var document = try? TOMLDocument(parsing: bytes) else { return nil }
        let (decoded, _) = RecordDecoder.delegation(id: id, file: RecordKind.delegation.relativePath(id: id), document: document)
        guard let decoded, let changed = ContactReferences.replacing(old, with: new, in: decoded),
            (try? RecordEncoder.apply(changed, over: decoded, to: &document)) != nil else { return nil }
        return Array(document.text.utf8)
    }
}
