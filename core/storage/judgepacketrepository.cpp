#include "judgepacketrepository.h"

#include "database.h"
#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace hd {

std::optional<JudgePacketState> JudgePacketRepository::state(qint64 judgeId) const
{
    SqlQuery q(m_db, u"SELECT export_id, secret, base_revision, exported_at, imported_revision, imported_digest, "
                     u"imported_at FROM judge_packet WHERE judge_id = ?"_s);
    q.bind(judgeId).exec();
    if (!q.next())
        return std::nullopt;
    return JudgePacketState{q.value(0).toString(),
                            QByteArray::fromHex(q.value(1).toString().toLatin1()),
                            q.value(2).toLongLong(),
                            QDateTime::fromString(q.value(3).toString(), Qt::ISODate),
                            q.value(4).toLongLong(),
                            q.value(5).toString().toLatin1(),
                            q.value(6).isNull() ? QDateTime()
                                                : QDateTime::fromString(q.value(6).toString(), Qt::ISODate)};
}

void JudgePacketRepository::recordExport(qint64 judgeId, const QString &exportId, const QByteArray &secret,
                                         qint64 revision, const QDateTime &exportedAt)
{
    SqlQuery(m_db, u"INSERT INTO judge_packet (judge_id, export_id, secret, base_revision, exported_at, "
                   u"imported_revision, imported_digest, imported_at) VALUES (?, ?, ?, ?, ?, 0, '', NULL) "
                   u"ON CONFLICT (judge_id) DO UPDATE SET export_id = excluded.export_id, secret = excluded.secret, "
                   u"base_revision = excluded.base_revision, exported_at = excluded.exported_at, "
                   u"imported_revision = 0, imported_digest = '', imported_at = NULL"_s)
        .bind(judgeId, exportId, QString::fromLatin1(secret.toHex()), revision,
              exportedAt.isValid() ? exportedAt.toUTC().toString(Qt::ISODate) : QString())
        .exec();
}

void JudgePacketRepository::recordImport(qint64 judgeId, qint64 revision, const QByteArray &digest)
{
    SqlQuery(m_db, u"UPDATE judge_packet SET imported_revision = ?, imported_digest = ?, imported_at = ? "
                   u"WHERE judge_id = ?"_s)
        .bind(revision, QString::fromLatin1(digest), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), judgeId)
        .exec();
}

} // namespace hd
