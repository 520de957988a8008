import VisitDeskDomain

/// The open report view: which period, its report and lines, the cursor, and the list of
/// delegations behind a figure when one is opened with Enter.
public struct ReportViewState: Equatable, Sendable {
    public internal(set) var period: ReportPeriod
    public internal(set) var report: SeasonReport
    public internal(set) var lines: [ReportLine]
    /// Index into `lines`; always a `.row` line when there is one.
    public internal(set) var cursor: Int
    public internal(set) var top = 0
    public internal(set) var drill: Drill?
    /// The store's status history once the app has read it (nil: none, or not read yet).
    public internal(set) var history: ReportStatusHistory?

    /// The delegations behind one figure.
    public struct Drill: Equatable, Sendable {
        /// The figure's line, whose label (in the language on screen) titles the list.
        public var line: ReportLine
        /// The figure's label as the report's English text and key.
        public var title: String { line.label }
        public var ids: [String]
        public var cursor = 0
        public var top = 0
    }

    init(period: ReportPeriod, catalog: Catalog, today: LocalDate, history: ReportStatusHistory? = nil) {
        self.period = period
        self.history = history
        report = Self.count(catalog, period: period, today: today, history: history)
        lines = ReportLines.build(report)
        cursor = 0
        cursor = rowIndices.first ?? 0
    }

    /// Lines the cursor can rest on.
    var rowIndices: [Int] { lines.indices.filter { lines[$0].kind == .row } }

    /// After a store change: the same period counted again, the cursor kept where it was.
    mutating func refresh(catalog: Catalog, today: LocalDate) {
        report = Self.count(catalog, period: period, today: today, history: history)
        lines = ReportLines.build(report)
        let rows = rowIndices
        cursor = rows.last { $0 <= cursor } ?? rows.first ?? 0
        if let open = drill { drill?.cursor = min(open.cursor, max(0, open.ids.count - 1)) }
    }

    mutating func show(_ period: ReportPeriod, catalog: Catalog, today: LocalDate) {
        self = ReportViewState(period: period, catalog: catalog, today: today, history: history)
    }

    /// With history, a past period counts statuses as they stood at its end, as `visitdesk report` does.
    static func count(_ catalog: Catalog, period: ReportPeriod, today: LocalDate, history: ReportStatusHistory?) -> SeasonReport {
        SeasonReport(catalog: catalog, period: period, today: today, decisionDates: history?.decisionDates ?? [:],
                     statusesAtEnd: history?.statusesAtEnd(of: period, today: today))
    }

    /// The app's answer to `readStatusHistory`: counted again with it.
    mutating func use(_ history: ReportStatusHistory?, catalog: Catalog, today: LocalDate) {
        self.history = history
        refresh(catalog: catalog, today: today)
    }
}
