/// How the bytes of one import file become text, decided once per file and applied per line
/// (CSV) or per property (vCard), so one bad byte sequence spoils only its own line or property.
///
/// UTF-8 comes first: a unit that is valid UTF-8 is read as UTF-8, whatever the rest of the file
/// is. A unit that is not is read in the file's fallback charset: the one given with `--encoding`,
/// or the one detected from the units that are not UTF-8 (GB18030, what Chinese Windows and WPS
/// save, or Windows-1252, what Swedish Excel saves). A vCard property's own `CHARSET=` wins.
public struct ImportDecoder: Sendable {
    /// Read units that are not valid UTF-8 in this charset.
    public private(set) var fallback: TextCharset
    /// `--encoding`: every unit is read in it, UTF-8 or not.
    public private(set) var forced: Bool
    /// What was decided, for the user to see ("not UTF-8: read as GB18030 (detected) …"); nil for
    /// UTF-8. Set by `init` (byte-order mark, `--encoding`) or `decide(_:)`.
    public private(set) var note: String?

    /// - Parameters:
    ///   - override: the charset from `--encoding`, if given.
    ///   - note: what the byte-order mark said, if there was one (`ImportStream`).
    init(override: TextCharset?, note: String? = nil) {
        self.note = note
        if let override {
            fallback = override
            forced = override != .utf8
            self.note = note ?? "read as \(override.rawValue) (--encoding)"
        } else {
            fallback = .utf8
            forced = false
        }
    }

    /// Decides the fallback from the units of the file's first megabytes (CSV lines, vCard
    /// logical lines): none when all are UTF-8; none either when more units hold valid UTF-8
    /// beyond ASCII than hold bytes that are not — a UTF-8 file with damage, whose bad units are
    /// reported, not reinterpreted; else GB18030 or Windows-1252, whichever the bad units look like.
    mutating func decide(_ detection: CharsetDetection) {
        guard !forced, note == nil else { return }
        let badUnits = detection.badUnits
        if badUnits.isEmpty { return }
        if detection.utf8Units >= badUnits.count {
            note = "UTF-8 text with \(badUnits.count) damaged line(s), reported below (if the file is in another character set, give --encoding)"
            return
        }
        fallback = Self.guess(badUnits)
        note = "not UTF-8 text: read the lines that are not UTF-8 as \(fallback.rawValue) (detected; choose another with --encoding)"
    }

    /// One line or property value as text; nil when it is not valid in the charset that applies,
    /// which the caller reports with its place.
    public func decode(_ unit: some Collection<UInt8>, declared: TextCharset? = nil) -> String? {
        if let declared { return Self.decode(unit, as: declared) }
        if !forced, let text = String(validating: Array(unit), as: UTF8.self) { return text }
        return Self.decode(unit, as: fallback)
    }

    /// Text that could not be read, with U+FFFD for the bytes that fit nothing, for a report.
    public func lossy(_ unit: some Collection<UInt8>) -> String {
        String(decoding: Array(unit), as: UTF8.self)
    }

    /// The charset that applies to units that are not UTF-8, for messages.
    public var charsetName: String { fallback.rawValue }

    static func decode(_ unit: some Collection<UInt8>, as charset: TextCharset) -> String? {
        if let text = Iconv.decode(unit, from: charset) { return text }
        // Windows-1252 leaves five bytes undefined; Excel writes them as their Latin-1 controls.
        if charset == .windows1252 { return Iconv.decode(unit, from: .latin1) }
        return nil
    }

    static func lossyUTF16(_ bytes: ArraySlice<UInt8>, _ charset: TextCharset) -> String {
        var units: [UInt16] = []
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(charset == .utf16LE ? b << 8 | a : a << 8 | b)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// GB18030 or Windows-1252, from the lines that are not UTF-8. Chinese text in GBK is pairs of
    /// bytes both from A1–FE (every common character is in GB2312's rows); Swedish text in
    /// Windows-1252 has single high bytes (`å` = E5) between ASCII letters. Which shape dominates
    /// decides, and GB18030 only if it can read every such line.
    static func guess(_ units: [ArraySlice<UInt8>]) -> TextCharset {
        var pairs = 0, singles = 0, unreadable = 0
        for line in units where String(validating: Array(line), as: UTF8.self) == nil {
            if Iconv.decode(line, from: .gb18030) == nil { unreadable += 1 }
            var index = line.startIndex
            while index < line.endIndex {
                let byte = line[index]
                let next = index + 1 < line.endIndex ? line[index + 1] : 0
                if byte < 0x80 {
                    index += 1
                } else if (0xA1...0xFE).contains(byte) && (0xA1...0xFE).contains(next) {
                    pairs += 1
                    index += 2
                } else {
                    if next < 0x80 { singles += 1 }
                    index += 1
                }
            }
        }
        return unreadable == 0 && pairs > 2 * singles ? .gb18030 : .windows1252
    }
}
