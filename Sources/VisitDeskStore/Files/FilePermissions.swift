#if canImport(Glibc)
import Glibc
#endif

/// Who may read and write a file the store writes. A write replaces the file by renaming a new
/// one over it, and a new file would otherwise get the writer's defaults (0644, the writer's
/// group): a 0600 contact would become world-readable and a group-shared store would lose group
/// write. So the new file copies the replaced one's mode, group and (as root) owner.
enum FilePermissions {
    /// Applies to the open temporary file `fd` what `path` has now; for a file that does not
    /// exist yet, the folder's group and the mode of a sibling record (the folder's convention).
    static func copy(to fd: Int32, replacing path: String, in folder: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            apply(mode: info.st_mode & 0o7777, owner: info.st_uid, group: info.st_gid, to: fd)
            return
        }
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0 else { return }
        if let mode = siblingMode(in: folder) {
            apply(mode: mode, owner: nil, group: folderInfo.st_gid, to: fd)
        } else {
            _ = fchown(fd, uid_t.max, folderInfo.st_gid)  // uid -1: keep the owner
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
