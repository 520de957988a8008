import VisitDeskDomain

/// The Requests pane lists open requests; declined and cancelled ones are kept in the index's
/// archive and searched only when the filter asks for them (`status:declined`, `status:cancelled`,
/// `s:d`), so the everyday list stays short and the archive is one filter away.
enum ArchiveSearch {
    /// Whether the filter names a closed status.
    static func wantsArchive(_ filter: String) -> Bool {
        guard filter.contains(":") else { return false }
        return RequestQuery(filter).statuses.contains { $0.isClosed }
    }

    /// The open requests and the archive as one list in the requests' order (oldest first), for a
    /// filter that names a closed status; else the open requests alone.
    static func requestBase(filter: String, visits: DelegationIndex, delegations: [Delegation]) -> [Int] {
        guard wantsArchive(filter) else { return visits.requestOrder }
        let (open, closed) = (visits.requestOrder, visits.archiveOrder)
        var merged: [Int] = []
        merged.reserveCapacity(open.count + closed.count)
        var (i, j) = (0, 0)
        while i < open.count || j < closed.count {
            let takeOpen = j == closed.count || (i < open.count && DelegationIndex.requestPrecedes(
                open[i], closed[j], delegations[open[i]].received, delegations[closed[j]].received))
            if takeOpen { merged.append(open[i]); i += 1 } else { merged.append(closed[j]); j += 1 }
        }
        return merged
    }

    /// `r` on declined or cancelled records: back to reviewing with a dated `reopened` line in
    /// the history (see `Delegation.reopened(on:)`).
    static func reviewed(_ record: Delegation, today: LocalDate) -> Delegation {
        if record.isReopenable { return record.reopened(on: today) }
        var updated = record
        updated.status = .reviewing
        return updated
    }
}
