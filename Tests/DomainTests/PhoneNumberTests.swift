import Testing
@testable import VisitDeskDomain

@Suite struct PhoneNumberTests {
    @Test func swedishMobileIsShownGroupedAndSearchableInBothForms() {
        let phone = PhoneNumber("072-039 01 71", defaultCountry: "SE")
        #expect(phone.written == "072-039 01 71")
        #expect(phone.e164 == "+46720390171")
        #expect(phone.international == "+46 72 039 01 71")
        #expect(phone.national == "0720390171")
        #expect(phone.digits == "0720390171")
    }

    @Test func internationalFormsFollowEachCountrysGrouping() {
        func shown(_ text: String, _ country: String? = nil) -> String? {
            PhoneNumber(text, defaultCountry: country).international
        }
        #expect(shown("08-123 456 78", "SE") == "+46 8 123 456 78")
        #expect(shown("0243-123 45", "SE") == "+46 243 123 45")
        #expect(shown("040 12 34 56", "SE") == "+46 40 12 34 56")
        #expect(shown("+46 (0)8 123 456 78") == "+46 8 123 456 78")
        #expect(shown("138 0013 8000", "CN") == "+86 138 0013 8000")
        #expect(shown("010-6552 9988", "CN") == "+86 10 6552 9988")
        #expect(shown("0311 8765 4321", "CN") == "+86 311 8765 4321")
        #expect(shown("+1 (212) 555-0123") == "+1 212 555 0123")
        #expect(shown("+358 40 123 4567") == "+358 40 123 4567")
    }

    @Test func chineseMobileHasNoTrunkZeroButLandlinesDo() {
        #expect(PhoneNumber("+86 138 0013 8000", defaultCountry: nil).national == "13800138000")
        #expect(PhoneNumber("+86 10 6552 9988", defaultCountry: "SE").national == "01065529988")
    }

    @Test func fullWidthDigitsFromAChineseKeyboardAreUnderstood() {
        let phone = PhoneNumber("＋８６ １３８ ００１３ ８０００", defaultCountry: "CN")
        #expect(phone.e164 == "+8613800138000")
        #expect(phone.digits == "8613800138000")
    }

    @Test func extensionsAreKeptOutOfE164ButShown() {
        let phone = PhoneNumber("08-123 456 78 ankn. 204", defaultCountry: "SE")
        #expect(phone.e164 == "+46812345678")
        #expect(phone.extensionDigits == "204")
        #expect(phone.international == "+46 8 123 456 78 ext. 204")
    }

    @Test func aLabelPastedInFrontOfTheNumberIsIgnored() {
        #expect(PhoneNumber("Tel: +46 8 123 456 78", defaultCountry: nil).e164 == "+46812345678")
        #expect(PhoneNumber("Växel 08-123 456 78", defaultCountry: "SE").e164 == "+46812345678")
        #expect(PhoneNumber("手机：138 0013 8000", defaultCountry: "CN").e164 == "+8613800138000")
        #expect(PhoneNumber("070-123 45 67 (mobil)", defaultCountry: "SE").e164 == nil)
    }

    @Test func aMistakenTrunkZeroAfterTheCountryCodeIsDropped() {
        #expect(PhoneNumber("+46 072 039 01 71", defaultCountry: nil).e164 == "+46720390171")
    }

    /// Guessing wrong would dial a stranger: when unsure, the number stays as written only.
    @Test func numbersThatCannotBeUnderstoodAreNotGuessed() {
        for (text, country) in [
            ("040 123 4567", "DE"), ("072-039 01 71", nil), ("073-123 456", "SE"), ("123", "SE"),
            ("ring växeln", "SE"), ("1-800-FLOWERS", nil), ("+0 123 456", nil), ("+", nil), ("", "SE"),
            ("+46 72 039 01 71 x", nil), ("026 1234 5678", "CN"), ("+999999999999999999", nil),
            ("(((0)))", "SE"), ("ext", nil), ("x1", "CN"), ("İİİ ext 5", nil),
        ] as [(String, String?)] {
            let phone = PhoneNumber(text, defaultCountry: country)
            #expect(phone.e164 == nil, "\(text)")
            #expect(phone.international == nil && phone.national == nil, "\(text)")
        }
        #expect(PhoneNumber("ring 070-123 45 67", defaultCountry: "SE").digits == "0701234567")
    }
}
