import Testing
import TOMLDocument

/// Random edits on a hand-written file: after every edit the document must re-parse from its
/// own text to the same values, the edited value must read back, and keys nobody touched must
/// keep their values.
@Suite struct RandomEditTests {
    static let handWritten = """
    # Delegation from Hebei
    title   =   "Hebei Bureau of Commerce Group"   # required
    title_zh = '河北省商务厅代表团'
    status = "new"
    size = 0x0E
    interests = [ "waste-water",
                  "recycling", ]   # topics
    point = { x = 1, y = 2 }
    notes = \"\"\"
    Interested in sludge handling.
    \"\"\"

    [[slots]]
        start = 2017-07-13T13:30:00
        place = "Dalarna Science Park, Borlänge"

    # second visit
    [[slots]]
        start = 2017-07-14 09:00:00
        place = "Falun"

    [extra]
    apple.color = "red"

    """

    static let paths: [TOMLPath] = [
        ["title"], ["status"], ["size"], ["reason"], ["interests", 0], ["interests", 1],
        ["point", "x"], ["point", "z"], ["notes"], ["slots", 0, "place"], ["slots", 1, "host"],
        ["slots", 0, "end"], ["extra", "apple", "color"], ["extra", "apple", "taste"], ["extra", "new"],
        ["meta", "source"],
    ]

    @Test(arguments: 0..<40)
    func randomEditsReadBack(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        var document = try TOMLDocument(parsing: Self.handWritten)
        var applied = 0
        for _ in 0..<12 {
            let path = Self.paths[Int(random.next() % UInt64(Self.paths.count))]
            let before = document
            if random.next() % 5 == 0 {
                if (try? document.removeValue(at: path)) != nil, case .key = path.last {
                    #expect(document.value(at: path) == nil)
                }
            } else {
                let value = randomValue(&random)
                do {
                    try document.setValue(value, at: path)
                    applied += 1
                    #expect(document.value(at: path) == value, "\(path) after \(document.text)")
                } catch {
                    #expect(document.text == before.text, "a refused edit must not change the text")
                }
            }
            let reparsed = try TOMLDocument(parsing: document.text)
            #expect(reparsed.root == document.root)
            if case .key(let edited) = path.components.first {
                for key in before.root.keys where key != edited {
                    #expect(document.root[key] == before.root[key], "`\(key)` changed by editing \(path)")
                }
            }
        }
        #expect(applied >= 6, "most random edits should succeed; only \(applied) did")
    }

    private func randomValue(_ random: inout SplitMix64) -> TOMLValue {
        let words = ["confirmed", "Åsa Öberg", "张伟", "a \"quoted\" word", "back\\slash", "two\nlines\n",
                     "tab\there", "", "''' and \"\"\"", "ends with quote\""]
        switch random.next() % 7 {
        case 0: return .string(words[Int(random.next() % UInt64(words.count))])
        case 1: return .integer(Int64(bitPattern: random.next()) >> Int64(random.next() % 60))
        case 2: return .float(Double(Int64(random.next() % 100_000)) / 64)
        case 3: return .boolean(random.next() % 2 == 0)
        case 4: return .localDate(TOMLLocalDate(year: 2017 + Int(random.next() % 10), month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28)))
        case 5: return .array([.string(words[Int(random.next() % 3)]), .integer(Int64(random.next() % 10))])
        default: return .table(TOMLTable([("k", .string(words[Int(random.next() % UInt64(words.count))]))]))
        }
    }
}

/// A tiny deterministic generator so a failing seed can be replayed.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
