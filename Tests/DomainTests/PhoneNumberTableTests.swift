import Foundation
import Testing
@testable import VisitDeskDomain

/// VisitDesk's E.164 reading against a table of 404 numbers that Python's `phonenumbers`
/// (libphonenumber's metadata) read once: every Chinese area code, Chinese mobiles, Swedish,
/// Norwegian, Danish, Icelandic, Finnish and Dutch numbers, and impossible ones
/// (Tests/Fixtures/phone-numbers, regenerate with make-table.py).
@Suite struct PhoneNumberTableTests {
    struct Row: CustomStringConvertible {
        var country: String
        var written: String
        var e164: String?
        var description: String { "\(country) \(written)" }
    }

    static let rows: [Row] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/phone-numbers/phone-numbers.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { return nil }
            return Row(country: fields[0], written: fields[1], e164: fields[2] == "-" ? nil : fields[2])
        }
    }()

    @Test func theTableIsThere() {
        #expect(Self.rows.count >= 400)
        #expect(Set(Self.rows.map(\.country)) == ["CN", "SE", "NO", "DK", "IS", "FI", "NL"])
    }

    @Test("the E.164 form is libphonenumber's, and a number it calls invalid is not understood", arguments: rows)
    func agreesWithLibphonenumber(_ row: Row) {
        #expect(PhoneNumber(row.written, defaultCountry: row.country).e164 == row.e164)
    }

    @Test func rizhaoHasAFourDigitAreaCodeWithTheTrunkZero() {
        let number = PhoneNumber("+86 633 123 4567", defaultCountry: nil)
        #expect(number.e164 == "+866331234567")
        #expect(number.international == "+86 633 123 4567")
        #expect(PhoneNumber("0633-123 4567", defaultCountry: "CN").national == "06331234567")
    }
}
