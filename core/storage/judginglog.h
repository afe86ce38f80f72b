#pragma once

#include "judging/judgingmodel.h"

#include <QList>
#include <QString>

namespace hd {

class Database;

// Who is making a change, for the judging log: the operating system's user name ("staff" when unknown).
QString currentActor();

// The judging log: every change of a score sheet, an assignment, the lock, a rubric, a judge or a
// submission, with who, when, old and new value. The judging repositories write it as they change things.
class JudgingLogRepository
{
public:
    explicit JudgingLogRepository(const Database &db)
        : m_db(db)
    {}

    // Newest first; only the track's when trackId is set.
    QList<JudgingLogEntry> log(qint64 trackId = 0, int limit = 1000) const;
    void addLog(const JudgingLogEntry &entry);

private:
    const Database &m_db;
};

} // namespace hd
