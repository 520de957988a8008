import VisitDeskDomain

/// The known files of one record kind, by id (`KnownFiles`), compactly: see `CompactTable`.
typealias FileTable = CompactTable<String, KnownFile>
