import Testing
@testable import VisitDeskUI

/// The contacts' collation keys live in one buffer: each must compare exactly as its own
/// `SwedishCollation.key` array does, and no key may reach into its neighbour's weights.
@Suite("Collation keys in one buffer")
struct CollationKeysTests {
    private let names = [
        "Åsa Öberg", "Asa Oberg", "Ängel", "a\u{30A}sa", "\u{308}Otto", "Otto", "", "Zlatan", "Øystein",
        "Émile Zola", "emile zola", "李伟", "Li Wei", "Ü", "Y", "Ann", "Anna", "Anna-Karin", "Anna Karin",
        // Weights from 0xFFFF up take three 16-bit units: fullwidth letters, and Han characters
        // beyond the Basic Multilingual Plane, beside one-unit ones that share their prefix.
        "Ｌｉ", "Ｌi", "𠀋", "𠀋伟", "伟𠀋", "𪚥", "\u{FFFE}", "李𠀋", "李伟𠀋",
    ]

    private func byArrays(_ a: Int, _ b: Int) -> Bool? {
        let (x, y) = (SwedishCollation.key(names[a]), SwedishCollation.key(names[b]))
        return x == y ? nil : x.lexicographicallyPrecedes(y)
    }

    @Test("every pair compares as the names' own keys do")
    func agreesWithPerNameKeys() {
        let keys = CollationKeys(names: names.count) { names[$0] }
        #expect(keys.count == names.count)
        keys.withBuffers { buffers in
            for a in names.indices {
                for b in names.indices {
                    #expect(buffers.precedes(a, b) == byArrays(a, b), "\(names[a]) / \(names[b])")
                }
            }
        }
    }

    @Test("a mark that opens a name does not change the name before it")
    func leadingMarkStaysInItsOwnKey() {
        var keys = CollationKeys()
        keys.appendKey(of: "Ota")
        keys.appendKey(of: "\u{308}x")
        var alone = CollationKeys()
        alone.appendKey(of: "Ota")
        var both = CollationKeys()
        both.appendKey(0, of: keys)
        both.appendKey(0, of: alone)
        // "Ota" followed by a name opening with U+0308 is still "Ota", not "Otä".
        both.withBuffers { #expect($0.precedes(0, 1) == nil) }
    }

    @Test("keys copied from another list keep their order among new ones")
    func copiedKeysCompareAsBefore() {
        let old = CollationKeys(names: names.count) { names[$0] }
        var mixed = CollationKeys()
        for index in names.indices.reversed() {
            if index.isMultiple(of: 2) { mixed.appendKey(index, of: old) } else { mixed.appendKey(of: names[index]) }
        }
        let reversed = Array(names.reversed())
        mixed.withBuffers { buffers in
            for a in reversed.indices {
                for b in reversed.indices {
                    let (x, y) = (SwedishCollation.key(reversed[a]), SwedishCollation.key(reversed[b]))
                    #expect(buffers.precedes(a, b) == (x == y ? nil : x.lexicographicallyPrecedes(y)))
                }
            }
        }
    }
}
