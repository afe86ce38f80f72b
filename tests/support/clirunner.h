#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace hd::test {

// What one run of the hackdesk binary printed and returned.
struct CliRun
{
    int code = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
};

// Runs the real hackdesk binary the way a script or cron job does: no display, no input, C locale.
inline CliRun runHackdesk(const QStringList &args, const QProcessEnvironment &extra = {})
{
    using namespace Qt::StringLiterals;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(extra);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HACKDESK_BINARY), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace hd::test
