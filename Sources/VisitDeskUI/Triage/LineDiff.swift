/// A line-by-line comparison of two versions of a record file, for the conflict view: what the
/// disk has that mine does not, and the other way round.
public enum LineDiff {
    public enum Side: Sendable, Hashable { case both, diskOnly, mineOnly }

    public struct Line: Sendable, Hashable {
        public var side: Side
        public var text: String
    }

    /// Longest-common-subsequence diff. Record files are short; beyond `limit` lines each side
    /// is shown whole rather than spending quadratic time on a freak file.
    public static func compare(disk: String, mine: String, limit: Int = 600) -> [Line] {
        let a = disk.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = mine.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard a.count <= limit, b.count <= limit else {
            return a.map { Line(side: .diskOnly, text: $0) } + b.map { Line(side: .mineOnly, text: $0) }
        }
        // common[i][j]: length of the LCS of a[i...] and b[j...].
        var common = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                common[i][j] = a[i] == b[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var lines: [Line] = []
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                lines.append(Line(side: .both, text: a[i]))
                i += 1; j += 1
            } else if j < b.count, i == a.count || common[i][j + 1] >= common[i + 1][j] {
                lines.append(Line(side: .mineOnly, text: b[j]))
                j += 1
            } else {
                lines.append(Line(side: .diskOnly, text: a[i]))
                i += 1
            }
        }
        return lines
    }
}
