#include "judginglog.h"

#include "storage/judgingrows.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace hd {

using judgingrows::dateFrom;
using judgingrows::now;

QString currentActor()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(name).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return u"staff"_s;
}

QList<JudgingLogEntry> JudgingLogRepository::log(qint64 trackId, int limit) const
{
    SqlQuery q(m_db, u"SELECT id, at, actor, action, track_id, judge, submission_id, criterion, old_value, "
                     u"new_value, note FROM judging_log WHERE ? = 0 OR track_id = ? ORDER BY id DESC LIMIT ?"_s);
    q.bind(trackId, trackId, limit).exec();
    QList<JudgingLogEntry> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), dateFrom(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toString(),
                    q.value(8).toString(), q.value(9).toString(), q.value(10).toString()});
    return out;
}

void JudgingLogRepository::addLog(const JudgingLogEntry &e)
{
    SqlQuery(m_db, u"INSERT INTO judging_log (at, actor, action, track_id, judge, submission_id, criterion, "
                   u"old_value, new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(e.at.isValid() ? e.at.toUTC().toString(Qt::ISODate) : now(), e.actor, e.action)
        .bindValue(nullIfZero(e.trackId))
        .bind(e.judge)
        .bindValue(nullIfZero(e.submissionId))
        .bind(e.criterion, e.oldValue, e.newValue, e.note)
        .exec();
}

} // namespace hd
