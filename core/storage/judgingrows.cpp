#include "judgingrows.h"

#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace hd::judgingrows {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QDateTime dateFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

QString cleanLogin(QStringView login)
{
    QStringView l = login.trimmed();
    if (l.startsWith(u'@'))
        l = l.mid(1);
    return l.toString();
}

QString trackName(const Database &db, qint64 trackId)
{
    const QVariant name = SqlQuery::scalar(db, u"SELECT name FROM track WHERE id = ?"_s, {trackId});
    return name.isValid() ? name.toString() : u"#%1"_s.arg(trackId);
}

QString judgeLogin(const Database &db, qint64 judgeId)
{
    return SqlQuery::scalar(db, u"SELECT login FROM judge WHERE id = ?"_s, {judgeId}).toString();
}

qint64 trackOfSubmission(const Database &db, qint64 submissionId)
{
    return SqlQuery::scalar(db, u"SELECT track_id FROM submission WHERE id = ?"_s, {submissionId}).toLongLong();
}

} // namespace hd::judgingrows
