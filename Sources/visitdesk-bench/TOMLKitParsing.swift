import TOMLKit

/// Kept in its own file: TOMLKit and TOMLDocument both declare `TOMLTable`.
enum TOMLKitParsing {
    /// Returns the number of top-level keys, so the parse cannot be optimised away.
    static func parse(_ text: String) -> Int {
        (try? TOMLKit.TOMLTable(string: text))?.count ?? -1
    }
}
