/// Key → new position, for everything that moves through rows: lists, the detail view, the
/// problems list. nil means the key is not a movement key.
enum Movement {
    static func target(for key: Key, current: Int, count: Int, page: Int) -> Int? {
        guard count > 0 else { return isMovement(key) ? 0 : nil }
        let page = max(1, page)
        let target: Int
        switch key {
        case .up, .character("k"): target = current - 1
        case .down, .character("j"): target = current + 1
        case .pageUp: target = current - page
        case .pageDown: target = current + page
        case .home, .character("g"): target = 0
        case .end, .character("G"): target = count - 1
        default: return nil
        }
        return min(max(0, target), count - 1)
    }

    static func isMovement(_ key: Key) -> Bool {
        switch key {
        case .up, .down, .pageUp, .pageDown, .home, .end, .character("k"), .character("j"), .character("g"), .character("G"):
            return true
        default:
            return false
        }
    }
}
