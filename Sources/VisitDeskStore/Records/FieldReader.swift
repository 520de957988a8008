import TOMLDocument
import VisitDeskDomain

/// Reads typed fields out of one record's TOML table and turns every mismatch into a problem
/// that names the line and says what a correct value looks like. Decoding never throws:
/// a record either comes out whole or not at all, with the reasons collected.
struct FieldReader {
    let document: TOMLDocument
    let file: String
    let base: TOMLPath
    private(set) var problems: [Problem] = []

    init(document: TOMLDocument, file: String, base: TOMLPath = []) {
        self.document = document
        self.file = file
        self.base = base
    }

    func line(of key: String) -> Int? {
        document.position(of: base.appending(.key(key)))?.line
    }

    private var table: TOMLTable? {
        base.isEmpty ? document.root : document.value(at: base)?.table
    }

    func raw(_ key: String) -> TOMLValue? { table?[key] }

    mutating func report(_ key: String?, _ message: String, severity: Problem.Severity = .error) {
        report(key, .verbatim(message), severity: severity)
    }

    /// A problem in words the screen translates (`Phrase`).
    mutating func report(_ key: String?, _ phrase: Phrase, severity: Problem.Severity = .error) {
        let line = key.flatMap(line(of:)) ?? (base.isEmpty ? nil : document.position(of: base)?.line)
        problems.append(Problem(file: file, line: line, severity: severity, phrase))
    }

    private var prefix: String {
        base.components.map { component -> String in
            switch component {
            case .key(let key): return key
            case .index(let index): return "[\(index + 1)]"
            }
        }.joined(separator: ".")
    }

    private func name(_ key: String) -> Phrase {
        base.isEmpty ? .verbatim("`\(key)`") : Phrase("%s in %s", "`\(key)`", prefix)
    }

    private mutating func wrongType(_ key: String, expected: Phrase, example: String, found: TOMLValue) {
        report(key, Phrase("%s should be %s (like `%s = %s`), found %s", name(key), expected, key, example, article(found.typeName)))
    }

    /// What was found instead, as the message says it: `a string`, `an integer`, `a date`.
    private func article(_ type: String) -> Phrase {
        switch type {
        case "integer": return Phrase("an integer")
        case "array": return Phrase("an array")
        case "string": return Phrase("a string")
        case "float": return Phrase("a float")
        case "bool": return Phrase("a bool")
        case "table": return Phrase("a table")
        case "date-local": return Phrase("a date")
        case "datetime-local": return Phrase("a date-time")
        case "time-local": return Phrase("a time")
        case "datetime": return Phrase("a date-time with a time zone offset")
        default: return .verbatim("a \(type)")
        }
    }

    mutating func string(_ key: String, example: String = "\"…\"") -> String? {
        guard let value = raw(key) else { return nil }
        if let text = value.string { return text }
        wrongType(key, expected: Phrase("text in quotes"), example: example, found: value)
        return nil
    }

    mutating func requiredString(_ key: String, example: String) -> String? {
        guard raw(key) != nil else {
            report(nil, Phrase("%s is missing: add a line like `%s = %s`", name(key), key, example))
            return nil
        }
        return string(key, example: example)
    }

    /// Optional text where an empty string means "not set" (people write `organisation = ""`).
    mutating func optionalText(_ key: String) -> String? {
        guard let text = string(key), !text.isEmpty else { return nil }
        return text
    }

    mutating func strings(_ key: String, example: String = "[\"a\", \"b\"]") -> [String] {
        guard let value = raw(key) else { return [] }
        guard let items = value.array else {
            wrongType(key, expected: Phrase("a list of texts"), example: example, found: value)
            return []
        }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            if let text = item.string {
                result.append(text)
            } else {
                report(key, Phrase("item %d of %s should be text in quotes, found %s", index + 1, name(key), article(item.typeName)))
            }
        }
        return result
    }

    mutating func integer(_ key: String, example: String) -> Int? {
        guard let value = raw(key) else { return nil }
        if let number = value.integer { return Int(number) }
        wrongType(key, expected: Phrase("a whole number"), example: example, found: value)
        return nil
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = raw(key) else { return nil }
        if let flag = value.bool { return flag }
        wrongType(key, expected: Phrase("true or false"), example: "false", found: value)
        return nil
    }

    mutating func date(_ key: String, example: String = "2027-01-14") -> LocalDate? {
        guard let value = raw(key) else { return nil }
        if let date = value.localDate { return LocalDate(date) }
        if let dateTime = value.localDateTime { return LocalDate(dateTime.date) }
        wrongType(key, expected: Phrase("a date without quotes"), example: example, found: value)
        return nil
    }

    mutating func dateTime(_ key: String, example: String = "2027-01-14T13:30:00") -> LocalDateTime? {
        guard let value = raw(key) else { return nil }
        if let dateTime = value.localDateTime { return LocalDateTime(dateTime) }
        wrongType(key, expected: Phrase("a local date and time without quotes"), example: example, found: value)
        return nil
    }

    mutating func requiredDateTime(_ key: String, example: String) -> LocalDateTime? {
        guard raw(key) != nil else {
            report(nil, Phrase("%s is missing: add a line like `%s = %s`", name(key), key, example))
            return nil
        }
        return dateTime(key, example: example)
    }

    /// The entries of an array of tables (`[[slots]]`), as readers positioned inside each entry.
    mutating func tables(_ key: String) -> [FieldReader] {
        guard let value = raw(key) else { return [] }
        guard let items = value.array, items.allSatisfy({ $0.table != nil }) else {
            report(key, Phrase("%s should be a list of tables written as [[%s]] blocks", name(key), key))
            return []
        }
        return items.indices.map { FieldReader(document: document, file: file, base: base.appending(.key(key)).appending(.index($0))) }
    }
}

extension LocalDate {
    init(_ date: TOMLLocalDate) { self.init(year: date.year, month: date.month, day: date.day) }
}

extension LocalDateTime {
    init(_ value: TOMLLocalDateTime) {
        self.init(
            date: LocalDate(value.date),
            time: LocalTime(hour: value.time.hour, minute: value.time.minute, second: value.time.second)
        )
    }
}

extension TOMLLocalDate {
    init(_ date: LocalDate) { self.init(year: date.year, month: date.month, day: date.day) }
}

extension TOMLLocalDateTime {
    init(_ value: LocalDateTime) {
        self.init(
            date: TOMLLocalDate(value.date),
            time: TOMLLocalTime(hour: value.time.hour, minute: value.time.minute, second: value.time.second)
        )
    }
}
