import Testing
@testable import VisitDeskStore

/// RFC 4180 as spreadsheets write it.
@Suite struct CSVReaderTests {
    static func rows(_ text: String) -> [[String]] { CSVReader.records(in: text).records.map(\.fields) }

    @Test func quotedFieldsHoldDelimitersQuotesAndLineBreaks() {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hej\"\"\",\"two\r\nlines\"\r\n"
        #expect(Self.rows(text) == [["a", "b", "c"], ["x, y", "say \"hej\"", "two\r\nlines"]])
        let records = CSVReader.records(in: text + "last,row,here\r\n").records
        #expect(records.map(\.line) == [1, 2, 4], "a record's line is where it starts")
    }

    @Test func theDelimiterIsGuessedFromTheHeader() {
        #expect(CSVReader.records(in: "Namn;Telefon;Företag\nÅsa;070;X, AB\n").delimiter == ";")
        #expect(CSVReader.records(in: "Name,Phone\nA,1\n").delimiter == ",")
        #expect(CSVReader.records(in: "Name\tPhone\nA\t1\n").delimiter == "\t")
        #expect(Self.rows("Namn;Telefon\n\"Berg; Lina\";072\n") == [["Namn", "Telefon"], ["Berg; Lina", "072"]])
    }

    @Test func excelHabitsAreUnderstood() {
        #expect(Self.rows("\u{FEFF}Namn;Telefon\nÅsa;1\n") == [["Namn", "Telefon"], ["Åsa", "1"]], "BOM dropped")
        let sep = CSVReader.records(in: "sep=,\nNamn;x,Telefon\nA;b,1\n")
        #expect(sep.delimiter == ",")
        #expect(sep.records.first?.fields == ["Namn;x", "Telefon"])
        #expect(sep.records.first?.line == 2)
        #expect(Self.rows("a,b\n\n\nc,d") == [["a", "b"], ["c", "d"]], "blank lines and a missing final newline")
        #expect(Self.rows("a;b\rc;d\r") == [["a", "b"], ["c", "d"]], "old Mac line ends")
    }

    @Test func anUnclosedQuoteIsReportedAndTheRestKept() {
        let result = CSVReader.records(in: "a,b\n1,\"open\n2,3\n")
        #expect(result.problems == ["line 2: a quoted field is not closed: read to the end of the file"])
        #expect(result.records.count == 2)
    }

    @Test func bytesInEveryEncodingSpreadsheetsUse() {
        #expect(ImportText.decode([0xEF, 0xBB, 0xBF] + Array("Åsa".utf8)) == "Åsa")
        #expect(ImportText.decode([0xC5, 0x73, 0x61, 0x3B, 0x80]) == "Åsa;€", "Windows-1252")
        #expect(ImportText.decode([0xFF, 0xFE, 0x20, 0x5F, 0x1F, 0x4F]) == "张伟", "UTF-16 little-endian")
        #expect(ImportText.decode([0xFE, 0xFF, 0x5F, 0x20]) == "张")
        #expect(ImportText.decode(Array("王芳".utf8)) == "王芳")
    }
}
