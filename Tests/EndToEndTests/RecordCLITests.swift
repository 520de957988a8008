import Foundation
import Testing

/// The record commands scripts use (`add slot`, `edit contact`, `delete contact`) on a demo
/// store: what they print, what they refuse, and every file they write read back by Python's
/// `tomllib` (an independent parser).
@Suite("Record commands on the command line")
struct RecordCLITests {
    func read(_ store: String, _ path: String) -> String {
        (try? String(contentsOfFile: "\(store)/\(path)", encoding: .utf8)) ?? ""
    }

    /// The file as `tomllib` reads it, as JSON (dates as text).
    func parsedByPython(_ path: String) throws -> String {
        let result = try VisitDeskCLI.runProgram("/usr/bin/env", ["python3", "-c",
            "import json, sys, tomllib; print(json.dumps(tomllib.load(open(sys.argv[1], 'rb')), ensure_ascii=False, default=str))", path])
        guard result.status == 0 else { throw VisitDeskCLI.CLIFailure(description: "tomllib refused \(path): \(result.stderr)") }
        return result.stdout
    }

    @Test func aSlotAddedOnAHolidayKeepsItsWarningInTheFile() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let result = try VisitDeskCLI.run(["add", "slot", "hebei-commerce-waste-water", "--store", store,
                                           "--start", "2026-12-25T10:00", "--end", "2026-12-25T11:00", "--place", "Falun"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Juldagen"))
        let json = try parsedByPython("\(store)/delegations/hebei-commerce-waste-water.toml")
        #expect(json.contains(#""place": "Falun", "warnings": ["2026-12-25: Juldagen (Christmas Day), a Swedish holiday"]"#), "\(json)")
    }

    /// A slot on a request warns as one on a group does, in the language; the file keeps English.
    @Test func aSlotOnARequestWarnsInTheLanguage() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let result = try VisitDeskCLI.run(["add", "slot", "cangzhou-biogas", "--store", store, "--language", "sv",
                                           "--start", "2026-12-26T10:00", "--end", "2026-12-26T11:00", "--place", "Falun"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("visitdesk: warning: 2026-12-26: Annandag jul (Second Day of Christmas), en svensk helgdag"), "\(result.stderr)")
        let json = try parsedByPython("\(store)/delegations/cangzhou-biogas.toml")
        #expect(json.contains(#""warnings": ["2026-12-26: Annandag jul (Second Day of Christmas), a Swedish holiday""#), "\(json)")
    }

    /// The delegation files that mention `text`.
    func delegations(mentioning text: String, in store: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "\(store)/delegations").filter {
            $0.hasSuffix(".toml") && read(store, "delegations/\($0)").contains(text)
        }.sorted()
    }

    @Test func renamingAContactsIdMovesTheFileAndRewritesEveryReference() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let naming = try delegations(mentioning: "\"erik-sjoberg\"", in: store)
        #expect(naming.count >= 2)
        let before = read(store, "contacts/erik-sjoberg.toml")
        let result = try VisitDeskCLI.run(["edit", "contact", "erik-sjoberg", "--store", store, "--set", "id=erik-sjoberg-bdx", "--set", "role=Plant manager"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("erik-sjoberg: id: erik-sjoberg → erik-sjoberg-bdx (contacts/erik-sjoberg-bdx.toml)\n"))
        #expect(result.stdout.contains("erik-sjoberg-bdx: role: Process engineer, Fagersta waste-water plant → Plant manager"))
        #expect(result.stdout.contains("host of slot 1: erik-sjoberg → erik-sjoberg-bdx"))
        #expect(!FileManager.default.fileExists(atPath: "\(store)/contacts/erik-sjoberg.toml"))
        // The old file edited in place under the new name: only the role line differs.
        let after = read(store, "contacts/erik-sjoberg-bdx.toml")
        #expect(after == before.replacingOccurrences(of: "role = \"Process engineer, Fagersta waste-water plant\"", with: "role = \"Plant manager\""))
        #expect(try delegations(mentioning: "\"erik-sjoberg\"", in: store).isEmpty)
        #expect(try delegations(mentioning: "\"erik-sjoberg-bdx\"", in: store) == naming)
        for file in naming { _ = try parsedByPython("\(store)/delegations/\(file)") }
        _ = try parsedByPython("\(store)/contacts/erik-sjoberg-bdx.toml")
        let check = try VisitDeskCLI.run(["check", "--store", store])
        #expect(check.status == 0, "no dangling reference: \(check.stdout)")
    }

