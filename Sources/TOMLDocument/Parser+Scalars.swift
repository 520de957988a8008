/// Numbers and dates share their first characters, so they are read as one token and then
/// classified; the token ends at the first byte that cannot belong to either.
extension Parser {
    mutating func numberOrDate() throws(TOMLParseError) -> TOMLValue {
        let start = i
        while i < bytes.count, isScalarTokenByte(bytes[i]) { i += 1 }
        // A date may be followed by a space and a time: `1979-05-27 07:32:00`.
        if i - start == 10, bytes[start + 4] == UInt8(ascii: "-"),
            i + 1 < bytes.count, bytes[i] == 0x20, isDigit(bytes[i + 1]) {
            i += 1
            while i < bytes.count, isScalarTokenByte(bytes[i]) { i += 1 }
        }
        let token = UnsafeBufferPointer(rebasing: bytes[start..<i])
        if token.count >= 5, isDigit(token[0]), token[4] == UInt8(ascii: "-") || token[2] == UInt8(ascii: ":") {
            guard let value = DateTimeScanner.scan(token) else {
                throw error("`\(text(token))` is not a valid date or time", at: start)
            }
            return value
        }
        guard let number = NumberScanner.scan(token) else {
            if let first = token.first, isLetter(first) { throw unquotedText(from: start) }
            throw error("`\(text(token))` is not a valid number", at: start)
        }
        return number
    }

    /// People write `status = new`; say what to do about it rather than "invalid number".
    func unquotedText(from start: Int) -> TOMLParseError {
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r"),
            bytes[end] != UInt8(ascii: "#"), bytes[end] != UInt8(ascii: ","), bytes[end] != UInt8(ascii: "]"),
            bytes[end] != UInt8(ascii: "}") { end += 1 }
        var word = String(decoding: bytes[start..<end], as: UTF8.self)
        while word.last == " " || word.last == "\t" { word.removeLast() }
        return error("text must be in quotes: write \"\(word)\" instead of \(word)", at: start)
    }

    private func text(_ token: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: token, as: UTF8.self)
    }
}

func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

private func isScalarTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), UInt8(ascii: "+"),
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"):
        true
    default: false
    }
}

/// Integers (decimal, hex, octal, binary) and floats, with TOML's underscore and
/// leading-zero rules.
enum NumberScanner {
    static func scan(_ token: UnsafeBufferPointer<UInt8>) -> TOMLValue? {
        var k = 0
        var negative = false
        if let first = token.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            k = 1
        }
        let rest = UnsafeBufferPointer(rebasing: token[k...])
        if equals(rest, "inf") { return .float(negative ? -.infinity : .infinity) }
        if equals(rest, "nan") { return .float(negative ? -Double.nan : .nan) }
        if rest.count > 2, rest[0] == UInt8(ascii: "0") {
            let radix: Int64? = switch rest[1] {
            case UInt8(ascii: "x"): 16
            case UInt8(ascii: "o"): 8
            case UInt8(ascii: "b"): 2
            default: nil
            }
            if let radix {
                guard k == 0 else { return nil }
                return integer(UnsafeBufferPointer(rebasing: rest[2...]), radix: radix, negative: false).map(TOMLValue.integer)
            }
        }
        if rest.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            return float(token, digitsFrom: k)
        }
        guard !rest.isEmpty, rest[0] != UInt8(ascii: "0") || rest.count == 1 else { return nil }
        return integer(rest, radix: 10, negative: negative).map(TOMLValue.integer)
    }

    private static func equals(_ token: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        token.count == word.utf8CodeUnitCount && token.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// Accumulates towards the sign so that Int64.min parses without overflow.
    private static func integer(_ digits: UnsafeBufferPointer<UInt8>, radix: Int64, negative: Bool) -> Int64? {
        guard validUnderscores(digits) else { return nil }
        var value: Int64 = 0
        for byte in digits where byte != UInt8(ascii: "_") {
            guard let digit = hexDigit(byte), Int64(digit) < radix else { return nil }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (next, overflow2) = negative
                ? shifted.subtractingReportingOverflow(Int64(digit))
                : shifted.addingReportingOverflow(Int64(digit))
            if overflow1 || overflow2 { return nil }
            value = next
        }
        return value
    }

    /// Underscores must sit between two digits, and there must be at least one digit.
    private static func validUnderscores(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = digits.first, let last = digits.last,
            first != UInt8(ascii: "_"), last != UInt8(ascii: "_") else { return false }
        var previousUnderscore = false
        for byte in digits {
            let underscore = byte == UInt8(ascii: "_")
            if underscore && previousUnderscore { return false }
            previousUnderscore = underscore
        }
        return true
    }

    private static func float(_ token: UnsafeBufferPointer<UInt8>, digitsFrom k: Int) -> TOMLValue? {
        // Split into integer part, fraction and exponent, and check each against the grammar.
        var end = k
        while end < token.count, isDigit(token[end]) || token[end] == UInt8(ascii: "_") { end += 1 }
        let integerPart = UnsafeBufferPointer(rebasing: token[k..<end])
        guard validUnderscores(integerPart), isDecimal(integerPart),
            integerPart[0] != UInt8(ascii: "0") || integerPart.count == 1 else { return nil }
        var cursor = end
        if cursor < token.count, token[cursor] == UInt8(ascii: ".") {
            cursor += 1
            let fractionStart = cursor
            while cursor < token.count, isDigit(token[cursor]) || token[cursor] == UInt8(ascii: "_") { cursor += 1 }
            let fraction = UnsafeBufferPointer(rebasing: token[fractionStart..<cursor])
            guard validUnderscores(fraction), isDecimal(fraction) else { return nil }
        }
        if cursor < token.count, token[cursor] == UInt8(ascii: "e") || token[cursor] == UInt8(ascii: "E") {
            cursor += 1
            if cursor < token.count, token[cursor] == UInt8(ascii: "+") || token[cursor] == UInt8(ascii: "-") { cursor += 1 }
            let exponent = UnsafeBufferPointer(rebasing: token[cursor...])
            guard validUnderscores(exponent), isDecimal(exponent) else { return nil }
            cursor = token.count
        }
        guard cursor == token.count else { return nil }
        var cleaned = ""
        cleaned.reserveCapacity(token.count)
        for byte in token where byte != UInt8(ascii: "_") { cleaned.unicodeScalars.append(Unicode.Scalar(byte)) }
        return Double(cleaned).map(TOMLValue.float)
    }

    private static func isDecimal(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
        digits.allSatisfy { isDigit($0) || $0 == UInt8(ascii: "_") }
    }
}

