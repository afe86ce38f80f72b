#pragma once

#include <QByteArray>
#include <QString>

namespace hd {

// Who may read a written file: everyone the umask allows, or its owner only (databases, backups,
// judge packets, which carry a key).
enum class FileAccess { Default, OwnerOnly };

// The one way HackDesk writes a whole file: into a temporary file beside it, flushed to the disk and
// checked, then renamed over the old one. A full disk, a read-only folder or a crash leave the old
// file as it was and no half-written one; the error (hd::Error) names the file and the system's reason.
void writeFileAtomically(const QString &path, const QByteArray &bytes, FileAccess access = FileAccess::Default);

} // namespace hd
