import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

extension Add {
    struct ContactRecord: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "contact",
            abstract: l10n.text("Add a person; prints the new id."),
            discussion: l10n.text("With only --name-zh, the Latin name and the id come from pinyin (张伟 → Zhang Wei, zhang-wei).")
        )
        @OptionGroup var options: StoreOptions
        @Option(help: ArgumentHelp(l10n.text("The name in Latin script."))) var name: String?
        @Option(name: .customLong("name-zh"), help: ArgumentHelp(l10n.text("The name in Chinese characters."))) var nameZh: String?
        @Option(help: ArgumentHelp(l10n.text("Country code (SE, CN, …)."), valueName: "CC")) var country: String?
        @Option(help: ArgumentHelp(l10n.text("Organisation."))) var organisation: String?
        @Option(name: .customLong("organisation-zh"), help: ArgumentHelp(l10n.text("Organisation in Chinese."))) var organisationZh: String?
        @Option(help: ArgumentHelp(l10n.text("Role or title."))) var role: String?
        @Option(help: ArgumentHelp(l10n.text("A phone number (repeat for several)."))) var phone: [String] = []
        @Option(help: ArgumentHelp(l10n.text("An email address (repeat for several)."))) var email: [String] = []
        @Option(help: ArgumentHelp(l10n.text("WeChat id."))) var wechat: String?

        func run() throws {
            let latin = name?.trimmingCharacters(in: .whitespaces) ?? ""
            let chinese = nameZh?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !latin.isEmpty || !chinese.isEmpty else { throw CLIError.usage(l10n.text("give --name, --name-zh or both")) }
            let store = try options.openStore()
            let shownName = latin.isEmpty ? LatinName.from(chinese: chinese) : latin
            for address in email where !address.contains("@") {
                throw CLIError.usage(l10n.format("--email %s: not an email address (like name@example.se)", address))
            }
            let id = store.unusedID(for: .contact, base: RecordID.slug(from: shownName, fallback: "contact"))
            let contact = Contact(
                id: id, name: shownName, nameZh: chinese.isEmpty ? nil : chinese, country: country?.uppercased(),
                organisation: organisation, organisationZh: organisationZh, role: role,
                phones: SmallList(phone), emails: SmallList(email), wechat: wechat
            )
            do {
                let receipt = try store.save(contact)
                WriteCommits.commitNow(root: store.root, label: "add contact \(id)", receipts: [receipt])
            } catch { throw CLIError(error.description) }
            for written in phone where PhoneNumber(written, defaultCountry: contact.country).international == nil {
                FileHandle.standardError.write(Data("visitdesk: \(id): phone \(TerminalText.sanitised(written)) kept as written; it does not read as a number (check it)\n".utf8))
            }
            print(id)
        }
    }
}