/// RFC 3339 dates and times as TOML restricts them: seconds are required, the date-time
/// separator is `T`, `t` or a space.
enum DateTimeScanner {
    static func scan(_ token: UnsafeBufferPointer<UInt8>) -> TOMLValue? {
        var k = 0
        if token.count >= 3, token[2] == UInt8(ascii: ":") {
            guard let time = self.time(token, &k), k == token.count else { return nil }
            return .localTime(time)
        }
        guard let date = self.date(token, &k) else { return nil }
        if k == token.count { return .localDate(date) }
        guard [UInt8(ascii: "T"), UInt8(ascii: "t"), 0x20].contains(token[k]) else { return nil }
        k += 1
        guard let time = self.time(token, &k) else { return nil }
        if k == token.count { return .localDateTime(TOMLLocalDateTime(date: date, time: time)) }
        guard let offset = self.offset(token, &k), k == token.count else { return nil }
        return .offsetDateTime(TOMLOffsetDateTime(date: date, time: time, offsetMinutes: offset))
    }

    private static func digits(_ token: UnsafeBufferPointer<UInt8>, _ k: inout Int, _ count: Int) -> Int? {
        guard k + count <= token.count else { return nil }
        var value = 0
        for j in k..<(k + count) {
            guard isDigit(token[j]) else { return nil }
            value = value * 10 + Int(token[j] - UInt8(ascii: "0"))
        }
        k += count
        return value
    }

    private static func expect(_ token: UnsafeBufferPointer<UInt8>, _ k: inout Int, _ byte: UInt8) -> Bool {
        guard k < token.count, token[k] == byte else { return false }
        k += 1
        return true
    }

    private static func date(_ token: UnsafeBufferPointer<UInt8>, _ k: inout Int) -> TOMLLocalDate? {
        guard let year = digits(token, &k, 4), expect(token, &k, UInt8(ascii: "-")),
            let month = digits(token, &k, 2), expect(token, &k, UInt8(ascii: "-")),
            let day = digits(token, &k, 2) else { return nil }
        let date = TOMLLocalDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }

    private static func time(_ token: UnsafeBufferPointer<UInt8>, _ k: inout Int) -> TOMLLocalTime? {
        guard let hour = digits(token, &k, 2), expect(token, &k, UInt8(ascii: ":")),
            let minute = digits(token, &k, 2), expect(token, &k, UInt8(ascii: ":")),
            let second = digits(token, &k, 2) else { return nil }
        var nanosecond = 0
        if k < token.count, token[k] == UInt8(ascii: ".") {
            k += 1
            var count = 0
            while k < token.count, isDigit(token[k]) {
                if count < 9 { nanosecond = nanosecond * 10 + Int(token[k] - UInt8(ascii: "0")) }
                count += 1
                k += 1
            }
            guard count > 0 else { return nil }
            for _ in count..<max(count, 9) { nanosecond *= 10 }
        }
        let time = TOMLLocalTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
        return time.isValid ? time : nil
    }

    private static func offset(_ token: UnsafeBufferPointer<UInt8>, _ k: inout Int) -> Int? {
        let sign = token[k]
        k += 1
        if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") { return 0 }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
            let hours = digits(token, &k, 2), expect(token, &k, UInt8(ascii: ":")),
            let minutes = digits(token, &k, 2), hours < 24, minutes < 60 else { return nil }
        let total = hours * 60 + minutes
        return sign == UInt8(ascii: "-") ? -total : total
    }
}
