import VisitDeskDomain

/// The terminal's size in cells, as the backend measured it after the last resize.
public struct TerminalSize: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Below this the panes cannot show a useful row, so the screen says so instead.
    public static let minimum = TerminalSize(width: 40, height: 12)
    /// From this size on every pane is on screen at once.
    public static let full = TerminalSize(width: 120, height: 40)

    public func isAtLeast(_ other: TerminalSize) -> Bool {
        width >= other.width && height >= other.height
    }
}

/// The two wall clocks of the status bar. The runtime converts "now" into both zones, so the
/// UI core never touches time zones or the system clock and stays reproducible in tests.
public struct ClockReading: Hashable, Sendable {
    public var home: LocalDateTime
    public var partner: LocalDateTime
    public var homeLabel: String
    public var partnerLabel: String

    public init(home: LocalDateTime, partner: LocalDateTime, homeLabel: String = "Stockholm", partnerLabel: String = "Beijing") {
        self.home = home
        self.partner = partner
        self.homeLabel = homeLabel
        self.partnerLabel = partnerLabel
    }

    /// `Stockholm 09:14 · Beijing 16:14`; `Stockholm 18:30 · Beijing Thu 01:30` once it is already
    /// the next day there (and the weekday too if the partner's clock is a day behind).
    public var text: String { text(in: .en) }

    /// The same in `language`: `Stockholm 18:30 · Beijing tors 01:30`, `斯德哥尔摩 18:30 · 北京 周四 01:30`.
    /// City names are the configured ones, translated when the catalogue knows them.
    public func text(in language: Language) -> String {
        let l10n = Localization.of(language)
        let sameDay = home.date == partner.date
        let day = sameDay ? "" : CalendarWords.of(language).weekday(partner.date) + " "
        return "\(l10n.text(homeLabel)) \(home.time.shortText) · \(l10n.text(partnerLabel)) \(day)\(partner.time.shortText)"
    }
}
