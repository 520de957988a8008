import Foundation
import VisitDeskDomain
import VisitDeskStore

/// Starting points for the mutation test: every demo record, the TOML compliance suite's valid
/// files, and vCards and CSV exports shaped like the ones coordinators import.
enum MutationSeeds {
    static func all() -> [[UInt8]] {
        let records = DemoStore.files(today: LocalDate(year: 2026, month: 11, day: 25)).map { Array($0.contents.utf8) }
        // Records twice, so about half of the inputs start from a file the store can load.
        var seeds = records + records + tomlSuiteValidFiles()
        seeds += (vCards + spreadsheets).map { Array($0.utf8) }
        return seeds
    }

    /// The valid cases of the TOML compliance suite where one is installed (Debian's
    /// golang-github-burntsushi-toml-dev, or a newer checkout beside the project); none otherwise.
    private static func tomlSuiteValidFiles() -> [[UInt8]] {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            ProcessInfo.processInfo.environment["VISITDESK_TOML_TEST"].map { $0 + "/tests/valid" },
            packageRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata/toml-test/tests/valid").path,
            "/usr/share/gocode/src/github.com/BurntSushi/toml/internal/toml-test/tests/valid",
        ].compactMap { $0 }
        guard let valid = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }),
              let walker = FileManager.default.enumerator(atPath: valid) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".toml") }.sorted()
            .compactMap { FileManager.default.contents(atPath: valid + "/" + $0).map(Array.init) }
    }

    static let vCards = [
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Wang Fang\r\nN:Wang;Fang;;;\r\nORG:Hebei Bureau of Commerce\r\nTEL;TYPE=CELL:+86 138 0000 0000\r\nEMAIL:wang@example.cn\r\nNOTE:line one\\nline two\r\nEND:VCARD\r\n",
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Åsa Öberg\r\nN:Öberg;Åsa;;;\r\nORG:Käppala\r\nTITLE:Process engineer\r\nADR;TYPE=work:;;Gatan 1;Lidingö;;181 51;Sweden\r\nUID:asa-oberg\r\nEND:VCARD\r\n",
        "BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=BC=9F\nN:Zhang;Wei\nTEL;CELL:123\n folded continuation\nEND:VCARD\n",
    ]

    static let spreadsheets = [
        "Namn,Telefon,E-post,Företag,Land,Titel,中文名\nÅsa Öberg,+46 8 766 00 00,asa@example.se,Käppala,Sverige,Engineer,\n\"Wang, Fang\",\"+86 138\",w@example.cn,\"Hebei \"\"Bureau\"\"\",Kina,,王芳\n",
        "Name;Phone;Email\r\nZhang Wei;123;z@example.cn\r\n\"multi\r\nline\";;\r\n",
        "First name\tLast name\tMobile\nLars\tSvensson\t070\n",
    ]
}
