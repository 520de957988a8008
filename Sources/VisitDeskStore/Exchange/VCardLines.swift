import Foundation

/// One property of a card as written: `item1.TEL;type=CELL;type=pref:+46 70 123 45 67`.
struct VCardProperty {
    /// Upper-cased, without the group prefix (`item1.`).
    var name: String
    /// The group prefix, lower-cased (`item1`), which ties an iOS `X-ABLabel` to its property.
    var group: String?
    /// Parameter names upper-cased; 2.1's bare `;CELL` becomes `TYPE=CELL`. Values keep their case.
    var parameters: [(name: String, value: String)]
    /// The value with folding and quoted-printable undone, still escaped.
    var value: String
    /// 1-based line where the property starts.
    var line: Int

    /// Every TYPE, split on commas and upper-cased, in any of the styles 2.1, 3.0 and 4.0 use.
    var types: Set<String> {
        Set(parameters.filter { $0.name == "TYPE" }.flatMap { $0.value.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
    }

    func parameter(_ name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }
}

/// Turns the bytes of a .vcf file into properties: unfolds continuation lines (a leading space
/// or tab), joins quoted-printable soft line breaks (a trailing `=`, which wins over folding: an
/// Android card's soft break may come before a space that belongs to the text), undoes
/// quoted-printable and reads each value in its declared charset, else UTF-8, else the file's
/// fallback. Unfolding works on bytes, so a line folded inside a multi-byte character is whole
/// again before it is decoded. A value that cannot be decoded is left out and reported alone.
/// Lines arrive one physical line at a time (`PhysicalLines`), so a fold or a soft break may
/// span any chunk boundary.
enum VCardLines {
    /// One logical line: physical lines joined, with the number of the first.
    struct Logical {
        var bytes: [UInt8]
        var number: Int
        /// Longer than the limit: the rest was dropped, and the property is reported, not read.
        var cut: Bool
    }

    /// Physical lines joined into logical ones as they come.
    struct Joiner {
        var limit = 64 << 20
        private var current: [UInt8] = []
        private var start = 0
        private var active = false
        private var quotedPrintable = false
        private var cut = false

        mutating func add(_ line: ArraySlice<UInt8>, number: Int, _ emit: (Logical) -> Void) {
            if active {
                if quotedPrintable && current.last == UInt8(ascii: "=") {
                    current.removeLast()
                    append(line)
                    return
                }
                if let first = line.first, first == 0x20 || first == 0x09 {
                    append(line.dropFirst())
                    return
                }
                flush(emit)
            }
            current = Array(line)
            start = number
            active = true
            cut = false
            quotedPrintable = isQuotedPrintable(current)
        }

        mutating func finish(_ emit: (Logical) -> Void) {
            if active { flush(emit) }
        }

        private mutating func append(_ more: ArraySlice<UInt8>) {
            if current.count + more.count > limit { cut = true } else { current += more }
        }

        private mutating func flush(_ emit: (Logical) -> Void) {
            active = false
            if current.contains(where: { $0 != 0x20 && $0 != 0x09 }) { emit(Logical(bytes: current, number: start, cut: cut)) }
            current = []
        }
    }

    /// The logical lines of a whole text (the sample a charset is detected on, tests).
    static func logicalLines(_ bytes: [UInt8], complete: Bool = true) -> [Logical] {
        var physical = PhysicalLines(for: bytes, dropCR: true)
        var joiner = Joiner()
        var logical: [Logical] = []
        physical.feed(bytes) { joiner.add($0, number: $1) { logical.append($0) } }
        if complete {
            physical.finish { joiner.add($0, number: $1) { logical.append($0) } }
            joiner.finish { logical.append($0) }
        }
        return logical
    }

    /// The charset of the file's first megabytes, from the logical lines that do not name one
    /// (properties that name their charset say nothing about the rest of the file); an
    /// incomplete last line of a sample that is not the whole file is left out.
    static func detect(_ stream: ImportStream) {
        var detection = CharsetDetection()
        for line in logicalLines(stream.sample, complete: stream.sampleIsWhole) where !declaresCharset(line.bytes) {
            detection.see(line.bytes[...])
        }
        stream.decoder.decide(detection)
    }

    private static func declaresCharset(_ line: [UInt8]) -> Bool {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return String(decoding: line[..<colon], as: UTF8.self).uppercased().contains("CHARSET=")
    }

    private static func isQuotedPrintable(_ line: [UInt8]) -> Bool {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return String(decoding: line[..<colon], as: UTF8.self).uppercased().contains("QUOTED-PRINTABLE")
    }

    struct ValueProblem: Error { var message: String }

    /// Splits `group.NAME;params:value`, honouring quoted parameter values (which may hold `:`).
    /// nil for a line that is no property at all.
    static func parse(_ bytes: [UInt8], line: Int, decoder: ImportDecoder) -> Result<VCardProperty, ValueProblem>? {
        var head: [String] = []
        var token: [UInt8] = []
        var inQuotes = false
        var valueStart: Int?
        for (i, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if !inQuotes && byte == UInt8(ascii: ";") { head.append(String(decoding: token, as: UTF8.self)); token = []; continue }
            if !inQuotes && byte == UInt8(ascii: ":") { head.append(String(decoding: token, as: UTF8.self)); valueStart = i + 1; break }
            token.append(byte)
        }
        guard let valueStart, let rawName = head.first, !rawName.isEmpty else { return nil }
        let nameParts = rawName.split(separator: ".")
        let name = String(nameParts.last ?? Substring(rawName)).uppercased()
        let group = nameParts.count > 1 ? nameParts.dropLast().joined(separator: ".").lowercased() : nil
        var parameters: [(String, String)] = []
        for raw in head.dropFirst() where !raw.isEmpty {
            if let eq = raw.firstIndex(of: "=") {
                parameters.append((raw[..<eq].uppercased(), String(raw[raw.index(after: eq)...])))
            } else {
                let bare = raw.uppercased()
                // vCard 2.1 writes parameter values without names: `TEL;CELL;PREF`, `NOTE;QUOTED-PRINTABLE`.
                if bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "8BIT" {
                    parameters.append(("ENCODING", bare))
                } else {
                    parameters.append(("TYPE", bare))
                }
            }
        }
        var value = Array(bytes[valueStart...])
        let encoding = parameters.first { $0.0 == "ENCODING" }?.1.uppercased()
        if encoding == "QUOTED-PRINTABLE" { value = QuotedPrintable.decode(value) }
        let text: String
        if encoding == "BASE64" || encoding == "B" {
            // A photo or sound: binary, never read, and never a reason to report the card.
            text = String(decoding: value, as: UTF8.self)
        } else {
            let declaredName = parameters.first { $0.0 == "CHARSET" }?.1
            var declared = declaredName.flatMap(TextCharset.init(named:))
            if declared == nil, encoding == "QUOTED-PRINTABLE", !decoder.forced, decoder.fallback == .utf8,
               String(validating: value, as: UTF8.self) == nil {
                // Old phones wrote Latin-1 (or GBK) in quoted-printable without saying so; the
                // file's own bytes are ASCII, so only the decoded value shows which.
                declared = ImportDecoder.guess([value[...]])
            }
            if let declaredName, declared == nil, String(validating: value, as: UTF8.self) == nil {
                return .failure(ValueProblem(message: "line \(line): \(name) declares CHARSET=\(declaredName), which VisitDesk does not know: left out (known: \(TextCharset.namesForHelp))"))
            }
            guard let decoded = decoder.decode(value, declared: declared) else {
                let charset = declared?.rawValue ?? (String(validating: value, as: UTF8.self) == nil ? decoder.charsetName : "UTF-8")
                return .failure(ValueProblem(message: "line \(line): \(name) is not valid \(charset) text: left out (choose the file's encoding with --encoding)"))
            }
            text = decoded
        }
        return .success(VCardProperty(name: name, group: group, parameters: parameters, value: text, line: line))
    }
}

/// Quoted-printable as vCard 2.1 writers use it (`=C3=85sa` for Åsa): bytes, decoded to text
/// afterwards in the property's charset.
enum QuotedPrintable {
    static func decode(_ encoded: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.count)
        var i = 0
        while i < encoded.count {
            if encoded[i] == UInt8(ascii: "="), i + 2 < encoded.count,
               let high = hexValue(encoded[i + 1]), let low = hexValue(encoded[i + 2]) {
                bytes.append(high << 4 | low)
                i += 3
            } else {
                bytes.append(encoded[i])
                i += 1
            }
        }
        return bytes
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
