/// glibc gives each thread that allocates its own malloc arena (up to 8 per core). The dashboard's
/// background work — search keys, the calendar feed — allocates in such arenas, and memory freed
/// there stays with the arena: at 10,000 delegations, ten reloads left the dashboard at 112 MB
/// resident. Two arenas (one for the main thread, one shared by the workers) keep the load's
/// parallel decoding uncontended and let freed memory be reused: 77–80 MB after start instead of
/// 84 MB, measured in tmux on the synthetic 10,000-record store.
enum MallocTuning {
    static func limitArenas() {
        _ = setMallocOption(mallocArenaMax, 2)
    }

    /// `M_ARENA_MAX` from <malloc.h>.
    private static let mallocArenaMax: Int32 = -8
}

/// glibc's `mallopt`, which Swift's Glibc module does not export.
@_silgen_name("mallopt")
private func setMallocOption(_ option: Int32, _ value: Int32) -> Int32
