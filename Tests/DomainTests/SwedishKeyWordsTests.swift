import Testing
@testable import VisitDeskDomain

/// The Swedish keys hold only the words whose Swedish spelling differs from the folded one. That
/// must not change a single score: every query, typed with or without å, ä and ö, ranks every
/// contact exactly as it did when the Swedish keys held every word.
@Suite struct SwedishKeyWordsTests {
    static let people: [Contact] = [
        Contact(id: "asa-oberg", name: "Åsa Öberg 10001", country: "SE", organisation: "Borlänge kommun", role: "Miljöingenjör",
                phones: ["072-001 01 71"], emails: ["asa.oberg@borlange.se"], topics: ["kompostering", "återvinning"]),
        Contact(id: "zhang-wei", name: "Zhang Wei", nameZh: "张伟", country: "CN", organisation: "Jiangsu Bureau of Commerce",
                organisationZh: "江苏省商务厅", role: "Deputy director", phones: ["+86 138 0002 8000"], wechat: "zw_10002"),
        Contact(id: "zeng-le", name: "", nameZh: "曾乐", country: "CN", organisationZh: "河北省商务厅", pinyin: "Zēng Lè"),
        Contact(id: "soren-aero", name: "Søren Ærø", country: "DK", organisation: "Københavns Kommune", role: "Rådgiver"),
        Contact(id: "jose-muller", name: "José Müller-Straße", country: "DE", organisation: "Café Außen", tags: ["naïve", "Ålands"]),
        Contact(id: "marta-hakansson", name: "Märta Håkansson", country: "SE", organisation: "Käppalaförbundet", role: "Processingenjör",
                emails: ["marta@kappala.se"], tags: ["avloppsrening"]),
        Contact(id: "anders-wik", name: "Anders Wik", country: "SE", organisation: "Boliden", role: "Engineer"),
    ]

    static let queries = [
        "å", "ö", "ä", "åsa", "Åsa", "ÅSA", "ås", "sa", "öberg", "oberg", "berg", "borlänge", "borlange", "länge", "miljö",
        "återvinning", "återv", "åsa öberg", "öberg 10001", "10001", "zhāng", "zhang", "ā", "zēng", "zeng lè", "lè", "张", "张伟",
        "商务厅", "søren", "soren", "ø", "ærø", "æ", "københavns", "rådgiver", "josé", "jose", "müller", "straße", "strasse",
        "café", "außen", "naïve", "ålands", "märta", "håkansson", "käppala", "käppalaförbundet", "processingenjör", "wik",
        "anders", "boliden", "072", "+86 138", "zw_10002", "kompost",
    ]

    @Test("every query scores every contact as it did with every word in the Swedish keys")
    func scoresAreUnchanged() {
        for person in SwedishKeyWordsTests.people {
            let kept = SearchKeys(contact: person)
            let every = SearchKeys(contact: person, everySwedishWord: true)
            for query in SwedishKeyWordsTests.queries {
                #expect(Matcher.score(query: query, keys: kept) == Matcher.score(query: query, keys: every), "\(query) for \(person.id)")
            }
        }
    }

    @Test("the Swedish keys keep the words with letters folding changes, and only those")
    func onlyDifferingWordsAreKept() {
        let asa = SearchKeys(contact: SwedishKeyWordsTests.people[0])
        #expect(String(decoding: Array(asa.swedishNames), as: UTF8.self) == "åsa öberg")
        #expect(String(decoding: Array(asa.swedishOthers), as: UTF8.self) == "borlänge miljöingenjör kompostering återvinning"
            .split(separator: " ").filter { $0.contains { !$0.isASCII } }.joined(separator: " "))
        let zhang = SearchKeys(contact: SwedishKeyWordsTests.people[1])
        // The family name's toned reading differs from its folded `zhang wei`; 张伟 is in the
        // folded names as it is.
        #expect(String(decoding: Array(zhang.swedishNames), as: UTF8.self) == "zhāng wěi")
        #expect(zhang.swedishOthers.isEmpty)
        let anders = SearchKeys(contact: SwedishKeyWordsTests.people[6])
        #expect(anders.swedishNames.isEmpty && anders.swedishOthers.isEmpty)
        // A Swedish query still gets its bonus for the dots.
        #expect(Matcher.score(query: "öberg", keys: asa) == Matcher.Points.nameExact + Matcher.Points.swedishBonus)
        #expect(Matcher.score(query: "borlänge", keys: asa) == Matcher.Points.otherExact + Matcher.Points.swedishBonus)
    }
}
