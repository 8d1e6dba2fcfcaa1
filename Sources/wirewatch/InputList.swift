import ArgumentParser
import Foundation
import Glibc
import WireWatchPlatform

/// The inputs of `wirewatch process`: files as given, and the entries of folders in name order (not recursive),
/// without ignored names; each path once.
enum InputList {
    /// - Throws: `CommandFailure` when a path does not exist or a folder cannot be listed.
    static func files(in paths: [String], ignoring patterns: [String]) throws -> [String] {
        let rules = IgnoreRules(patterns: patterns)
        var result: [String] = []
        var seen = Set<String>()
        for path in paths {
            var status = stat()
            guard lstat(path, &status) == 0 else { throw CommandFailure("No such file or folder: \(path)") }
            var isFolder = status.st_mode & S_IFMT == S_IFDIR
            if status.st_mode & S_IFMT == S_IFLNK, stat(path, &status) == 0 {
                isFolder = status.st_mode & S_IFMT == S_IFDIR
            }
            guard isFolder else {
                if seen.insert(path).inserted { result.append(path) }
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw CommandFailure("Cannot list the folder \(path): \(error.localizedDescription)")
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            where !rules.ignores(name) {
                let full = base + "/" + name
                if seen.insert(full).inserted { result.append(full) }
            }
        }
        return result
    }
}
