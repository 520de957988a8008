/// How well one query word sits in a key: as a whole word, at a word's start, or anywhere.
enum WordMatch: Int, Comparable {
    case substring = 1
    case prefix = 2
    case exact = 3

    static func < (a: WordMatch, b: WordMatch) -> Bool { a.rawValue < b.rawValue }

    /// The best place of `word` in `text`, where both are UTF-8 and words in `text` are separated by
    /// single spaces. Works on bytes, without allocating: this runs for every contact on each keystroke.
    /// UTF-8 is self-synchronising, so a byte match of whole characters is a character match.
    /// The bytes are read in place, wherever they are held (`SearchKeys.Text`).
    static func best(_ word: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> WordMatch? {
        let t = text
        let n = word.count
        guard n > 0, n <= t.count else { return nil }
        return word.withUnsafeBufferPointer { w in
            var best: WordMatch?
            let first = w[0]
            var i = 0
            let last = t.count - n
            while i <= last {
                if t[i] == first {
                    var k = 1
                    while k < n && t[i + k] == w[k] { k += 1 }
                    if k == n {
                        let atStart = i == 0 || t[i - 1] == space
                        let atEnd = i + n == t.count || t[i + n] == space
                        let found: WordMatch = atStart ? (atEnd ? .exact : .prefix) : .substring
                        if found == .exact { return .exact }
                        if best == nil || found > best! { best = found }
                    }
                }
                i += 1
            }
            return best
        }
    }

    static let space = UInt8(ascii: " ")
}
