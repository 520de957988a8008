import Foundation

/// Which CSV columns feed which contact field: given by the user (`--map name=Namn,phone=Telefon`)
/// or guessed from the header in Swedish, English or Chinese.
enum CSVField: String, CaseIterable {
    case name, firstName = "first_name", lastName = "last_name", nameZh = "name_zh"
    case country, organisation, organisationZh = "organisation_zh", role
    case phones, emails, wechat, languages, topics, tags, notes

    /// Spellings a user may write in a mapping, besides the raw value.
    static func named(_ text: String) -> CSVField? {
        let key = text.lowercased().trimmingCharacters(in: .whitespaces).replacing("-", with: "_")
        switch key {
        case "phone", "tel", "mobile": return .phones
        case "email", "mail": return .emails
        case "organization", "org", "company": return .organisation
        case "organization_zh": return .organisationZh
        case "title": return .role
        case "note": return .notes
        case "tag": return .tags
        case "language": return .languages
        case "given_name", "firstname": return .firstName
        case "family_name", "lastname", "surname": return .lastName
        default: return CSVField(rawValue: key)
        }
    }

    /// Header words, compared after lower-casing and trimming.
    var headerWords: Set<String> {
        switch self {
        case .name: ["namn", "name", "fullt namn", "名字", "full name", "fullständigt namn", "kontakt", "contact", "display name", "kontaktperson", "姓名"]
        case .firstName: ["förnamn", "first name", "given name", "名"]
        case .lastName: ["efternamn", "last name", "surname", "family name", "姓"]
        case .nameZh: ["中文名", "中文姓名", "中文名字", "chinese name", "kinesiskt namn", "name_zh", "name (zh)", "namn (kinesiska)"]
        case .country: ["land", "country", "国家", "country code", "landskod"]
        case .organisation: ["organisation", "organization", "företag", "company", "bolag", "arbetsgivare", "organisation/företag", "单位", "公司", "机构", "工作单位"]
        case .organisationZh: ["organisation_zh", "中文单位", "单位（中文）", "organisation (zh)", "företag (kinesiska)"]
        case .role: ["titel", "title", "roll", "role", "befattning", "job title", "tjänst", "职务", "职位", "职称"]
        case .phones: ["telefon", "phone", "mobil", "mobile", "mobiltelefon", "tel", "tel.", "telefonnummer", "phone number",
                       "mobile phone", "business phone", "work phone", "arbetstelefon", "telefon arbete", "电话", "手机", "联系电话", "手机号", "手机号码", "mobilnummer", "telefonnummer arbete"]
        case .emails: ["e-post", "epost", "email", "e-mail", "mail", "e-mail address", "email address", "e-postadress", "邮箱", "电子邮件", "电子邮箱", "电子信箱", "e-mail-adress"]
        case .wechat: ["wechat", "weixin", "wechat id", "微信", "微信号"]
        case .languages: ["språk", "languages", "language", "语言"]
        case .topics: ["ämnen", "topics", "värdämnen", "hosting topics"]
        case .tags: ["taggar", "tags", "kategorier", "categories", "grupp", "group", "标签"]
        case .notes: ["anteckningar", "notes", "note", "kommentar", "kommentarer", "comment", "comments", "övrigt", "备注"]
        }
    }

    /// Several columns may feed these (Mobil and Telefon arbete both become phones).
    var collectsSeveral: Bool { [.phones, .emails, .tags, .languages, .topics, .notes].contains(self) }
}

/// Which columns feed which field, and for phone columns which label their numbers get.
struct CSVColumnMap {
    var fields: [CSVField: [Int]] = [:]
    /// A phone column's label: fixed by its header (Outlook's `Business Fax`, Thunderbird's
    /// `Pager Number`) or in a sibling column's cell (Google's `Phone 1 - Label`).
    var phoneLabels: [Int: PhoneColumnLabel] = [:]

    subscript(field: CSVField) -> [Int]? { fields[field] }

    mutating func add(_ field: CSVField, _ index: Int) {
        if field.collectsSeveral || fields[field] == nil { fields[field, default: []].append(index) }
    }
}

enum PhoneColumnLabel {
    case fixed(String)
    case column(Int)
}

