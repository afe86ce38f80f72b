#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace hd {

class Database;

// Where a judge's offline packet stands (judge_packet): the last export and the last import of it.
struct JudgePacketState
{
    QString exportId;
    QByteArray secret; // the key the packet is signed with
    qint64 baseRevision = 0;
    QDateTime exportedAt;
    qint64 importedRevision = 0;
    QByteArray importedDigest;
    QDateTime importedAt; // invalid when never imported
};

// The packet state of each judge (see judging/judgepacket.h).
class JudgePacketRepository
{
public:
    explicit JudgePacketRepository(const Database &db)
        : m_db(db)
    {}

    std::optional<JudgePacketState> state(qint64 judgeId) const;
    // A new export replaces the last one; nothing of it is imported yet.
    void recordExport(qint64 judgeId, const QString &exportId, const QByteArray &secret, qint64 revision,
                      const QDateTime &exportedAt);
    // The revision (with its digest) imported back, now.
    void recordImport(qint64 judgeId, qint64 revision, const QByteArray &digest);

private:
    const Database &m_db;
};

} // namespace hd
