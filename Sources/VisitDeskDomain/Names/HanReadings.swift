/// The reading of a Han character as ICU's Han-Latin transliterator gives it for the character
/// alone (`张` → `zhāng`), from a table made from ICU (`scripts/make-han-readings`) for the
/// 20,992 characters of the CJK Unified Ideographs block — every character of a Chinese name in
/// practice. ICU builds its transliterator from rules the first time a process asks for one
/// (80–100 ms of CPU on this machine, most of the demo store's first frame), and the first
/// frame's contact card asks for a reading: with the table no frame waits for ICU. Characters
/// outside the block, and the few ICU leaves unchanged, get nil and are read by ICU.
public enum HanReadings {
    static func reading(of scalar: Unicode.Scalar) -> Substring? {
        guard scalar.value >= firstScalar, scalar.value <= lastScalar else { return nil }
        let index = table.indices[Int(scalar.value - firstScalar)]
        return index == 0 ? nil : table.syllables[Int(index)]
    }

    /// Chinese text as pinyin syllables with tone marks, each one capitalised and apart
    /// (`王小明` → `Wáng Xiǎo Míng`), other text kept: the line a contact card and a programme
    /// print under a Chinese name, so a Swedish host can say it. nil without Han characters.
    public static func syllableLine(_ text: String) -> String? {
        guard SearchText.containsHan(text) else { return nil }
        var latin = ""
        latin.reserveCapacity(text.utf8.count * 2)
        for character in text {
            if SearchText.isHan(character) {
                latin += " " + SearchText.syllable(character) + " "
            } else {
                latin.append(character)
            }
        }
        let words = latin.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Decoded on first use: ~40 KB of text into 20,992 indexes, well under a millisecond.
    private static let table = Decoded()

    private struct Decoded: Sendable {
        let syllables: [Substring]
        let indices: [UInt16]

        init() {
            syllables = syllableList.split(separator: " ", omittingEmptySubsequences: false)
            var value = [UInt16](repeating: 0, count: 128)
            for (position, byte) in digits.utf8.enumerated() { value[Int(byte)] = UInt16(position) }
            let bytes = Array(packed.utf8)
            indices = stride(from: 0, to: bytes.count - 1, by: 2).map { value[Int(bytes[$0])] * 64 + value[Int(bytes[$0 + 1])] }
        }
    }
}
