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
        case .name: ["namn", "name", "full name", "fullständigt namn", "kontakt", "contact", "display name", "kontaktperson", "姓名"]
        case .firstName: ["förnamn", "first name", "given name", "名"]
        case .lastName: ["efternamn", "last name", "surname", "family name", "姓"]
        case .nameZh: ["中文名", "中文姓名", "中文名字", "chinese name", "kinesiskt namn", "name_zh", "name (zh)", "namn (kinesiska)"]
        case .country: ["land", "country", "国家", "country code", "landskod"]
        case .organisation: ["organisation", "organization", "företag", "company", "bolag", "arbetsgivare", "organisation/företag", "单位", "公司", "机构", "工作单位"]
        case .organisationZh: ["organisation_zh", "中文单位", "单位（中文）", "organisation (zh)", "företag (kinesiska)"]
        case .role: ["titel", "title", "roll", "role", "befattning", "job title", "tjänst", "职务", "职位", "职称"]
        case .phones: ["telefon", "phone", "mobil", "mobile", "mobiltelefon", "tel", "tel.", "telefonnummer", "phone number",
                       "mobile phone", "business phone", "work phone", "arbetstelefon", "telefon arbete", "电话", "手机", "联系电话"]
        case .emails: ["e-post", "epost", "email", "e-mail", "mail", "e-mail address", "email address", "e-postadress", "邮箱", "电子邮件", "电子邮箱"]
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

enum CSVColumns {
    /// Column indices per field, from the header.
    static func guess(header: [String]) -> [CSVField: [Int]] {
        var map: [CSVField: [Int]] = [:]
        for (index, title) in header.enumerated() {
            let key = title.lowercased().trimmingCharacters(in: .whitespaces)
            guard let field = CSVField.allCases.first(where: { $0.headerWords.contains(key) }) else { continue }
            if field.collectsSeveral || map[field] == nil { map[field, default: []].append(index) }
        }
        return map
    }

    /// Column indices from a user's mapping (field → header); every mistake becomes a problem.
    static func mapped(_ mapping: [String: String], header: [String]) -> (map: [CSVField: [Int]], problems: [String]) {
        var map: [CSVField: [Int]] = [:]
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
            map[field, default: []].append(index)
        }
        return (map, problems)
    }
}
