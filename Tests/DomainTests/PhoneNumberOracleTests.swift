import Foundation
import Testing
@testable import VisitDeskDomain

/// E.164 normalisation against Python's `phonenumbers` (Google's libphonenumber metadata).
@Suite struct PhoneNumberOracleTests {
    /// Numbers as coordinators and contacts write them, with the contact's country.
    static let samples: [(country: String?, written: String)] = [
        ("SE", "072-039 01 71"), ("SE", "+46 72 039 01 71"), ("SE", "08-123 456 78"), ("SE", "0243-123 45"),
        ("SE", "+46 (0)8 123 456 78"), ("SE", "0046 8 123 45678"), ("SE", "070 123 45 67"), ("SE", "0701234567"),
        ("SE", "+46701234567"), ("SE", "031-711 22 33"), ("SE", "040 12 34 56"), ("SE", "018-471 00 00"),
        ("SE", "0910-58 21 00"), ("SE", "08 - 5 09 00 0"), ("SE", "+46 (0) 72-039 01 71"), ("SE", "46 72 039 01 71"),
        ("SE", "073-123 456"), ("SE", "0771-567 567"), ("SE", "(08) 123 456 78"), ("SE", "123"),
        ("SE", "072-039 01 71 ext 5"), ("SE", "+86 138 0013 8000"),
        ("CN", "+86 138 0013 8000"), ("CN", "138 0013 8000"), ("CN", "13800138000"), ("CN", "010-6552 9988"),
        ("CN", "+86 10 6552 9988"), ("CN", "0311 8765 4321"), ("CN", "0311-87654321"), ("CN", "(010) 6552 9988"),
        ("CN", "+86 (0)10 6552 9988"), ("CN", "0086 10 6552 9988"), ("CN", "021 6321 0000"),
        ("CN", "0755-8888 6666"), ("CN", "+86 755 8888 6666"), ("CN", "186-1234-5678"), ("CN", "+8613800138000"),
        ("CN", "+46 8 123 456 78"), ("CN", "12345"), ("CN", "0571-8502 2088"), ("CN", "86 138 0013 8000"),
        (nil, "+46 72 039 01 71"), (nil, "+86 138 0013 8000"), (nil, "+49 30 1234567"), (nil, "+1 (212) 555-0123"),
        (nil, "+358 40 123 4567"), (nil, "+47 22 12 34 56"), (nil, "072-039 01 71"),
    ]

    @Test func e164AgreesWithPythonPhonenumbers() throws {
        let lines = Self.samples.map { [$0.country ?? "", $0.written] }
        let json = String(decoding: try JSONSerialization.data(withJSONObject: lines), as: UTF8.self)
        // Numbers phonenumbers calls invalid must stay not understood here too ("-").
        let script = """
        import json, phonenumbers
        for region, text in json.loads(\(String(reflecting: json))):
            try:
                number = phonenumbers.parse(text, region or None)
                ok = phonenumbers.is_valid_number(number)
                print(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if ok else '-')
            except phonenumbers.NumberParseException:
                print('-')
        """
        let expected = try PythonOracle.run(script).split(separator: "\n").map(String.init)
        #expect(expected.count == Self.samples.count)
        for (sample, python) in zip(Self.samples, expected) {
            let ours = PhoneNumber(sample.written, defaultCountry: sample.country).e164 ?? "-"
            #expect(ours == python, "\(sample.country ?? "-") \(sample.written)")
        }
    }
}
