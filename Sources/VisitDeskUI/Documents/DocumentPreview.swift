import VisitDeskDocuments
import VisitDeskDomain

/// `D`: what would go out to a delegation, on screen before it goes — its programme or its name
/// list in the chosen language, scrollable, with keys to switch language, write the HTML into
/// the store's `export/` folder and copy the text. Letters need the store's templates, which the
/// UI core does not read; `visitdesk letter` writes them.
public struct DocumentPreview: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case programme, nameList }

    public internal(set) var delegationID: String
    public internal(set) var kind: Kind = .programme
    public internal(set) var language: String
    public internal(set) var top = 0

    /// The order `l` steps through.
    static let languages = ["en", "sv", "zh", "zh+en", "sv+en"]

    /// A delegation with a Chinese title opens in Chinese and English, any other in English.
    init(delegation: Delegation) {
        delegationID = delegation.id
        language = delegation.titleZh == nil ? "en" : "zh+en"
    }

    var readers: ReaderLanguages { (try? ReaderLanguages(parsing: language)) ?? ReaderLanguages(.en) }

    func body(_ state: AppState) -> DocumentBody? {
        guard let position = state.index.delegationByID[delegationID] else { return nil }
        let delegation = state.catalog.delegations[position]
        let catalog = state.catalog
        switch kind {
        case .programme:
            return ProgrammeLayout(delegation: delegation, settings: catalog.settings, readers: readers, contact: catalog.contact(id:)).body()
        case .nameList:
            return NameList(delegation: delegation, order: .delegation, contact: catalog.contact(id:)).body(readers: readers)
        }
    }

    /// `hebei-commerce-waste-water-programme-zh-en.html`
    var fileName: String {
        "\(delegationID)-\(kind == .programme ? "programme" : "namelist")-\(language.replacingOccurrences(of: "+", with: "-")).html"
    }

    var title: String { "\(kind == .programme ? "Programme" : "Name list") · \(language) · \(delegationID)" }
}
