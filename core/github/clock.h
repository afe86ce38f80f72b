#pragma once

#include <QDateTime>
#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

namespace hd {

// Asks a running sync to stop. Copies share one flag; safe to set from any thread.
class CancelToken
{
public:
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag = std::make_shared<std::atomic<bool>>(false);
};

// The time and the waiting of the sync: the system's in use, a manual one in tests so that waits for
// rate limits and backoff take no real time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    // Waits msecs, calling tick with the milliseconds left about once a second (first at the start).
    // Returns false, early, when cancel is set.
    virtual bool wait(qint64 msecs, const CancelToken &cancel, const std::function<void(qint64)> &tick = {}) = 0;
};

// The real time; waits run a local event loop of the calling thread.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    bool wait(qint64 msecs, const CancelToken &cancel, const std::function<void(qint64)> &tick = {}) override;
};

// A clock that stands still until waited on or moved: a wait moves it on at once. Thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start);
    QDateTime now() const override;
    bool wait(qint64 msecs, const CancelToken &cancel, const std::function<void(qint64)> &tick = {}) override;

    void advance(qint64 msecs);
    qint64 waitedMsecs() const; // all waits together
    int waits() const;

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
    qint64 m_waited = 0;
    int m_waits = 0;
};

} // namespace hd
