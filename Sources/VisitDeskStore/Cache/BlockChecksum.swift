/// A checksum of one cache block, so a cache damaged on disk (a bit flipped, a block overwritten
/// with bytes of the right shape) is noticed and ignored instead of showing wrong records. Eight
/// bytes at a time: FNV-1a byte by byte would cost several milliseconds over a 4 MB cache at
/// every start. It guards against accidents, not against anyone forging a cache.
enum BlockChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = mix(hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << UInt64((index - offset) * 8) }
        return mix(hash ^ tail)
    }

    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    /// Multiply, then fold the high bits down, so every input bit reaches every output bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* 0x9E37_79B9_7F4A_7C15
        return product ^ (product >> 29)
    }
}
