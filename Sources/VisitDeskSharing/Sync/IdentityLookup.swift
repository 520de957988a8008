/// Finds the coordinator's identity without asking: config.toml, then git's settings (in the
/// store's repository when there is one, so a per-repository `user.name` counts).
public enum IdentityLookup {
    public static func find(config: IdentityConfig, store: String?) -> Identity? {
        Identity.resolve(config: config, git: GitRunner(directory: store ?? "/", driverCommand: nil))
    }
}
