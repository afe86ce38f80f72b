#include "judgeworkspace.h"

#include "eventsession.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/judgeaccess.h"
#include "storage/scorerepository.h"

using namespace Qt::StringLiterals;

namespace hd {

// ---- The packet ------------------------------------------------------------------------------------------

PacketWorkspace::PacketWorkspace(const QString &path)
    : m_path(path)
{
    m_work = JudgePacket::fromFile(path);
}

QString PacketWorkspace::location() const
{
    return tr("%1 · revision %2").arg(m_path).arg(m_work.revision);
}

void PacketWorkspace::write(qint64 submissionId, const std::optional<ScoreSheet> &,
                            const std::optional<ScoreSheet> &state)
{
    const JudgePacket before = m_work;
    try {
        m_work.restoreSheet(submissionId, state);
        m_work.save(m_path);
    } catch (const Error &) {
        m_work = before;
        throw;
    }
}

qint64 PacketWorkspace::next() const
{
    qint64 fresh = 0;
    for (const JudgePacket::Entry &e : m_work.entries) {
        if (m_work.track(e.trackId)->finalised)
            continue;
        const auto sheet = m_work.sheet(e.id);
        if (sheet && sheet->status == SheetStatus::Draft)
            return e.id; // finish what was started
        if (!sheet && !fresh)
            fresh = e.id;
    }
    return fresh;
}

QString PacketWorkspace::savedWhere() const
{
    return tr("revision %1 of the packet").arg(m_work.revision);
}

// ---- The shared event ------------------------------------------------------------------------------------

SharedWorkspace::SharedWorkspace(std::unique_ptr<Database> db)
{
    m_judgeId = JudgeAccess::connectedJudge(*db);
    if (!m_judgeId)
        throw Error(tr("%1 is not a judge's connection: open it in the staff window.").arg(db->path()));
    m_work = judgeWork(*db, m_judgeId);
    m_session = std::make_unique<EventSession>(std::move(db));
    connect(m_session.get(), &EventSession::changedOutside, this, [this] {
        if (m_session->isReconnecting())
            return;
        try {
            reload();
        } catch (const Error &) {
            return; // gone for a moment: the reconnect reads it again
        }
        emit changedOutside();
    });
    connect(m_session.get(), &EventSession::connectionLost, this,
            [this](const QString &reason) { emit connection(tr("%1 Trying again…").arg(reason)); });
    connect(m_session.get(), &EventSession::reconnected, this, [this] {
        emit connection(tr("Connected again to %1; what is shown was reloaded.").arg(database().path()));
    });
}

SharedWorkspace::~SharedWorkspace() = default;

const Database &SharedWorkspace::database() const
{
    return m_session->database();
}

void SharedWorkspace::reload()
{
    m_work = judgeWork(database(), m_judgeId);
}

QString SharedWorkspace::location() const
{
    return database().path();
}

void SharedWorkspace::write(qint64 submissionId, const std::optional<ScoreSheet> &expected,
                            const std::optional<ScoreSheet> &state)
{
    // The window's sheets are the packet's, without the judge's id.
    auto own = [&](std::optional<ScoreSheet> sheet) {
        if (sheet) {
            sheet->judgeId = m_judgeId;
            sheet->submissionId = submissionId;
        }
        return sheet;
    };
    try {
        ScoreRepository(database())
            .setSheetIfUnchanged(m_judgeId, submissionId, own(expected), own(state), u"@"_s + m_work.judgeLogin);
    } catch (const Error &) {
        try {
            reload();
        } catch (const Error &) {
        }
        throw;
    }
    reload();
}

qint64 SharedWorkspace::next() const
{
    const std::optional<NextSubmission> n = nextSubmission(database(), m_judgeId);
    return n ? n->submissionId : 0;
}

QString SharedWorkspace::savedWhere() const
{
    return tr("on the server");
}

} // namespace hd
