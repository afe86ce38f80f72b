#include "clock.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace hd {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

bool SystemClock::wait(qint64 msecs, const CancelToken &cancel, const std::function<void(qint64)> &tick)
{
    const QDeadlineTimer deadline(qMax<qint64>(0, msecs));
    qint64 lastTick = -1;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled() || deadline.hasExpired()) {
            loop.quit();
            return;
        }
        const qint64 left = deadline.remainingTime();
        if (tick && (lastTick < 0 || lastTick - left >= 1000)) {
            lastTick = left;
            tick(left);
        }
    });
    if (tick) {
        lastTick = deadline.remainingTime();
        tick(lastTick);
    }
    if (!deadline.hasExpired() && !cancel.isCancelled()) {
        poll.start();
        loop.exec();
    }
    return !cancel.isCancelled();
}

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC())
{}

QDateTime ManualClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

bool ManualClock::wait(qint64 msecs, const CancelToken &cancel, const std::function<void(qint64)> &tick)
{
    if (cancel.isCancelled())
        return false;
    msecs = qMax<qint64>(0, msecs);
    if (tick)
        tick(msecs);
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addMSecs(msecs);
        m_waited += msecs;
        ++m_waits;
    }
    if (tick)
        tick(0);
    return !cancel.isCancelled();
}

void ManualClock::advance(qint64 msecs)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(msecs);
}

qint64 ManualClock::waitedMsecs() const
{
    QMutexLocker lock(&m_mutex);
    return m_waited;
}

int ManualClock::waits() const
{
    QMutexLocker lock(&m_mutex);
    return m_waits;
}

} // namespace hd
