/// Where everything goes for a terminal size. Both `render` and `update` ask it, so paging and
/// scrolling in `update` use exactly the rows the screen shows.
public struct ScreenLayout: Sendable {
    public enum Kind: Sendable, Equatable {
        /// Smaller than 40x12: only a message.
        case tooSmall
        /// One pane at a time under a tab bar (80x24 and other mid sizes).
        case tabbed
        /// All four panes at once (120x40 and up).
        case full
    }

    public let kind: Kind
    /// The panes on screen now and their rectangles.
    public let panes: [(pane: PaneID, rect: Rect)]
    public let tabBar: Rect?
    /// The "what needs attention today" line over the status bar, on terminals with room for it.
    public let attention: Rect?
    /// Everything between the tab bar (if any) and the status bar: detail view and overlays use it.
    public let body: Rect
    public let statusBar: Rect

    public init(size: TerminalSize, focus: PaneID) {
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        var (above, status) = screen.splitTop(size.height - 1)
        statusBar = status
        if size.isAtLeast(.minimum), size.height >= AttentionLine.minimumHeight {
            // Just above the status bar: the two bottom rows are the morning's summary, and
            // the panes keep their places from the top.
            let (rest, line) = above.splitTop(above.height - 1)
            attention = line
            above = rest
        } else {
            attention = nil
        }
        if !size.isAtLeast(.minimum) {
            kind = .tooSmall
            panes = []
            tabBar = nil
            body = above
        } else if size.isAtLeast(.full) {
            kind = .full
            tabBar = nil
            body = above
            // Lists on the left where the long titles need room; calendar and contact card right.
            let (left, right) = above.splitLeft(size.width * 3 / 5)
            let (requests, groups) = left.splitTop(left.height / 2)
            let (calendar, contacts) = right.splitTop(CalendarPane.preferredHeight(forTotal: right.height))
            panes = [(.requests, requests), (.groups, groups), (.calendar, calendar), (.contacts, contacts)]
        } else {
            kind = .tabbed
            let (tabs, rest) = above.splitTop(1)
            tabBar = tabs
            body = rest
            panes = [(focus, rest)]
        }
    }

    /// A pane's rectangle when it is on screen; in the tabbed layout every pane would take the
    /// body, so the scrolling of hidden panes is still computed for the rows they will get.
    public func rect(for pane: PaneID) -> Rect {
        if let found = panes.first(where: { $0.pane == pane }) { return found.rect }
        return kind == .tabbed ? body : .zero
    }
}
