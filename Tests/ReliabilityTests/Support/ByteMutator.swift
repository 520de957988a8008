/// Small random edits of the kinds that break parsers: flipped bits, structural characters in the
/// wrong place, cut and repeated runs (long repeats find quadratic slowdowns), splices of two inputs.
struct ByteMutator {
    var generator: SeededGenerator
    let seeds: [[UInt8]]

    private static let tokens: [[UInt8]] = [
        "\"", "'", "\"\"\"", "[", "]", "[[", "]]", "{", "}", "=", ",", ".", "\\", "\\u", "\n", "\r\n", "#",
        "\u{0}", "\u{1B}[31m", "1979-05-27T07:32:00", "inf", "nan", "0x", "1e999", "BEGIN:VCARD\r\n", "END:VCARD\r\n",
        ";", ":", "=C3=", "\r\n ", "\"\"", "张伟", "\u{FEFF}",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]

    init(seed: UInt64, seeds: [[UInt8]]) {
        generator = SeededGenerator(seed: seed)
        self.seeds = seeds
    }

    /// Mostly one or two edits, so many inputs still reach the decoders behind the parser.
    mutating func next() -> [UInt8] {
        var bytes = seeds.randomElement(using: &generator)!
        let edits = Int.random(in: 0..<8, using: &generator) == 0 ? Int.random(in: 3...6, using: &generator) : Int.random(in: 1...2, using: &generator)
        for _ in 0..<edits { mutate(&bytes) }
        return bytes
    }

    private mutating func mutate(_ bytes: inout [UInt8]) {
        let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &generator)
        switch Int.random(in: 0..<7, using: &generator) {
        case 0 where position < bytes.count:
            bytes[position] ^= UInt8(1) << UInt8.random(in: 0...7, using: &generator)
        case 1:
            bytes.insert(contentsOf: Self.tokens.randomElement(using: &generator)!, at: position)
        case 2 where position < bytes.count:
            let end = min(bytes.count, position + Int.random(in: 1...64, using: &generator))
            bytes.removeSubrange(position..<end)
        case 3 where position < bytes.count:
            let end = min(bytes.count, position + Int.random(in: 1...32, using: &generator))
            let run = Array(bytes[position..<end])
            let times = Int.random(in: 2...(Int.random(in: 0..<20, using: &generator) == 0 ? 2_000 : 50), using: &generator)
            bytes.insert(contentsOf: (0..<times).flatMap { _ in run }, at: position)
        case 4:
            let other = seeds.randomElement(using: &generator)!
            let start = other.isEmpty ? 0 : Int.random(in: 0..<other.count, using: &generator)
            bytes = Array(bytes[..<position]) + other[start...]
        case 5:
            bytes.removeSubrange(position...)
        default:
            let opener = Self.tokens[Int.random(in: 4...5, using: &generator)]
            bytes.insert(contentsOf: (0..<Int.random(in: 10...2_000, using: &generator)).flatMap { _ in opener }, at: position)
        }
    }
}
