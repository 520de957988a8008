/// One word or phrase of a document's fixed text in the three languages.
struct Term: Sendable {
    let en: String
    let sv: String
    let zh: String

    func text(in language: DocumentLanguage) -> String {
        switch language {
        case .en: return en
        case .sv: return sv
        case .zh: return zh
        }
    }
}

/// The fixed words of programmes and name lists. Kept together so a translator reviews one file.
enum Terms {
    static let programme = Term(en: "Programme", sv: "Program", zh: "日程安排")
    static let place = Term(en: "Place", sv: "Plats", zh: "地点")
    static let host = Term(en: "Host", sv: "Värd", zh: "接待人")
    static let topic = Term(en: "Topic", sv: "Ämne", zh: "主题")
    static let lead = Term(en: "Delegation lead", sv: "Delegationsledare", zh: "团长")
    static let coordinator = Term(en: "Coordinator", sv: "Koordinator", zh: "联络人")
    static let travellers = Term(en: "Travellers", sv: "Resenärer", zh: "出访人员")
    static let organisation = Term(en: "Organisation", sv: "Organisation", zh: "单位")
    static let origin = Term(en: "From", sv: "Från", zh: "来自")
    static let destination = Term(en: "Destination", sv: "Resmål", zh: "目的地")
    static let dates = Term(en: "Dates", sv: "Datum", zh: "日期")
    static let window = Term(en: "Requested period", sv: "Önskad period", zh: "希望访问时间")
    static let size = Term(en: "Group size", sv: "Antal personer", zh: "人数")
    static let contacts = Term(en: "Contacts", sv: "Kontakter", zh: "联系人")
    static let calendar = Term(en: "Calendar file", sv: "Kalenderfil", zh: "日历文件")
    static let noSlots = Term(
        en: "No programme has been set yet.", sv: "Inget program är bestämt ännu.", zh: "日程尚未确定。")
    static let notInContacts = Term(en: "not in contacts", sv: "saknas bland kontakterna", zh: "联系人中没有")
    static let name = Term(en: "Name", sv: "Namn", zh: "姓名")
    static let chineseName = Term(en: "Chinese name", sv: "Kinesiskt namn", zh: "中文姓名")
    static let pinyin = Term(en: "Pinyin", sv: "Pinyin", zh: "拼音")
    static let role = Term(en: "Role", sv: "Roll", zh: "职务")
    static let nameList = Term(en: "List of visitors", sv: "Deltagarlista", zh: "来访人员名单")
    static let nobody = Term(en: "No people are named yet.", sv: "Inga personer är angivna ännu.", zh: "尚未提供人员名单。")
}
