/// What the program last read from (or wrote to) a file, so a later write can tell whether
/// someone else changed the file in between (compare-and-swap) and a watcher event caused by
/// our own write can be recognised and skipped.
public struct FileVersion: Hashable, Sendable {
    public var size: Int
    /// FNV-1a over the bytes: content identity, independent of timestamps that sync tools rewrite.
    public var contentHash: UInt64

    init(size: Int, contentHash: UInt64) {
        self.size = size
        self.contentHash = contentHash
    }

    public init(bytes: some Collection<UInt8>) {
        size = bytes.count
        contentHash = FileVersion.fnv1a(bytes)
    }

    static func fnv1a(_ bytes: some Collection<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
