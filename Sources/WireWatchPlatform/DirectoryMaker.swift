import Glibc

/// Creates folders like `mkdir -p`, with a given mode for the folders it creates.
public enum DirectoryMaker {
    /// Creates `path` and its missing parents (mode `mode`, default `0o750`); an existing folder is fine.
    public static func create(_ path: String, mode: mode_t = 0o750) throws(PlatformError) {
        guard !path.isEmpty else { return }
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else { throw .syscall("mkdir", path: path, errno: ENOTDIR) }
            return
        }
        let parent = AtomicFile.parentDirectory(of: path)
        if parent != path, parent != ".", parent != "/" { try create(parent, mode: mode) }
        if mkdir(path, mode) != 0, errno != EEXIST { throw .syscall("mkdir", path: path, errno: errno) }
    }
}
