import Testing
@testable import VisitDeskDomain

@Suite struct SearchMatcherTests {
    static let zhangWei = Contact(
        id: "zhang-wei", name: "Zhang Wei", nameZh: "张伟", country: "CN",
        organisation: "Hebei Department of Commerce", organisationZh: "河北省商务厅", role: "Deputy director",
        phones: ["+86 138 0013 8000", "0311 8765 4321"], emails: ["zhangwei@hebei.gov.cn"])
    static let asa = Contact(
        id: "asa-oberg", name: "Åsa Öberg", country: "SE", organisation: "Käppalaförbundet",
        role: "Process engineer", phones: ["072-039 01 71"], emails: ["asa.oberg@kappala.se"],
        topics: ["wastewater"])
    static let asaPlain = Contact(id: "asa-lind", name: "Asa Lind", country: "SE", organisation: "Scania")
    static let wang = Contact(
        id: "wang-fang", name: "Wang Fang", nameZh: "王芳", country: "CN", organisationZh: "山西省环保厅",
        phones: ["139 1111 2222"], emails: ["wf@shanxi.cn"])

    static let people = [zhangWei, asa, asaPlain, wang].map { (id: $0.id, keys: SearchKeys(contact: $0)) }

    func found(_ query: String) -> [String] { Matcher.search(query, in: Self.people).map(\.id) }
    func score(_ query: String, _ contact: Contact) -> Int? { Matcher.score(query: query, keys: SearchKeys(contact: contact)) }

    @Test func pinyinWithOrWithoutTonesAndInitialsFindTheChineseName() {
        let chineseOnly = Contact(id: "c1", name: "", nameZh: "张伟")
        for query in ["zhang wei", "zhāng", "zhang", "zw", "zhangwei", "Zhāng Wěi"] {
            #expect(score(query, chineseOnly) != nil, "\(query)")
            #expect(found(query).first == "zhang-wei", "\(query)")
        }
    }

    @Test func hanziQueriesMatchChineseTextDirectly() {
        #expect(found("张") == ["zhang-wei"])
        #expect(found("张伟") == ["zhang-wei"])
        #expect(found("伟") == ["zhang-wei"])
        #expect(found("王芳") == ["wang-fang"])
    }

    @Test func phoneFragmentsMatchWhateverTheFormatting() {
        for query in ["0720390171", "+46 72 039 01 71", "039 01", "072-039 01 71", "0046 72 039 01 71", "+46 (0)72 039 01 71", "46720390171"] {
            #expect(found(query) == ["asa-oberg"], "\(query)")
        }
        for query in ["13800138000", "+86 138 0013 8000", "138 0013", "8765 4321", "+86 311 8765 4321"] {
            #expect(found(query) == ["zhang-wei"], "\(query)")
        }
    }

    @Test func swedishLettersMatchWithAndWithoutDots() {
        // Typed with å: Åsa first (she is written that way), but Asa is not lost.
        #expect(found("åsa") == ["asa-oberg", "asa-lind"])
        #expect(found("öberg") == ["asa-oberg"])
        #expect(found("oberg") == ["asa-oberg"])
        #expect(found("asa").count == 2)
        #expect(found("käppala") == ["asa-oberg"])
        #expect(found("kappala") == ["asa-oberg"])
    }

    @Test func organisationMatchesInBothScripts() {
        #expect(found("河北") == ["zhang-wei"])
        #expect(found("hebei") == ["zhang-wei"])
        #expect(found("shanxi") == ["wang-fang"])
        #expect(found("商务厅") == ["zhang-wei"])
    }

    @Test func emailsAreSearchable() {
        #expect(found("zhangwei@hebei") == ["zhang-wei"])
        #expect(found("kappala.se") == ["asa-oberg"])
    }

    @Test func everyWordMustMatchSomewhere() {
        #expect(found("zhang hebei") == ["zhang-wei"])
        #expect(found("zhang scania") == [])
        #expect(found("asa scania") == ["asa-lind"])
    }

    @Test func nameMatchesBeatSubstringsBeatInitialsBeatOtherFields() {
        let exact = score("fang", Self.wang)!
        let prefix = score("fan", Self.wang)!
        let substring = score("ang", Self.wang)!
        let initials = score("wf", Self.wang)!
        let other = score("shanxi", Self.wang)!
        #expect(exact > prefix && prefix > substring && substring > initials && initials > other)
        // "wf" is both Wang Fang's initials and the start of his email: the initials count.
        #expect(found("wf") == ["wang-fang"])
    }

    @Test func emptyQueryListsEveryoneInTheGivenOrder() {
        #expect(found("") == ["zhang-wei", "asa-oberg", "asa-lind", "wang-fang"])
        #expect(found("   ") == ["zhang-wei", "asa-oberg", "asa-lind", "wang-fang"])
    }

    @Test func unrelatedQueriesMatchNothing() {
        #expect(found("xyz") == [])
        #expect(found("999") == [])
        #expect(found("李") == [])
    }

    @Test func delegationsAreFoundByTitleInBothScriptsAndById() {
        let hebei = Delegation(id: "hebei-2017", title: "Hebei water delegation", titleZh: "河北省水务代表团",
                               status: .confirmed, organisation: "Hebei DoC", origin: "Shijiazhuang", tags: ["water"])
        let keys = SearchKeys(delegation: hebei)
        for query in ["hebei", "河北", "shuiwu", "hebei-2017", "2017", "shijiazhuang", "water", "hbs"] {
            #expect(Matcher.score(query: query, keys: keys) != nil, "\(query)")
        }
        #expect(Matcher.score(query: "shanxi", keys: keys) == nil)
    }
}
