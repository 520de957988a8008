extension Parser {
    mutating func value(path: ValuePath) throws(TOMLParseError) -> TOMLValue {
        guard i < bytes.count else { throw error("expected a value, found the end of the file") }
        switch bytes[i] {
        case UInt8(ascii: "\""):
            return .string(isTriple(UInt8(ascii: "\"")) ? try multilineString(quote: UInt8(ascii: "\"")) : try basicString())
        case UInt8(ascii: "'"):
            return .string(isTriple(UInt8(ascii: "'")) ? try multilineString(quote: UInt8(ascii: "'")) : try literalString())
        case UInt8(ascii: "["):
            return try array(path: path)
        case UInt8(ascii: "{"):
            return try inlineTable(path: path)
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            return try boolean()
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
            UInt8(ascii: "i"), UInt8(ascii: "n"):
            return try numberOrDate()
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"):
            throw error("expected a value after `=`, found the end of the line")
        default:
            if isLetter(bytes[i]) || bytes[i] >= 0x80 { throw unquotedText(from: i) }
            throw error("expected a value, found \(describeByte(bytes[i]))")
        }
    }

    private func isTriple(_ quote: UInt8) -> Bool {
        i + 2 < bytes.count && bytes[i + 1] == quote && bytes[i + 2] == quote
    }

    private mutating func boolean() throws(TOMLParseError) -> TOMLValue {
        if matches("true") { i += 4; return .boolean(true) }
        if matches("false") { i += 5; return .boolean(false) }
        throw unquotedText(from: i)
    }

    func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        let pointer = word.utf8Start
        for k in 0..<count where bytes[i + k] != pointer[k] { return false }
        return true
    }

    // MARK: arrays and inline tables

    private mutating func enterNesting() throws(TOMLParseError) {
        depth += 1
        if depth > Parser.maxDepth { throw error("arrays and inline tables are nested too deeply") }
    }

    private mutating func array(path: ValuePath) throws(TOMLParseError) -> TOMLValue {
        try enterNesting()
        defer { depth -= 1 }
        i += 1
        var elements: [TOMLValue] = []
        while true {
            try skipBlank()
            guard i < bytes.count else { throw error("unterminated array: expected `]`") }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
            let start = i
            let position = recordsSource ? here : TOMLPosition(line: line, column: 0)
            var elementPath = path
            elementPath.append(.index(elements.count))
            elements.append(try value(path: elementPath))
            if recordsSource {
                index.entries.append(SourceIndex.Entry(
                    path: TOMLPath(elementPath.components), kind: .arrayElement, start: start, position: position,
                    valueStart: start, valueEnd: i, section: section))
            }
            try skipBlank()
            guard i < bytes.count else { throw error("unterminated array: expected `]`") }
            switch bytes[i] {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"): i += 1; return .array(elements)
            default: throw error("expected `,` or `]` in the array, found \(describeByte(bytes[i]))")
            }
        }
    }

    private mutating func inlineTable(path: ValuePath) throws(TOMLParseError) -> TOMLValue {
        try enterNesting()
        defer { depth -= 1 }
        i += 1
        let built = BuildTable(origin: .inline)
        skipSpaces()
        if peek == UInt8(ascii: "}") { i += 1; return .table(TOMLTable()) }
        while true {
            skipSpaces()
            guard let byte = peek, byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") else {
                throw error("an inline table must be closed with `}` on the same line")
            }
            if byte == UInt8(ascii: "}") || byte == UInt8(ascii: ",") {
                throw error("expected a key in the inline table, found \(describeByte(byte))")
            }
            try keyValue(into: built, basePath: path, kind: .inlineMember)
            skipSpaces()
            guard let next = peek else { throw error("unterminated inline table: expected `}`") }
            switch next {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "}"): i += 1; return .table(built.freeze())
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw error("an inline table must be closed with `}` on the same line")
            default: throw error("expected `,` or `}` in the inline table, found \(describeByte(next))")
            }
        }
    }

    // MARK: strings

    mutating func basicString() throws(TOMLParseError) -> String {
        i += 1
        let start = i
        // Fast path: most strings have no escapes and can be decoded in one go.
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                defer { i += 1 }
                return String(decoding: bytes[start..<i], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || isForbiddenControl(byte) { break }
            i += 1
        }
        var out = Array(bytes[start..<i])
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &out)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw error("a string must end on the line it starts; use \"\"\" for several lines")
            default:
                if isForbiddenControl(byte) { throw error("control character \(describeByte(byte)) must be escaped in a string") }
                out.append(byte)
                i += 1
            }
        }
        throw error("unterminated string: expected `\"`")
    }

    mutating func literalString() throws(TOMLParseError) -> String {
        i += 1
        let start = i
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "'") {
                defer { i += 1 }
                return String(decoding: bytes[start..<i], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                throw error("a literal string must end on the line it starts; use ''' for several lines")
            }
            if isForbiddenControl(byte) { throw error("control character \(describeByte(byte)) is not allowed in a literal string") }
            i += 1
        }
        throw error("unterminated string: expected `'`")
    }

    /// Basic (`"""`) and literal (`'''`) multi-line strings differ only in escapes. CRLF inside
    /// the text becomes LF, so a value reads the same whichever line ending the file uses.
    private mutating func multilineString(quote: UInt8) throws(TOMLParseError) -> String {
        let escapes = quote == UInt8(ascii: "\"")
        i += 3
        _ = try newline()
        var out: [UInt8] = []
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case quote:
                if try closesMultiline(quote: byte, into: &out) { return String(decoding: out, as: UTF8.self) }
            case UInt8(ascii: "\\") where escapes:
                if try lineEndingBackslash() { continue }
                try escape(into: &out)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                _ = try newline()
                out.append(UInt8(ascii: "\n"))
            default:
                if isForbiddenControl(byte) { throw error("control character \(describeByte(byte)) is not allowed in a string") }
                out.append(byte)
                i += 1
            }
        }
        let delimiter = String(repeating: Character(Unicode.Scalar(quote)), count: 3)
        throw error("unterminated multi-line string: expected `\(delimiter)`")
    }

    /// A run of three to five quotes closes the string; up to two of them belong to the content.
    private mutating func closesMultiline(quote: UInt8, into out: inout [UInt8]) throws(TOMLParseError) -> Bool {
        var run = 0
        while i + run < bytes.count, bytes[i + run] == quote { run += 1 }
        if run < 3 {
            out.append(contentsOf: repeatElement(quote, count: run))
            i += run
            return false
        }
        if run > 5 { throw error("too many quotes: at most two may stand before the closing delimiter", at: i + 5) }
        out.append(contentsOf: repeatElement(quote, count: run - 3))
        i += run
        return true
    }

    /// `\` at the end of a line joins it with the next non-blank text.
    private mutating func lineEndingBackslash() throws(TOMLParseError) -> Bool {
        var j = i + 1
        while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: "\n") || bytes[j] == UInt8(ascii: "\r") else { return false }
        i = j
        while i < bytes.count {
            skipSpaces()
            guard try newline() else { break }
        }
        return true
    }

    private mutating func escape(into out: inout [UInt8]) throws(TOMLParseError) {
        let start = i
        i += 1
        guard i < bytes.count else { throw error("unterminated escape sequence") }
        let code = bytes[i]
        i += 1
        switch code {
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let length = code == UInt8(ascii: "u") ? 4 : 8
            var scalarValue: UInt32 = 0
            for _ in 0..<length {
                guard i < bytes.count, let digit = hexDigit(bytes[i]) else {
                    throw error("`\\\(Character(Unicode.Scalar(code)))` needs \(length) hexadecimal digits", at: start)
                }
                scalarValue = scalarValue << 4 | UInt32(digit)
                i += 1
            }
            guard let scalar = Unicode.Scalar(scalarValue) else {
                throw error("escape is not a Unicode scalar value", at: start)
            }
            if let encoded = UTF8.encode(scalar) { out.append(contentsOf: encoded) }
        default:
            throw error("unknown escape sequence \\\(describeByte(code)); use \\\\ for a backslash", at: start)
        }
    }
}

func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
}