enum CSVColumns {
    /// Column indices per field, from the header: Swedish, English and Chinese spreadsheet
    /// headers, and the column sets Google Contacts (current and legacy), Outlook and
    /// Thunderbird export.
    static func guess(header: [String]) -> CSVColumnMap {
        var map = CSVColumnMap()
        let keys = header.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        // Outlook has both: `Title` is the honorific (Mr, Dr) and `Job Title` the role.
        let titleIsHonorific = keys.contains("job title")
        for (index, key) in keys.enumerated() {
            if titleIsHonorific && key == "title" { continue }
            if let (field, label) = exportColumn(key, keys: keys) {
                map.add(field, index)
                if field == .phones, let label { map.phoneLabels[index] = label }
                continue
            }
            guard let field = CSVField.allCases.first(where: { $0.headerWords.contains(key) }) else { continue }
            map.add(field, index)
        }
        return map
    }

    /// The columns of mail programs' and Google's exports, which plain header words cannot name:
    /// numbered groups (`E-mail 2 - Value`, `Phone 1 - Label`) and phone columns with a kind.
    private static func exportColumn(_ key: String, keys: [String]) -> (CSVField, PhoneColumnLabel?)? {
        if numbered(key, prefixes: ["e-mail ", "email "], suffix: " - value") != nil { return (.emails, nil) }
        if let number = numbered(key, prefixes: ["phone "], suffix: " - value") {
            let sibling = keys.firstIndex(of: "phone \(number) - label") ?? keys.firstIndex(of: "phone \(number) - type")
            return (.phones, sibling.map(PhoneColumnLabel.column))
        }
        if numbered(key, prefixes: ["organization "], suffix: " - name") != nil { return (.organisation, nil) }
        if numbered(key, prefixes: ["organization "], suffix: " - title") != nil { return (.role, nil) }
        if numbered(key, prefixes: ["address "], suffix: " - country") != nil { return (.country, nil) }
        if let label = labelledPhoneColumns[key] { return (.phones, label.isEmpty ? nil : .fixed(label)) }
        switch key {
        case "primary email", "secondary email", "e-mail address", "e-mail 2 address", "e-mail 3 address": return (.emails, nil)
        case "organization name": return (.organisation, nil)
        case "organization title": return (.role, nil)
        case "business country/region", "work country", "home country/region", "home country", "other country/region": return (.country, nil)
        case "labels", "group membership": return (.tags, nil)
        case "given name": return (.firstName, nil)
        case "family name": return (.lastName, nil)
        case "display name": return (.name, nil)
        default: return nil
        }
    }

    /// Phone columns by header, with the label their numbers get ("" for none).
    private static let labelledPhoneColumns: [String: String] = [
        "mobile number": "", "work phone": "", "home phone": "home", "fax number": "fax", "pager number": "pager",
        "business phone": "", "business phone 2": "", "mobile phone": "", "home phone 2": "home", "business fax": "fax",
        "home fax": "home fax", "other fax": "fax", "pager": "pager", "company main phone": "", "primary phone": "",
        "other phone": "", "car phone": "", "assistant's phone": "",
    ]

    /// `e-mail 2 - value` → 2.
    private static func numbered(_ key: String, prefixes: [String], suffix: String) -> Int? {
        guard key.hasSuffix(suffix), let prefix = prefixes.first(where: key.hasPrefix) else { return nil }
        return Int(key.dropFirst(prefix.count).dropLast(suffix.count))
    }

    /// Column indices from a user's mapping (field → header); every mistake becomes a problem.
    static func mapped(_ mapping: [String: String], header: [String]) -> (map: CSVColumnMap, problems: [String]) {
        var map = CSVColumnMap()
        var problems: [String] = []
        let normalised = header.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        for (fieldName, column) in mapping.sorted(by: { $0.key < $1.key }) {
            guard let field = CSVField.named(fieldName) else {
                let known = CSVField.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append("--map: `\(fieldName)` is not a contact field (use one of: \(known))")
                continue
            }
            guard let index = normalised.firstIndex(of: column.lowercased().trimmingCharacters(in: .whitespaces)) else {
                problems.append("--map: the file has no column `\(column)` for \(field.rawValue) (its columns: \(header.joined(separator: ", ")))")
                continue
            }
            map.fields[field, default: []].append(index)
        }
        return (map, problems)
    }
}
