import ArgumentParser
import VisitDeskDomain

/// Parsing shared by the record-editing commands: every refusal names the option and shows a
/// value that would work, and counts as a usage error (exit 2).
enum RecordArguments {
    static func date(_ text: String, option: String) throws -> LocalDate {
        guard let date = LocalDate(iso: text) else { throw CLIError.usage(l10n.format("%s %s: not a date; expected one like 2027-01-14", option, text)) }
        return date
    }

    /// `2027-03-09T09:30`, `2027-03-09 09:30` or with seconds.
    static func dateTime(_ text: String, option: String) throws -> LocalDateTime {
        let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2, let date = LocalDate(iso: String(parts[0])) else {
            throw CLIError.usage(l10n.format("%s %s: expected a date and time like 2027-03-09T09:30", option, text))
        }
        let clock = parts[1].split(separator: ":").map { Int($0) }
        guard (2...3).contains(clock.count), clock.allSatisfy({ $0 != nil }),
              let hour = clock[0], let minute = clock[1], (0...23).contains(hour), (0...59).contains(minute),
              clock.count == 2 || (0...59).contains(clock[2]!) else {
            throw CLIError.usage(l10n.format("%s %s: %s is not a time; expected one like 09:30", option, text, parts[1]))
        }
        return LocalDateTime(date: date, time: LocalTime(hour: hour, minute: minute, second: clock.count == 3 ? clock[2]! : 0))
    }

    /// `a, b ,c` → ["a", "b", "c"]
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func contactMustExist(_ id: String?, option: String, in catalog: Catalog) throws {
        if let id, catalog.contact(id: id) == nil {
            throw CLIError.usage(l10n.format("%s %s: no such contact (see `visitdesk list contacts --search …`)", option, id))
        }
    }
}
