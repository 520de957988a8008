import VisitDeskDomain

/// A cache file read into memory with its header checked. Its blocks (a few thousand records of
/// one kind each, with their own shared strings) decode independently, so the start-up load can
/// spread them over both cores beside the folder listings.
struct StoreCacheFile: Sendable {
    struct Block: Sendable {
        var kind: RecordKind
        var checksum: UInt64
        /// Records in the block (format 9): where its records go in the array of its kind.
        var count: Int
        var range: Range<Int>
    }

    /// One block's records, or nil for a damaged block.
    enum Decoded: Sendable {
        case delegations(StoreCache.Section<Delegation>?)
        case contacts(StoreCache.Section<Contact>?)
    }

    /// Far above any real cache (50,000 delegations and 100,000 contacts make about 60 MB), and a
    /// bound on what a damaged or hostile cache path can make the start read.
    static let sizeLimit = 256 * 1_048_576

    let writtenAt: Int
    let blocks: [Block]
    private let bytes: MappedFile

    /// nil when the file is missing, from another format or another store, or its header is damaged.
    init?(_ file: String, root: String) {
        guard let bytes = MappedFile(file, limit: StoreCacheFile.sizeLimit) else { return nil }
        let header: (Int, [Block])? = bytes.withUnsafeBytes { buffer in
            guard buffer.starts(with: StoreCache.magic) else { return nil }
            var reader = BinaryReader(buffer, from: StoreCache.magic.count)
            do {
                guard try reader.string() == root else { return nil }
                let writtenAt = try reader.int()
                var blocks: [Block] = []
                for _ in 0..<(try reader.count()) {
                    let number = try reader.int()
                    guard StoreCache.blockKinds.indices.contains(number) else { return nil }
                    let kind = StoreCache.blockKinds[number]
                    let (checksum, count, range) = (try reader.uint64(), try reader.int(), try reader.block())
                    // A record takes at least its two 8-byte stamps: a count beyond that is damage
                    // (and would have the start reserve memory for records that are not there).
                    guard count >= 0, count <= range.count / 16 else { return nil }
                    blocks.append(Block(kind: kind, checksum: checksum, count: count, range: range))
                }
                return reader.isAtEnd ? (writtenAt, blocks) : nil
            } catch {
                return nil
            }
        }
        guard let (writtenAt, blocks) = header else { return nil }
        self.bytes = bytes
        self.writtenAt = writtenAt
        self.blocks = blocks
    }

    /// A block's bytes, for the decoders.
    func withBytes<Result>(of block: Block, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[block.range])) }
    }

    func decode(_ block: Block) -> Decoded {
        switch block.kind {
        case .delegation: return .delegations(decode(block, as: Delegation.self))
        case .contact: return .contacts(decode(block, as: Contact.self))
        }
    }

    private func decode<Record: CachedRecord>(_ block: Block, as: Record.Type) -> StoreCache.Section<Record>? {
        bytes.withUnsafeBytes { buffer in
            let bytes = UnsafeRawBufferPointer(rebasing: buffer[block.range])
            guard BlockChecksum.of(bytes) == block.checksum else { return nil }
            do {
                var reader = try SectionReader(bytes)
                let count = try reader.count()
                guard count == block.count else { return nil }
                var section = StoreCache.Section<Record>()
                section.records.reserveCapacity(count)
                section.files.reserveCapacity(count)
                for _ in 0..<count {
                    let stamp = FileStamp(digest: try reader.uint64(), latest: try reader.int())
                    let version = FileVersion(size: try reader.int(), contentHash: try reader.uint64())
                    section.append(try Record.read(&reader), stamp: stamp, version: version)
                }
                return reader.isAtEnd ? section : nil
            } catch {
                return nil
            }
        }
    }
}

extension [StoreCacheFile.Decoded] {
    /// Every block of each kind in file order (which is id order), or nil if any block is damaged:
    /// one bad block makes the whole cache untrusted.
    var sections: (delegations: [StoreCache.Section<Delegation>], contacts: [StoreCache.Section<Contact>])? {
        var delegations: [StoreCache.Section<Delegation>] = []
        var contacts: [StoreCache.Section<Contact>] = []
        for decoded in self {
            switch decoded {
            case .delegations(let section?): delegations.append(section)
            case .contacts(let section?): contacts.append(section)
            default: return nil
            }
        }
        return (delegations, contacts)
    }
}
