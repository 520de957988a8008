/// Bytes of an imported file as one text, for callers that need it whole: each line read the way
/// `ImportDecoder` reads it (UTF-8 first, else the detected charset). Reading never fails: a line
/// that fits nothing keeps U+FFFD for its bad bytes.
public enum ImportText {
    public static func decode(_ bytes: [UInt8], override: TextCharset? = nil) -> String {
        DecodedLines(decoder: ImportDecoder(bytes: bytes, override: override)).text
    }
}

/// A file read line by line, with the lines whose bytes did not fit the charset that applies.
struct DecodedLines {
    var text = ""
    /// 1-based line numbers that were read with U+FFFD in place of bad bytes.
    var damaged: [Int] = []
    /// The decoder after it saw the lines (`ImportDecoder.detect`).
    var decoder: ImportDecoder

    init(decoder: ImportDecoder) {
        let bytes = decoder.bytes
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        var decoder = decoder
        decoder.detect(units: lines)
        self.decoder = decoder
        text.reserveCapacity(bytes.count + bytes.count / 4)
        var lineNumber = 0
        for line in lines {
            lineNumber += 1
            if lineNumber > 1 { text.append("\n") }
            if let decoded = decoder.decode(line) {
                text += decoded
            } else {
                text += decoder.lossy(line)
                damaged.append(lineNumber)
            }
        }
    }
}
