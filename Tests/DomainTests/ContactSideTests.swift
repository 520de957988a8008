import Testing
@testable import VisitDeskDomain

/// The Swedish/Chinese toggle sorts people by their country code, however it was typed.
@Suite("A contact's side")
struct ContactSideTests {
    private func side(_ country: String?, nameZh: String? = nil) -> Contact.Side {
        Contact(id: "p", name: "P", nameZh: nameZh, country: country).side
    }

    @Test("codes count in any case: se, Se, SE are Swedish; cn, hk, mo, tw Chinese")
    func codesInAnyCase() {
        for code in ["SE", "se", "Se", "sE"] { #expect(side(code) == .swedish, "\(code)") }
        for code in ["CN", "cn", "Hk", "mo", "TW"] { #expect(side(code) == .chinese, "\(code)") }
    }

    @Test("other codes, longer or shorter texts and non-letters are neither side")
    func otherCodes() {
        for code in ["DE", "S", "SEE", "", "S E", "中国", "s\u{0}", "3E", "ÅE"] { #expect(side(code) == .other, "\(code)") }
    }

    @Test("without a country, a Chinese name decides")
    func withoutCountry() {
        #expect(side(nil) == .swedish)
        #expect(side(nil, nameZh: "王伟") == .chinese)
    }
}
