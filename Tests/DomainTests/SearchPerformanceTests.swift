import Testing
@testable import VisitDeskDomain

/// Lookup runs on every keystroke over the whole address book: the matcher must answer every kind
/// of query at full size.
@Suite struct SearchPerformanceTests {
    /// 20,000 contacts: 200 distinct people (keys built for real, pinyin included) repeated.
    static let book: [(id: Int, keys: SearchKeys)] = {
        let surnames = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"]
        let given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋"]
        let swedes = ["Åsa Öberg", "Erik Sjöberg", "Lena Ek", "Märta Håkansson", "Johan Lind",
                      "Karin Nyström", "Per Ågren", "Sofia Björk", "Anders Wik", "Eva Strand"]
        var distinct: [SearchKeys] = []
        for n in 0..<200 {
            let chinese = n % 2 == 0
            let contact = chinese
                ? Contact(id: "cn-\(n)", name: "", nameZh: surnames[n % 10] + given[(n / 10) % 10], country: "CN",
                          organisationZh: "河北省商务厅", phones: ["138 \(1000 + n) 8000"], emails: ["p\(n)@hebei.gov.cn"])
                : Contact(id: "se-\(n)", name: swedes[(n / 2) % 10], country: "SE", organisation: "Käppalaförbundet",
                          role: "Engineer", phones: ["072-\(100 + n) 01 71"], emails: ["p\(n)@kappala.se"])
            distinct.append(SearchKeys(contact: contact))
        }
        return (0..<20_000).map { (id: $0, keys: distinct[$0 % 200]) }
    }()

    /// Timing lives in `visitdesk-bench contacts` (release build); this checks the answers at full size.
    @Test func everyKindOfQueryFindsItsPeopleAmongTwentyThousand() {
        #expect(Self.book.count == 20_000)
        for query in ["z", "zh", "zhang", "zw", "åsa", "151 01", "+46 72 151 01 71", "张", "hebei zhang", "nobody"] {
            let hits = Matcher.search(query, in: Self.book).count
            #expect(query == "nobody" ? hits == 0 : hits > 0, "\(query)")
        }
    }
}
