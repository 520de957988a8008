/// A horizontal bar in block characters, exactly `width` cells wide: full blocks, one partial
/// block in eighths, then spaces. Shared by the dashboard's report view and `visitdesk report`'s
/// text output, so both draw the same bar for the same number.
public enum BarText {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// `value` out of `maximum` as a bar of `width` cells. Any non-zero value shows at least a
    /// sliver, so a one among hundreds is not drawn as nothing.
    public static func bar(_ value: Int, of maximum: Int, width: Int) -> String {
        guard width > 0 else { return "" }
        guard maximum > 0, value > 0 else { return String(repeating: " ", count: width) }
        let eighthsTotal = max(1, min(width * 8, (value * width * 8 + maximum / 2) / maximum))
        let full = eighthsTotal / 8
        let rest = eighthsTotal % 8
        var text = String(repeating: "█", count: full)
        if rest > 0 { text.append(eighths[rest - 1]) }
        return text + String(repeating: " ", count: width - full - (rest > 0 ? 1 : 0))
    }
}
