#if canImport(Glibc)
import Glibc
#endif

/// Who may read and write a file the store writes. A write replaces the file by renaming a new
/// one over it, and a new file would otherwise get the writer's defaults (0644, the writer's
/// group): a 0600 contact would become world-readable and a group-shared store would lose group
/// write. So the new file copies the replaced one's mode, group and (as root) owner.
enum FilePermissions {
    /// Applies to the open temporary file `fd` what `path` has now; for a file that does not
    /// exist yet, the folder's convention (`newFile`, worked out here when the caller has none).
    static func copy(to fd: Int32, replacing path: String, in folder: String, newFile: FolderConvention? = nil) {
        var info = stat()
        if stat(path, &info) == 0 {
            apply(mode: info.st_mode & 0o7777, owner: info.st_uid, group: info.st_gid, to: fd)
            return
        }
        guard let convention = newFile ?? FolderConvention(of: folder) else { return }
        if let mode = convention.mode {
            apply(mode: mode, owner: nil, group: convention.group, to: fd)
        } else {
            _ = fchown(fd, uid_t.max, convention.group)  // uid -1: keep the owner
        }
    }

    /// What a new file in a folder takes: the folder's group and the mode of a sibling record.
    /// Finding a sibling reads the folder, which in a folder of 20,000 contacts costs far more than
    /// writing the file, so a batch of writes (an import) works it out once per folder.
    struct FolderConvention: Sendable {
        let group: gid_t
        let mode: mode_t?

        /// Nil when the folder cannot be read.
        init?(of folder: String) {
            var folderInfo = stat()
            guard stat(folder, &folderInfo) == 0 else { return nil }
            group = folderInfo.st_gid
            mode = FilePermissions.siblingMode(in: folder)
        }
    }

    private static func apply(mode: mode_t, owner: uid_t?, group: gid_t, to fd: Int32) {
        // Only root may give a file away; anyone may set a group they belong to.
        let newOwner = (geteuid() == 0 ? owner : nil) ?? uid_t.max
        _ = fchown(fd, newOwner, group)
        _ = fchmod(fd, mode)
    }

    /// The mode of the first `*.toml` file in `folder`, if any.
    private static func siblingMode(in folder: String) -> mode_t? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name.hasSuffix(".toml"), !name.hasPrefix(".") else { continue }
            var info = stat()
            if stat(folder + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { return info.st_mode & 0o7777 }
        }
        return nil
    }
}
