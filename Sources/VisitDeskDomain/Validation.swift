/// The format's rules that span a whole record or several records.
///
/// Type errors are found while decoding (they know the exact line); these rules work on decoded
/// values, so `line` maps a field name (`lead`, `slots.0.end`, …) to the line it was written on.
public enum Validation {
    /// Every delegation is checked at each start and full reload, and almost all pass: the file's
    /// path, the field names and the messages are made only for a rule that fails (made for each
    /// reference, they were most of the 43 ms these checks took at 50,000 delegations).
    public static func problems(
        of delegation: Delegation,
        file: @autoclosure () -> String,
        contactIDs: Set<String>,
        line: (String) -> Int? = { _ in nil }
    ) -> [Problem] {
        var problems: [Problem] = []
        func report(_ field: String, _ message: Phrase) {
            problems.append(Problem(file: file(), line: line(field), message))
        }

        if delegation.title.isBlank {
            report("title", Phrase("`title` is empty: give the delegation a title"))
        }
        if delegation.status.needsSlots && delegation.slots.isEmpty {
            report("status", Phrase("status `%s` needs at least one [[slots]] entry: add the visit's programme or set status = \"reviewing\"", delegation.status.rawValue))
        }
        for (index, slot) in delegation.slots.enumerated() where !(slot.start < slot.end) {
            report("slots.\(index).end", Phrase("slot %d ends (%s) before it starts (%s): correct `end`", index + 1, slot.end, slot.start))
        }
        for (index, slot) in delegation.slots.enumerated() where slot.start < slot.end && slot.spanDays > Slot.longestSpanDays {
            report("slots.\(index).end", Phrase("slot %d lasts %d days (%s to %s), more than a year: correct the year in `start` or `end`", index + 1, slot.spanDays + 1, slot.start.date, slot.end.date))
        }
        if let earliest = delegation.earliest, let latest = delegation.latest, latest < earliest {
            report("latest", Phrase("`earliest` (%s) is after `latest` (%s): swap or correct them", earliest, latest))
        }
        if let size = delegation.size, size <= 0 {
            report("size", Phrase("`size` is %d: it must be a positive number of people", size))
        }
        func checkContact(_ id: String?, field: @autoclosure () -> String, what: @autoclosure () -> Phrase) {
            guard let id, !contactIDs.contains(id) else { return }
            report(field(), Phrase("%s `%s` is not a contact: create contacts/%s.toml or correct the id", what(), id, id))
        }
        checkContact(delegation.lead, field: "lead", what: Phrase("lead"))
        checkContact(delegation.owner, field: "owner", what: Phrase("owner"))
        for (index, member) in delegation.members.enumerated() {
            checkContact(member, field: "members.\(index)", what: Phrase("member"))
        }
        for (index, slot) in delegation.slots.enumerated() {
            checkContact(slot.host, field: "slots.\(index).host", what: Phrase("host of slot %d", index + 1))
        }
        return problems
    }

    public static func problems(of contact: Contact, file: String, line: (String) -> Int? = { _ in nil }) -> [Problem] {
        var problems: [Problem] = []
        if contact.name.isBlank {
            problems.append(Problem(file: file, line: line("name"), Phrase("`name` is empty: write the person's name in Latin script")))
        }
        return problems
    }
}

extension String {
    /// Empty or only whitespace: what trimming would leave empty, without making the trimmed
    /// string (a start checks 50,000 titles).
    var isBlank: Bool {
        // A printable ASCII first byte settles it without Unicode properties (almost every title).
        if let first = utf8.first, (0x21...0x7E).contains(first) { return false }
        return allSatisfy(\.isWhitespace)
    }

    /// Trims without Foundation, so the domain stays free of it where it can.
    func trimmingCharacters(in set: WhitespaceSet) -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

enum WhitespaceSet { case whitespaces }
