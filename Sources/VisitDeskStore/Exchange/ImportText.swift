/// Bytes of an imported file as one text, for callers that need it whole: each line read the way
/// `ImportDecoder` reads it (UTF-8 first, else the detected charset). Reading never fails: a line
/// that fits nothing keeps U+FFFD for its bad bytes.
public enum ImportText {
    public static func decode(_ bytes: [UInt8], override: TextCharset? = nil) -> String {
        var text = ""
        DecodedLines.read(ImportStream(ImportInput(bytes: bytes), override: override)) { line in
            text += line.text
            if line.terminated { text += line.terminator }
        }
        return text
    }
}

/// A text file (CSV) read line by line as its chunks arrive, each line decoded on its own: UTF-8
/// if it is, else the charset detected on the file's first megabytes (`ImportDecoder`).
enum DecodedLines {
    struct Line {
        var text: String
        var number: Int
        /// Not valid in the charset that applies: read with U+FFFD in place of the bad bytes.
        var damaged: Bool
        /// Followed by a line end (every line but a last one without it).
        var terminated: Bool
        var terminator: String
    }

    static func read(_ stream: ImportStream, _ body: (Line) -> Void) {
        var detection = CharsetDetection()
        var sampleLines = PhysicalLines(for: stream.sample, dropCR: false)
        sampleLines.feed(stream.sample) { line, _ in detection.see(line) }
        if stream.sampleIsWhole { sampleLines.finish { line, _ in detection.see(line) } }
        stream.decoder.decide(detection)
        let decoder = stream.decoder
        var physical = PhysicalLines(for: stream.sample, dropCR: false)
        let terminator = physical.separator == 0x0A ? "\n" : "\r"
        func decode(_ bytes: ArraySlice<UInt8>, _ number: Int, terminated: Bool) {
            let decoded = decoder.decode(bytes)
            body(Line(text: decoded ?? decoder.lossy(bytes), number: number, damaged: decoded == nil, terminated: terminated, terminator: terminator))
        }
        while let chunk = stream.next() {
            physical.feed(chunk) { decode($0, $1, terminated: true) }
        }
        physical.finish { decode($0, $1, terminated: false) }
    }
}
