import Glibc

/// Text in another character set to Swift strings, through the C library's converters (glibc's
/// iconv, whose GB18030, Big5 and Shift_JIS tables are the system's own, kept by its maintainers).
/// Strict: a byte sequence the charset does not define makes the whole conversion fail, so the
/// caller can say which property or line was damaged instead of inventing characters.
enum Iconv {
    static func decode(_ bytes: some Collection<UInt8>, from charset: TextCharset) -> String? {
        if charset == .utf8 { return String(validating: Array(bytes), as: UTF8.self) }
        if bytes.isEmpty { return "" }
        let converter = iconv_open("UTF-8", charset.iconvName)
        guard Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        // UTF-8 needs at most 4 bytes per input byte for every charset here (UTF-16: 3 per 2).
        var output = [UInt8](repeating: 0, count: input.count * 4 + 4)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1 && inLeft == 0 else { return nil }
                // Flush any shift state (none of these charsets has one, but the call is cheap).
                _ = iconv(converter, nil, nil, &outPointer, &outLeft)
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(validating: output[..<produced], as: UTF8.self)
    }
}
