/// What `visitdesk --version` prints: the release and the commit it was built from
/// (`buildCommit` comes from the BuildInfo plugin, generated at build time).
enum BuildInfo {
    static let version = "0.3.0"
    static var versionLine: String { "visitdesk \(version) (commit \(buildCommit))" }
}
