import Testing
import VisitDeskDomain
@testable import VisitDeskUI

@Suite struct TriageTextFieldTests {
    func type(_ keys: [Key], into field: inout TextField) -> [Int] {
        keys.map { key in
            _ = field.handle(key)
            return field.cursorColumn
        }
    }

    @Test func cursorMovesByCharacterAndDisplayColumnThroughMixedText() {
        var field = TextField()
        let typed: [Key] = "张a".map { .character($0) } + [.character("e"), .character("\u{308}"), .character("🐼")]
        // 张 is two cells, a one, e one, the combining mark joins e (no new column), 🐼 two.
        #expect(type(typed, into: &field) == [2, 3, 4, 4, 6])
        #expect(field.text == "张aë🐼")
        #expect(field.text.count == 4)
        #expect(type([.left, .left, .left, .left, .left], into: &field) == [4, 3, 2, 0, 0])
        #expect(type([.right, .end, .home], into: &field) == [2, 6, 0])
    }

    @Test func backspaceRemovesAWholeCharacter() {
        var field = TextField("Zoe\u{308}河北")
        #expect(type([.backspace], into: &field) == [5])
        #expect(field.text == "Zoe\u{308}河")
        #expect(type([.left, .backspace], into: &field) == [3, 2])
        #expect(field.text == "Zo河")
        #expect(type([.delete], into: &field) == [2])
        #expect(field.text == "Zo")
    }

    @Test func controlWDeletesAWordInEitherScript() {
        var field = TextField("Åsa Öberg 河北代表团")
        _ = field.handle(.control("w"))
        #expect(field.text == "Åsa Öberg ")
        #expect(field.cursorColumn == 10)
        _ = field.handle(.control("w"))
        #expect(field.text == "Åsa ")
        _ = field.handle(.home)
        _ = field.handle(.control("w"))
        #expect(field.text == "Åsa ")
    }

    @Test func pasteArrivesWholeAtTheCursor() {
        var field = TextField("Hebei ")
        _ = field.handle(.home)
        field.insert("河北省 ")
        #expect(field.text == "河北省 Hebei ")
        #expect(field.cursorColumn == 7)
        #expect(field.cursor == 4)
    }

    @Test func windowKeepsTheCursorOnScreen() {
        let field = TextField("山西矿山修复考察团（第二批）")
        let (text, column) = field.window(width: 10)
        #expect(column <= 9)
        #expect(DisplayWidth.of(text) <= 10 + 1)
        #expect(text.hasSuffix("第二批）"))
    }
}

@Suite struct TriageFieldParsingTests {
    let today = LocalDate(year: 2026, month: 11, day: 25)

    @Test func datesInTheFormsPeopleType() throws {
        #expect(try FieldParsing.date("2027-01-14", today: today).get() == LocalDate(year: 2027, month: 1, day: 14))
        #expect(try FieldParsing.date("14/1", today: today).get() == LocalDate(year: 2027, month: 1, day: 14))
        #expect(try FieldParsing.date("30/11", today: today).get() == LocalDate(year: 2026, month: 11, day: 30))
        #expect(try FieldParsing.date("14/1/28", today: today).get() == LocalDate(year: 2028, month: 1, day: 14))
        #expect(try FieldParsing.date("+3d", today: today).get() == LocalDate(year: 2026, month: 11, day: 28))
        #expect(try FieldParsing.date("+2w", today: today).get() == LocalDate(year: 2026, month: 12, day: 9))
        #expect(try FieldParsing.date(" today ", today: today).get() == today)
        #expect(try FieldParsing.date("29/2", today: today).get() == LocalDate(year: 2028, month: 2, day: 29))
    }

    @Test func badDatesSayWhatIsExpected() {
        for bad in ["32/1", "14-1", "next week", "+d", "2027-02-30", ""] {
            guard case .failure(let error) = FieldParsing.date(bad, today: today) else {
                Issue.record("\(bad) was accepted")
                continue
            }
            #expect(error.message.contains("2027-01-14, 14/1"))
        }
    }

    @Test func times() throws {
        #expect(try FieldParsing.time("13:30").get() == LocalTime(hour: 13, minute: 30))
        #expect(try FieldParsing.time("9:05").get() == LocalTime(hour: 9, minute: 5))
        #expect(try FieldParsing.time("0930").get() == LocalTime(hour: 9, minute: 30))
        #expect(try FieldParsing.time("14").get() == LocalTime(hour: 14, minute: 0))
        for bad in ["24:00", "13:3", "1:60", "noon"] {
            guard case .failure(let error) = FieldParsing.time(bad) else {
                Issue.record("\(bad) was accepted")
                continue
            }
            #expect(error.message.contains("13:30"))
        }
    }
}
