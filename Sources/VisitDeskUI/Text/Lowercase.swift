/// Lowercasing one scalar at a time, for the indexes built from every record of the store.
/// `String.lowercased()` allocates for every scalar outside ASCII; this answers ASCII, Latin-1
/// and caseless scripts (CJK) directly and asks the Unicode tables only for the rest.
enum Lowercase {
    static func forEachScalar(of text: String, _ body: (Unicode.Scalar) -> Void) {
        for scalar in text.unicodeScalars {
            if let lower = simple(scalar) {
                body(lower)
            } else {
                scalar.properties.lowercaseMapping.unicodeScalars.forEach(body)
            }
        }
    }

    private static func simple(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return Unicode.Scalar(v + 0x20) }
        if v >= 0x2E80 || !scalar.properties.changesWhenLowercased { return scalar }
        return nil
    }
}
