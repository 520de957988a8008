import Foundation
import VisitDeskDomain

/// Contacts from a spreadsheet export (`visitdesk import csv FILE [--map …]`). The first record
/// is the header; each following row becomes one contact. Nothing is written here.
public enum CSVContactImport {
    /// - Parameter mapping: contact field → column header (`["name": "Namn", "phone": "Telefon"]`);
    ///   nil guesses from the header (Namn/Name, Telefon/Phone/Mobil, E-post/Email, Företag/Company,
    ///   Land/Country, Titel/Roll, 中文名, …).
    public static func contacts(from text: String, mapping: [String: String]?) -> ImportRead {
        var read = ImportRead(contacts: [], problems: [])
        var rows = CSVRows(mapping: mapping)
        rows.feed(text, into: &read)
        rows.finish(into: &read)
        return read
    }

    /// From a file's bytes: each line decoded on its own (see `ImportDecoder`), so a line that
    /// is not valid in the file's charset is reported by number and the others read as they are.
    public static func contacts(from bytes: [UInt8], encoding: TextCharset? = nil, mapping: [String: String]?) -> ImportRead {
        var read = ImportRead(contacts: [], problems: [])
        self.read(ImportInput(bytes: bytes), encoding: encoding, mapping: mapping, into: &read)
        return read
    }

    /// Reads the input a chunk at a time and hands each row's contact, and each problem, to
    /// `receiver` as soon as the row ends: memory holds one record, not the file.
    public static func read(
        _ input: ImportInput, encoding: TextCharset? = nil, mapping: [String: String]?, into receiver: inout some ImportReceiver
    ) {
        let stream = ImportStream(input, override: encoding)
        var rows = CSVRows(mapping: mapping)
        var noted = false
        DecodedLines.read(stream) { line in
            if !noted {
                noted = true
                if let note = stream.decoder.note { receiver.encodingNote(note) }
            }
            if line.damaged {
                receiver.problem("line \(line.number): not valid \(stream.decoder.charsetName) text: read with \u{FFFD} in place of the bad bytes (choose the file's encoding with --encoding)")
            }
            rows.feed(line.terminated ? line.text + line.terminator : line.text, into: &receiver)
        }
        if let failure = stream.failure { receiver.problem("\(failure.description): read up to there") }
        rows.finish(into: &receiver)
    }
}

/// Records turned into contacts as they are read: the first is the header, which decides the
/// columns; a header without a name column stops the import with one message.
struct CSVRows {
    let mapping: [String: String]?
    private var reader = CSVReader()
    private var columns: CSVColumnMap?
    private var sawHeader = false
    private var stopped = false
    private var ids = ImportIDs()

    init(mapping: [String: String]?) { self.mapping = mapping }

    mutating func feed(_ text: String, into receiver: inout some ImportReceiver) {
        guard !stopped else { return }
        var records: [CSVReader.Record] = []
        reader.feed(text) { records.append($0) }
        take(records, into: &receiver)
    }

    mutating func finish(into receiver: inout some ImportReceiver) {
        guard !stopped else { return }
        var records: [CSVReader.Record] = []
        reader.finish { records.append($0) }
        take(records, into: &receiver)
        if !sawHeader, !stopped {
            receiver.problem("the file is empty: a header row and one row per contact are expected")
        }
    }

    private mutating func take(_ records: [CSVReader.Record], into receiver: inout some ImportReceiver) {
        for problem in reader.takeProblems() { receiver.problem(problem) }
        for record in records where !stopped {
            guard sawHeader else {
                sawHeader = true
                header(record, into: &receiver)
                continue
            }
            guard let columns else { return }
            var problems: [String] = []
            let row = CSVRow(fields: record.fields, columns: columns)
            let contact = row.contact(line: record.line, problems: &problems)
            problems.forEach { receiver.problem($0) }
            guard var contact else { continue }
            contact.id = ids.claim(ImportIDs.slug(for: contact))
            receiver.contact(ImportedContact(contact: contact, line: record.line))
        }
    }

