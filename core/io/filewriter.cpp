#include "filewriter.h"

#include "model/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)
};

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Writes all of `bytes` to `fd`; 0, or the errno of the write that failed.
int writeAll(int fd, const QByteArray &bytes)
{
    for (qsizetype done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno != EINTR)
            return errno;
        if (n > 0)
            done += n;
    }
    return 0;
}
} // namespace

WriteTarget resolveWriteTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        throw Error(Tr::tr("Cannot write %1: it is a folder.").arg(path));
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode))
        return {path, true};
    // A link is followed, as QSaveFile does: the file it points to is replaced, the link stays.
    if (info.isSymLink() && info.exists())
        return {info.canonicalFilePath(), false};
    return {info.absoluteFilePath(), false};
}

void writeStraightInto(const QString &path, const QByteArray &bytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        throw Error(Tr::tr("Cannot write %1: %2").arg(path, systemReason(errno)));
    int error = writeAll(fd, bytes);
    if (::close(fd) != 0 && !error)
        error = errno;
    if (error)
        throw Error(Tr::tr("Cannot write %1: %2").arg(path, systemReason(error)));
}

void writeFileAtomically(const QString &path, const QByteArray &bytes, FileAccess access)
{
    const WriteTarget where = resolveWriteTarget(path);
    if (where.special) {
        writeStraightInto(path, bytes);
        return;
    }
    const QString &target = where.path;
    const QString part = u"%1.part-%2"_s.arg(target).arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    const QByteArray partName = QFile::encodeName(part);
    const int fd = ::open(partName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          access == FileAccess::OwnerOnly ? 0600 : 0666);
    if (fd < 0)
        throw Error(Tr::tr("Cannot write %1: %2").arg(path, systemReason(errno)));
    int error = writeAll(fd, bytes);
    // The data must be on the disk before the rename makes it the file: a full disk may only say so
    // here.
    if (!error && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && !error)
        error = errno;
    if (!error && std::rename(partName.constData(), QFile::encodeName(target).constData()) != 0)
        error = errno;
    if (error) {
        ::unlink(partName.constData());
        throw Error(Tr::tr("Cannot write %1: %2").arg(path, systemReason(error)));
    }
}

} // namespace hd
