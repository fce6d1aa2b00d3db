// Files and directories that only this user may touch: the data directory, the
// per-user directories, the keys. Created 0700/0600, opened without following symlinks.
#pragma once

#include <QString>
#include <QStringList>

namespace homevisit {

// Creates `path` and any missing parents with mode 0700. An existing `path` is taken
// away from the group and others only if `tightenExisting` (the directories this app
// owns inside the data directory; never the data directory itself, which an operator
// may have pointed anywhere: `verify` reports it instead). Returns false (errno set) if
// it cannot, or if `path` is a symlink or not a directory.
bool makePrivateDirectory(const QString &path, bool tightenExisting);

// What is wrong with one path that must be private: missing (if required), a symlink,
// owned by another user, or open to the group or others. Empty if nothing.
// `directory`: it must be a directory, else a regular file.
QStringList privacyProblems(const QString &path, bool directory, bool required);

// Overwrites the file's bytes in place with random data, flushes them to the disk, then
// unlinks it and syncs its directory. The file is opened without following a symlink.
// Returns false if the file exists and could not be overwritten.
bool overwriteAndRemove(const QString &path);

// fsync of the directory that holds `path`, so a rename or unlink in it is durable.
void syncDirectoryOf(const QString &path);

} // namespace homevisit
