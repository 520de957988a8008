/// glibc's allocator, set for a dashboard that stays open for days and rebuilds large arrays
/// with every change on disk.
enum MallocTuning {
    /// Two settings, made before the store is read:
    ///
    /// - **Two arenas.** glibc gives each thread that allocates its own malloc arena (up to 8 per
    ///   core). The dashboard's background work — search keys, the calendar feed — allocates in
    ///   such arenas, and memory freed there stays with the arena: at 10,000 delegations, ten
    ///   reloads left the dashboard at 112 MB resident. Two arenas (one for the main thread, one
    ///   shared by the workers) keep the load's parallel decoding uncontended and let freed memory
    ///   be reused: 77–80 MB after start instead of 84 MB.
    /// - **Blocks of 1 MB and more always mapped.** glibc raises its mapping threshold each time
    ///   a mapped block is freed (up to 32 MB), so after the first reload the next catalog's
    ///   arrays and filter text come from the heap instead, and a burst of changes leaves them
    ///   there, fragmented, until the session trims. A fixed threshold maps them and unmaps them
    ///   when freed. RSS high-water mark at 50,000 + 100,000 over a warm start and ten outside
    ///   changes: 279–300 MB → 255–264 MB; at 10,000 + 20,000, 70–73 → 69–70 MB.
    static func configure() {
        _ = setMallocOption(mallocArenaMax, 2)
        _ = setMallocOption(mallocMmapThreshold, 1 << 20)
    }

    /// `M_ARENA_MAX` and `M_MMAP_THRESHOLD` from <malloc.h>.
    private static let mallocArenaMax: Int32 = -8
    private static let mallocMmapThreshold: Int32 = -3
}

/// glibc's `mallopt`, which Swift's Glibc module does not export.
@_silgen_name("mallopt")
private func setMallocOption(_ option: Int32, _ value: Int32) -> Int32
