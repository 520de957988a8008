import VisitDeskDomain

/// A person's id changed or their file deleted with every record naming them rewritten, for the
/// command line (the dashboard writes the same files through its write runner as one undo step).
/// The order keeps the store whole at every moment: the new file is written before the records
/// point at it, and the old file goes only after nothing names it (`ContactIDChanges` decides
/// what is allowed).
extension RecordStore {
    /// `contact` under its new id (the old file edited in place: comments and unknown keys stay),
    /// every delegation naming `oldID` rewritten to it, then the old file removed. The receipts,
    /// in the order written.
    public func renameContact(_ contact: Contact, from oldID: String) throws(StoreWriteError) -> [WriteReceipt] {
        var receipts = [try saveRenamed(contact, from: oldID)]
        for rewrite in catalog.replacingContact(oldID, with: contact.id) { receipts.append(try save(rewrite.updated)) }
        receipts.append(try remove(.contact, id: oldID))
        return receipts
    }

    /// The delegations rewritten (each as `ContactIDChanges.deletion` gave it), then the
    /// person's file removed.
    public func deleteContact(_ id: String, rewrites: [(shown: Delegation, updated: Delegation)]) throws(StoreWriteError) -> [WriteReceipt] {
        var receipts: [WriteReceipt] = []
        for rewrite in rewrites { receipts.append(try save(rewrite.updated)) }
        receipts.append(try remove(.contact, id: id))
        return receipts
    }
}
