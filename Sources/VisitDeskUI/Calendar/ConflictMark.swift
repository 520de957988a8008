import VisitDeskDomain

/// The mark a Groups row gets when its visit has a schedule conflict: `! ` before the title, in
/// the conflict role, so it shows without colour too.
enum ConflictMark {
    static func titleColumn(_ d: Delegation, width: ColumnWidth, titleWidth: Int, index: CatalogIndex) -> Column {
        guard index.schedule.conflictsByDelegation[d.id] != nil else {
            return Column(text: Titles.bilingual(d.title, d.titleZh, width: titleWidth), width: width)
        }
        return Column(text: "! " + Titles.bilingual(d.title, d.titleZh, width: titleWidth - 2), width: width, role: .conflict)
    }
}
