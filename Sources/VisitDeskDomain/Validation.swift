/// The format's rules that span a whole record or several records.
///
/// Type errors are found while decoding (they know the exact line); these rules work on decoded
/// values, so `line` maps a field name (`lead`, `slots.0.end`, …) to the line it was written on.
public enum Validation {
    public static func problems(
        of delegation: Delegation,
        file: String,
        contactIDs: Set<String>,
        line: (String) -> Int? = { _ in nil }
    ) -> [Problem] {
        var problems: [Problem] = []
        func report(_ field: String, _ message: String) {
            problems.append(Problem(file: file, line: line(field), message: message))
        }

        if delegation.title.trimmingCharacters(in: .whitespaces).isEmpty {
            report("title", "`title` is empty: give the delegation a title")
        }
        if delegation.status.needsSlots && delegation.slots.isEmpty {
            report("status", "status `\(delegation.status.rawValue)` needs at least one [[slots]] entry: add the visit's programme or set status = \"reviewing\"")
        }
        for (index, slot) in delegation.slots.enumerated() where !(slot.start < slot.end) {
            report("slots.\(index).end", "slot \(index + 1) ends (\(slot.end)) before it starts (\(slot.start)): correct `end`")
        }
        for (index, slot) in delegation.slots.enumerated() where slot.start < slot.end && slot.spanDays > Slot.longestSpanDays {
            report("slots.\(index).end", "slot \(index + 1) lasts \(slot.spanDays + 1) days (\(slot.start.date) to \(slot.end.date)), more than a year: correct the year in `start` or `end`")
        }
        if let earliest = delegation.earliest, let latest = delegation.latest, latest < earliest {
            report("latest", "`earliest` (\(earliest)) is after `latest` (\(latest)): swap or correct them")
        }
        if let size = delegation.size, size <= 0 {
            report("size", "`size` is \(size): it must be a positive number of people")
        }
        func checkContact(_ id: String?, field: String, what: String) {
            guard let id, !contactIDs.contains(id) else { return }
            report(field, "\(what) `\(id)` is not a contact: create contacts/\(id).toml or correct the id")
        }
        checkContact(delegation.lead, field: "lead", what: "lead")
        checkContact(delegation.owner, field: "owner", what: "owner")
        for (index, member) in delegation.members.enumerated() {
            checkContact(member, field: "members.\(index)", what: "member")
        }
        for (index, slot) in delegation.slots.enumerated() {
            checkContact(slot.host, field: "slots.\(index).host", what: "host of slot \(index + 1)")
        }
        return problems
    }

    public static func problems(of contact: Contact, file: String, line: (String) -> Int? = { _ in nil }) -> [Problem] {
        var problems: [Problem] = []
        if contact.name.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(Problem(file: file, line: line("name"), message: "`name` is empty: write the person's name in Latin script"))
        }
        return problems
    }
}

extension String {
    /// Trims without Foundation, so the domain stays free of it where it can.
    func trimmingCharacters(in set: WhitespaceSet) -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

enum WhitespaceSet { case whitespaces }
