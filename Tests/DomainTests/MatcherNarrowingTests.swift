import Testing
@testable import VisitDeskDomain

/// The Contacts list narrows its last ranking when a character is typed instead of ranking
/// 20,000 people again. That is only right if a longer query never matches someone the shorter
/// one did not: checked here over random people and random typing.
@Suite struct MatcherNarrowingTests {
    static let pieces = ["Åsa", "Öberg", "erik", "Eriksson", "张伟", "王芳", "zhang", "070-123 45", "+46 72", "Käppala", "ab", "é", " ", "-", "@", "0046", "1", "wei"]

    static func text(_ random: inout ConflictLedgerTests.Generator, words: ClosedRange<Int>) -> String {
        (0..<Int.random(in: words, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined(separator: Bool.random(using: &random) ? " " : "")
    }

    @Test func aLongerQueryOnlyMatchesPeopleTheShorterOneMatched() {
        var random = ConflictLedgerTests.Generator(state: 20_261_125)
        let people = (0..<300).map { index in
            SearchKeys(contact: Contact(
                id: "p\(index)", name: Self.text(&random, words: 1...3), nameZh: Bool.random(using: &random) ? "张伟" : nil,
                country: Bool.random(using: &random) ? "SE" : "CN", organisation: Self.text(&random, words: 0...2),
                phones: Bool.random(using: &random) ? ["070-123 45 67"] : ["+86 10 1234 5678"], emails: ["erik@example.se"]))
        }
        var narrowed = 0
        for _ in 0..<400 {
            let typed = Self.text(&random, words: 1...3)
            let characters = Array(typed)
            for cut in 1..<max(2, characters.count) {
                let old = String(characters[..<cut])
                let new = String(characters[..<min(characters.count, cut + Int.random(in: 1...3, using: &random))])
                guard Matcher.narrows(from: old, to: new) else { continue }
                narrowed += 1
                let oldQuery = Matcher.Query(old)
                let newQuery = Matcher.Query(new)
                for keys in people where Matcher.score(newQuery, keys: keys) != nil {
                    #expect(Matcher.score(oldQuery, keys: keys) != nil, "'\(new)' matches someone '\(old)' did not")
                }
            }
        }
        #expect(narrowed > 500, "the walk must exercise narrowing, not skip it")
    }

    @Test func phoneLikeAndEmptyQueriesAreSearchedAgain() {
        #expect(!Matcher.narrows(from: "", to: "a"))
        #expect(!Matcher.narrows(from: "00", to: "004"), "digits are normalised: 004 also finds numbers with 4")
        #expect(!Matcher.narrows(from: "eri", to: "er"), "deleting widens")
        #expect(Matcher.narrows(from: "eri", to: "erik a"))
    }
}