    private mutating func header(_ header: CSVReader.Record, into receiver: inout some ImportReceiver) {
        var map: CSVColumnMap
        if let mapping {
            let result = CSVColumns.mapped(mapping, header: header.fields)
            map = result.map
            result.problems.forEach { receiver.problem($0) }
        } else {
            map = CSVColumns.guess(header: header.fields)
        }
        let hasName = [CSVField.name, .firstName, .lastName, .nameZh].contains { map[$0] != nil }
        guard hasName else {
            let hint = mapping == nil ? "name the column Namn or Name, or" : "add name=COLUMN to"
            receiver.problem("line \(header.line): no column holds the name (columns: \(header.fields.joined(separator: ", "))): \(hint) --map")
            stopped = true
            return
        }
        columns = map
    }
}

/// One data row read through the column map.
struct CSVRow {
    let fields: [String]
    let columns: CSVColumnMap

    /// The field's cells, Google's ` ::: ` multi-value cells split into their values.
    func values(_ field: CSVField) -> [String] {
        (columns[field] ?? []).flatMap(cellValues)
    }

    private func cellValues(_ index: Int) -> [String] {
        guard index < fields.count, !fields[index].isEmpty else { return [] }
        return fields[index].components(separatedBy: " ::: ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Every number of every phone column, with the label its column gives it.
    func phones() -> [String] {
        (columns[.phones] ?? []).flatMap { index -> [String] in
            let label: String? = switch columns.phoneLabels[index] {
            case .fixed(let text): text
            case .column(let labelIndex): cellValues(labelIndex).first.flatMap(PhoneLabel.normalised)
            case nil: nil
            }
            return cellValues(index).flatMap(Self.splitNumbers).map { PhoneLabel.join(label: label, number: $0) }
        }
    }

    /// `070-123 45 67 / 023-77 85 00`, `+86 138 0013 8000; 0311-8765 4321`.
    private static func splitNumbers(_ cell: String) -> [String] {
        cell.split(whereSeparator: { ";/,".contains($0) || $0.isNewline }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func single(_ field: CSVField) -> String? { values(field).first }

    /// Splits cells holding several values: `070-123 45 67 / 023-77 85 00`, `a@x.se; b@y.se`.
    func items(_ field: CSVField, separators: Set<Character>) -> [String] {
        values(field).flatMap { $0.split(whereSeparator: { separators.contains($0) || $0.isNewline }) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func contact(line: Int, problems: inout [String]) -> Contact? {
        if fields.allSatisfy(\.isEmpty) { return nil }
        var latin = single(.name)
        var chinese = single(.nameZh)
        if latin == nil {
            let joined = PersonName.join(family: single(.lastName) ?? "", given: single(.firstName) ?? "")
            if !joined.isEmpty { latin = joined }
        }
        if let name = latin, ChineseText.contains(name) {
            chinese = chinese ?? name
            latin = nil
        }
        let familyZh = single(.lastName).flatMap { ChineseText.contains($0) ? $0 : nil }
        if latin == nil, let zh = chinese { latin = LatinName.from(chinese: zh, family: familyZh) }
        guard let name = latin else {
            problems.append("line \(line): no name: row skipped")
            return nil
        }
        var contact = Contact(id: "", name: name, nameZh: chinese)
        for org in values(.organisation) + values(.organisationZh) {
            if ChineseText.contains(org) { contact.organisationZh = contact.organisationZh ?? org }
            else { contact.organisation = contact.organisation ?? org }
        }
        contact.role = single(.role)
        contact.phones = SmallList(phones())
        contact.emails = SmallList(items(.emails, separators: [";", ",", " "]))
        contact.wechat = single(.wechat)
        contact.languages = items(.languages, separators: [",", ";", "/", " "]).map { $0.lowercased() }
        contact.topics = items(.topics, separators: [",", ";", "/"]).map { RecordID.slug(from: $0, fallback: "topic") }
        // Google's system groups (`* myContacts`, `* starred`) are not the coordinator's tags.
        contact.tags = items(.tags, separators: [",", ";", "/"]).filter { !$0.hasPrefix("*") }.map { RecordID.slug(from: $0, fallback: "tag") }
        contact.notes = values(.notes).joined(separator: "\n")
        if let written = single(.country) {
            if let code = CountryNames.code(for: written) {
                contact.country = code
            } else {
                problems.append("line \(line): country `\(written)` not recognised: left out (write a code such as SE or CN)")
            }
        }
        return contact
    }
}
