import VisitDeskDomain
import VisitDeskUI

/// A day in the command line's human output as the language writes it: `2026-11-15` in English
/// (what it always printed, and what scripts reading tables expect), `sön 15 november 2026`,
/// `2026年11月15日 周日`. Machine formats (JSON, TSV) keep ISO dates in every language.
enum HumanDate {
    static func day(_ date: LocalDate) -> String {
        l10n.language == .en ? date.description : CalendarWords.of(l10n.language).weekdayAndDate(date)
    }
}
