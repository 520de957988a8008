import Foundation
import Testing
@testable import VisitDeskUI

/// The command table is the one place keys, help, the palette and README come from: these tests
/// keep it whole.
@Suite struct CommandTableTests {
    @Test func everyCommandIsNamedAreaVerbAndHasHelpAndAMode() {
        let names = CommandTable.all.map(\.name)
        #expect(Set(names).count == names.count, "command names are unique")
        #expect(names.contains("app.quit") && names.contains("request.accept"))
        for command in CommandTable.all {
            let parts = command.name.split(separator: ".")
            #expect(parts.count == 2 && parts.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } }, "\(command.name) is area.verb")
            #expect(command.help.count > 2, "\(command.name) has a help line")
            #expect(!command.modes.isEmpty, "\(command.name) applies somewhere")
            #expect(command.misspelledKeys.isEmpty, "\(command.name) names keys that exist")
            #expect(!command.keys.isEmpty || command.argument != nil, "\(command.name) has a key or is run from the palette")
        }
    }

    @Test func noTwoCommandsShareAKeyInAMode() {
        var owner: [ModeKind: [Key: String]] = [:]
        for command in CommandTable.all {
            for mode in command.modes {
                for key in command.keys {
                    if let other = owner[mode]?[key] {
                        Issue.record("`\(key.name)` is both \(other) and \(command.name) in \(mode)")
                    }
                    owner[mode, default: [:]][key] = command.name
                }
            }
        }
        #expect(Keymap.build([]).problems.isEmpty)
    }

    /// README's key tables are generated from the table; `VISITDESK_RECORD_README=1` rewrites them.
    @Test func readmeListsEveryCommandWithItsKeys() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let (begin, end) = ("<!-- commands:begin -->\n", "<!-- commands:end -->")
        let start = try #require(readme.range(of: begin), "README has a generated key section")
        let stop = try #require(readme.range(of: end, range: start.upperBound..<readme.endIndex))
        let expected = CommandDocs.markdown()
        if ProcessInfo.processInfo.environment["VISITDESK_RECORD_README"] == "1" {
            try (readme[..<start.upperBound] + expected + readme[stop.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let section = String(readme[start.upperBound..<stop.lowerBound])
        for command in CommandTable.all {
            #expect(section.contains("`\(command.name)`"), "README lists \(command.name)")
        }
        #expect(section == expected, "README's key tables differ from the command table; run the test with VISITDESK_RECORD_README=1")
    }
}