    @Test func aTakenOrInvalidIdIsRefusedAndNothingIsWritten() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let taken = try VisitDeskCLI.run(["edit", "contact", "erik-sjoberg", "--store", store, "--set", "id=anders-lindqvist"])
        #expect(taken.status == 2)
        #expect(taken.stderr.contains("`anders-lindqvist` is Anders Lindqvist's id already"))
        let invalid = try VisitDeskCLI.run(["edit", "contact", "erik-sjoberg", "--store", store, "--set", "id=Erik S"])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("is not an id: lower-case letters, digits and dashes"))
        #expect(FileManager.default.fileExists(atPath: "\(store)/contacts/erik-sjoberg.toml"))
        #expect(try delegations(mentioning: "\"erik-sjoberg\"", in: store).count >= 2)
    }

    @Test func aNamedContactIsNotDeletedWithoutSomeoneInTheirPlace() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let naming = try delegations(mentioning: "\"erik-sjoberg\"", in: store)
        let refused = try VisitDeskCLI.run(["delete", "contact", "erik-sjoberg", "--store", store])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("erik-sjoberg is named in:\n  "))
        #expect(refused.stderr.contains("\n  shandong-water-group · Shandong Water Group: host of slot 1\n"), "one place a line: \(refused.stderr)")
        #expect(refused.stderr.contains("visitdesk: not deleted: erik-sjoberg is named in the \(naming.count) places above; give --replace-with ID"))
        #expect(FileManager.default.fileExists(atPath: "\(store)/contacts/erik-sjoberg.toml"))

        let himself = try VisitDeskCLI.run(["delete", "contact", "erik-sjoberg", "--store", store, "--replace-with", "erik-sjoberg"])
        #expect(himself.status == 2 && himself.stderr.contains("choose someone else"))
        let nobody = try VisitDeskCLI.run(["delete", "contact", "erik-sjoberg", "--store", store, "--replace-with", "nobody"])
        #expect(nobody.status == 2 && nobody.stderr.contains("no contact `nobody`"))

        let replaced = try VisitDeskCLI.run(["delete", "contact", "erik-sjoberg", "--store", store, "--replace-with", "anders-lindqvist"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout.contains("shandong-water-group · Shandong Water Group: host of slot 1: erik-sjoberg → anders-lindqvist"))
        #expect(replaced.stdout.hasSuffix("deleted contacts/erik-sjoberg.toml (Erik Sjöberg)\n"))
        #expect(!FileManager.default.fileExists(atPath: "\(store)/contacts/erik-sjoberg.toml"))
        #expect(try delegations(mentioning: "\"erik-sjoberg\"", in: store).isEmpty)
        for file in naming {
            #expect(read(store, "delegations/\(file)").contains("host = \"anders-lindqvist\""))
            _ = try parsedByPython("\(store)/delegations/\(file)")
        }
    }

    @Test func aContactNobodyNamesIsDeletedAtOnce() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let names = try FileManager.default.contentsOfDirectory(atPath: "\(store)/contacts").map { String($0.dropLast(5)) }
        let all = try FileManager.default.contentsOfDirectory(atPath: "\(store)/delegations").map { read(store, "delegations/\($0)") }.joined()
        let unnamed = try #require(names.sorted().first { !all.contains("\"\($0)\"") })
        let result = try VisitDeskCLI.run(["delete", "contact", unnamed, "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("deleted contacts/\(unnamed).toml ("))
        #expect(!FileManager.default.fileExists(atPath: "\(store)/contacts/\(unnamed).toml"))
    }
}
