import TOMLDocument
@testable import VisitDeskSharing

/// A delegation as a person keeps it: comments, an unknown key, a table of its own, slots with
/// comments, a follow-up.
enum MergeFixtures {
    static let base = """
    # Hebei group, handled by Lina
    title = "Hebei Bureau of Commerce Group"
    status = "reviewing"
    size = 14 # confirmed by mail
    interests = ["waste-water", "recycling"]
    owner = "lina-berg"
    members = ["wang-fang", "zhang-wei"]
    tags = ["hebei-partnership"]
    interpreter = "chen-mei"
    notes = \"\"\"
    Interested in sludge handling.
    \"\"\"

    [budget]
    travel = 12000

    [[slots]]
    # the welcome, keep it short
    start = 2027-03-09T09:00:00
    end = 2027-03-09T10:30:00
    place = "Dalarna Science Park"
    host = "asa-oberg"

    [[slots]]
    start = 2027-03-09T11:00:00
    end = 2027-03-09T13:00:00
    place = "Fagersta plant"
    host = "erik-sjoberg"

    [[slots]]
    start = 2027-03-10T09:00:00
    end = 2027-03-10T12:00:00
    place = "Falun mine"

    [[follow_ups]]
    due = 2027-03-01
    what = "Send host profiles"
    done = false

    """

    /// A content view of a merge result for comparisons: every leaf as written, sets sorted.
    static func content(_ text: String) throws -> [String: String] {
        let document = try TOMLDocument(parsing: text)
        var out: [String: String] = [:]
        for (path, value) in FlatRecord(document.root).leaves {
            if let key = path.lastKey, MergeRules.store.setKeys.contains(key), let elements = value.array {
                out[path.description] = elements.map(TOMLLiteral.text).sorted().joined(separator: ",")
            } else {
                out[path.description] = TOMLLiteral.text(value)
            }
        }
        return out
    }
}

/// xorshift64*: reproducible random choices, so a failing seed can be replayed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed | 1 }
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }
}
