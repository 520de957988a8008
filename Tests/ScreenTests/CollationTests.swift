import Foundation
import Testing
@testable import VisitDeskUI

@Suite struct CollationTests {
    static let names = ["Zoe\u{308} Lind", "Åsa Öberg", "Anders Ährlund", "Ärla Berg", "Öberg, Per", "Erik Sjöberg", "Émile Roux",
                        "Zhang Wei", "Wang Fang", "Ylva Ek", "Müller", "Möller", "Olsson", "Åke", "aron", "Aaron", "Øyvind", "Zorn"]

    @Test func swedishOrderPutsÅÄÖAfterZ() {
        let sorted = Self.names.sorted { SwedishCollation.precedes((SwedishCollation.key($0), $0), (SwedishCollation.key($1), $1)) }
        #expect(sorted.suffix(5) == ["Åke", "Åsa Öberg", "Ärla Berg", "Öberg, Per", "Øyvind"])
        #expect(sorted.firstIndex(of: "Zorn")! < sorted.firstIndex(of: "Åke")!)
    }

    /// The key must give the order Foundation's sv_SE collation gives, or the list would look
    /// wrong to exactly the people it is for.
    @Test func agreesWithFoundationsSwedishLocale() {
        let sv = Locale(identifier: "sv_SE")
        let foundation = Self.names.sorted { $0.compare($1, options: [.caseInsensitive], range: nil, locale: sv) == .orderedAscending }
        let ours = Self.names.sorted { SwedishCollation.precedes((SwedishCollation.key($0), $0), (SwedishCollation.key($1), $1)) }
        #expect(ours.map { $0.lowercased() } == foundation.map { $0.lowercased() })
    }
}
