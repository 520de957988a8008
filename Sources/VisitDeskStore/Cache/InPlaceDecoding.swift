import Dispatch
import VisitDeskDomain

extension StoreCacheFile {
    /// Every block decoded on all cores straight into its place in one array per kind (the
    /// header's counts say where each block's records go), or nil if any block is damaged.
    ///
    /// Why not decode each block into an array of its own and join them: joining copies every
    /// record (each copy retains a dozen strings) and the block arrays are then released, which
    /// at 10,000 delegations and 20,000 contacts was ~27 ms of the first frame and held the
    /// records twice at the start's memory peak.
    func decodeInPlace() -> (delegations: StoreCache.Section<Delegation>, contacts: StoreCache.Section<Contact>)? {
        var totals: [RecordKind: Int] = [.delegation: 0, .contact: 0]
        let offsets = blocks.map { block in
            defer { totals[block.kind, default: 0] += block.count }
            return totals[block.kind, default: 0]
        }
        let (delegationCount, contactCount) = (totals[.delegation] ?? 0, totals[.contact] ?? 0)
        let delegationFiles = Slab<StoreCache.Section<Delegation>.File>(delegationCount)
        let contactFiles = Slab<StoreCache.Section<Contact>.File>(contactCount)
        // The records go straight into the arrays' own storage: moving them there from a slab of
        // their own touched 8 MB of fresh pages (a page fault each 4 KB) on the first frame's path.
        var contacts: [Contact] = []
        var intact = false
        let delegations = [Delegation](unsafeUninitializedCapacity: delegationCount) { delegationBuffer, madeDelegations in
            contacts = [Contact](unsafeUninitializedCapacity: contactCount) { contactBuffer, madeContacts in
                let targets = Targets(delegations: delegationBuffer.baseAddress, contacts: contactBuffer.baseAddress)
                let decoded = ConcurrentJobs.run(blocks.count) { index in
                    let (block, offset) = (blocks[index], offsets[index])
                    guard block.count > 0 else { return true }
                    switch block.kind {
                    case .delegation: return decode(block, into: targets.delegations! + offset, files: delegationFiles.base + offset)
                    case .contact: return decode(block, into: targets.contacts! + offset, files: contactFiles.base + offset)
                    }
                }
                guard decoded.allSatisfy({ $0 }) else {
                    // Let go of what the sound blocks made (the arrays stay empty); the files are plain values.
                    for (index, block) in blocks.enumerated() where decoded[index] && block.count > 0 {
                        switch block.kind {
                        case .delegation: (targets.delegations! + offsets[index]).deinitialize(count: block.count)
                        case .contact: (targets.contacts! + offsets[index]).deinitialize(count: block.count)
                        }
                    }
                    return
                }
                (madeDelegations, madeContacts, intact) = (delegationCount, contactCount, true)
            }
        }
        guard intact else { return nil }
        return (StoreCache.Section(records: delegations, files: delegationFiles.array()),
                StoreCache.Section(records: contacts, files: contactFiles.array()))
    }

    /// Where the decoding jobs write, shared by the jobs on both cores: each writes its own range.
    private struct Targets: @unchecked Sendable {
        let delegations: UnsafeMutablePointer<Delegation>?
        let contacts: UnsafeMutablePointer<Contact>?
    }

    /// One block's records and stamps written from `records` and `files` on; false (with nothing
    /// left initialized) when the block is damaged.
    private func decode<Record: CachedRecord>(
        _ block: Block, into records: UnsafeMutablePointer<Record>, files: UnsafeMutablePointer<StoreCache.Section<Record>.File>
    ) -> Bool {
        withBytes(of: block) { bytes in
            guard BlockChecksum.of(bytes) == block.checksum else { return false }
            var made = 0
            do {
                var reader = try SectionReader(bytes)
                guard try reader.count() == block.count else { return false }
                while made < block.count {
                    let stamp = FileStamp(digest: try reader.uint64(), latest: try reader.int())
                    let version = FileVersion(size: try reader.int(), contentHash: try reader.uint64())
                    (files + made).initialize(to: StoreCache.Section<Record>.File(stamp: stamp, version: version))
                    (records + made).initialize(to: try Record.read(&reader))
                    made += 1
                }
                if reader.isAtEnd { return true }
            } catch {}
            records.deinitialize(count: made)
            return false
        }
    }
}

/// Memory for `capacity` values that jobs on several threads initialize in disjoint ranges;
/// `array()` moves them into an array (a memory copy, no retains). The slab never deinitializes
/// its values: either `array()` has moved them out or the caller has deinitialized them.
private final class Slab<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let capacity: Int

    init(_ capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: max(capacity, 1))
    }

    /// Once every value is initialized.
    func array() -> [Element] {
        guard capacity > 0 else { return [] }
        return Array(unsafeUninitializedCapacity: capacity) { buffer, count in
            buffer.baseAddress!.moveInitialize(from: base, count: capacity)
            count = capacity
        }
    }

    deinit { base.deallocate() }
}
