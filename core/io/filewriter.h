#pragma once

#include <QByteArray>
#include <QString>

namespace hd {

// Who may read a written file: everyone the umask allows, or its owner only (databases, backups,
// judge packets, which carry a key).
enum class FileAccess { Default, OwnerOnly };

// Where a write to `path` goes. A link is followed to the file it names; a target that exists and is no
// regular file (/dev/null, /dev/stdout, a pipe) is `special`: written straight into, never replaced,
// since renaming over it would put a plain file in the place of a device. A folder is refused (hd::Error).
struct WriteTarget
{
    QString path;
    bool special = false;
};
WriteTarget resolveWriteTarget(const QString &path);

// Writes `bytes` into an existing special file (see WriteTarget) as it is.
void writeStraightInto(const QString &path, const QByteArray &bytes);

// The one way HackDesk writes a whole file: into a temporary file beside it, flushed to the disk and
// checked, then renamed over the old one (a special file is written straight into). A full disk, a read-only folder or
// a crash leave the old file as it was and no half-written one; the error (hd::Error) names the file and the system's
// reason.
void writeFileAtomically(const QString &path, const QByteArray &bytes, FileAccess access = FileAccess::Default);

} // namespace hd
