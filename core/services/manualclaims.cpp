#include "manualclaims.h"

#include "model/error.h"
#include "model/participant.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/taskrepository.h"

using namespace Qt::StringLiterals;

namespace hd {

namespace {

const QStringList cliWords = {u"claimed"_s, u"submitted"_s, u"merged"_s, u"completed"_s};
const QList<ClaimStatus> cliStatuses = {ClaimStatus::Registered, ClaimStatus::PrSubmitted, ClaimStatus::PartlyDone,
                                        ClaimStatus::Completed};
const QStringList csvKeys = {u"registered"_s, u"rfc"_s, u"design"_s, u"pr"_s, u"partial"_s, u"completed"_s};

QString bareLogin(const QString &login)
{
    const QString t = login.trimmed();
    return t.startsWith(u'@') ? t.mid(1) : t;
}

} // namespace

std::optional<ClaimStatus> claimStatusFromWord(QStringView word)
{
    const QString w = word.trimmed().toString().toLower();
    if (const qsizetype i = cliWords.indexOf(w); i >= 0)
        return cliStatuses[i];
    if (const qsizetype i = csvKeys.indexOf(w); i >= 0)
        return static_cast<ClaimStatus>(i);
    return claimStatusFromBadge(word);
}

QStringList claimStatusWords()
{
    return cliWords;
}

Task ManualClaims::requireTask(const QString &track, int number) const
{
    const Track t = EventRepository(m_db).resolveTrack(track);
    const auto task = TaskRepository(m_db).byNumber(t.id, number);
    if (!task)
        throw Error(tr("Track \"%1\" has no task No.%2.").arg(t.name).arg(number));
    return *task;
}

bool ManualClaims::complete(qint64 taskId, qint64 participantId)
{
    TaskRepository tasks(m_db);
    auto task = tasks.get(taskId);
    if (!task || task->finisherId || !participantId)
        return false;
    // Finishers are the tasks track's: articles, camp and fundable projects pay by their own rules.
    if (const auto track = EventRepository(m_db).track(task->trackId); !track || track->kind != TrackKind::Tasks)
        return false;
    task->finisherId = participantId;
    task->locked = true;
    tasks.update(*task);
    return true;
}

void ManualClaims::releaseFinisher(qint64 taskId, qint64 participantId, ClaimEditResult *result)
{
    TaskRepository tasks(m_db);
    auto task = tasks.get(taskId);
    if (!task || !participantId || task->finisherId != participantId)
        return;
    task->finisherId = 0;
    task->locked = false;
    tasks.update(*task);
    if (result)
        result->finisherCleared.append(taskId);
}

ClaimEditResult ManualClaims::save(const ClaimEdit &edit)
{
    const QString login = bareLogin(edit.login);
    if (!isValidLogin(login))
        throw Error(tr("\"%1\" is not a GitHub login.").arg(edit.login.trimmed()));
    TaskRepository tasks(m_db);
    const auto task = tasks.get(edit.taskId);
    if (!task)
        throw Error(tr("That task no longer exists."));
    if (task->removed)
        throw Error(tr("Task No.%1 was removed from the event: restore it before claiming it.").arg(task->number));

    Transaction tx(m_db);
    ClaimRepository claims(m_db);
    ParticipantRepository people(m_db);
    ClaimEditResult result;
    std::optional<Claim> edited;
    if (edit.claimId) {
        edited = claims.get(edit.claimId);
        if (!edited)
            throw Error(tr("That claim no longer exists."));
        if (!edited->participantId)
            throw Error(tr("A team's claim is edited on the Fundable Projects page."));
    }
    if (const auto p = people.byLogin(login)) {
        result.participantId = p->id;
    } else {
        result.participantId = people.ensure(login);
        result.participantAdded = true;
    }

    // The claim moves to another task or claimant: the old one goes, with the finisher it made.
    if (edited && (edited->taskId != edit.taskId || edited->participantId != result.participantId)) {
        releaseFinisher(edited->taskId, edited->participantId, &result);
        claims.remove(edited->id);
    }
    std::optional<Claim> existing = claims.find(edit.taskId, result.participantId, 0);
    Claim c;
    if (existing) {
        c = *existing;
    } else {
        c.id = edit.newClaimId;
        c.taskId = edit.taskId;
        c.participantId = result.participantId;
        c.status = ClaimStatus::Registered;
        if (edited) {
            c.status = edited->status;
            c.claimedAt = edited->claimedAt;
            c.flags = edited->flags;
        }
    }
    if (edit.status)
        c.status = *edit.status;
    if (edit.finisher == FinisherChange::Set)
        c.status = ClaimStatus::Completed;
    c.manual = true;
    c.updatedAt = QDateTime();
    result.status = c.status;
    if (existing) {
        claims.update(c);
        result.claimId = c.id;
    } else {
        result.claimId = claims.insert(c);
        result.created = true;
    }

    switch (edit.finisher) {
    case FinisherChange::Auto:
        if (c.status == ClaimStatus::Completed)
            result.finisherSet = complete(edit.taskId, result.participantId);
        else
            releaseFinisher(edit.taskId, result.participantId, &result);
        break;
    case FinisherChange::Set: {
        auto t = tasks.get(edit.taskId);
        if (t->finisherId != result.participantId) {
            if (t->finisherId)
                result.finisherCleared.append(t->id);
            t->finisherId = result.participantId;
            result.finisherSet = true;
        }
        t->locked = true;
        tasks.update(*t);
        break;
    }
    case FinisherChange::Clear:
        releaseFinisher(edit.taskId, result.participantId, &result);
        break;
    }
    tx.commit();
    return result;
}

void ManualClaims::remove(qint64 taskId, const QString &login)
{
    const auto task = TaskRepository(m_db).get(taskId);
    const auto p = ParticipantRepository(m_db).byLogin(bareLogin(login));
    const auto claim = p && task ? ClaimRepository(m_db).find(taskId, p->id, 0) : std::nullopt;
    if (!claim)
        throw Error(tr("@%1 has no claim on task No.%2.").arg(bareLogin(login)).arg(task ? task->number : 0));
    removeById(claim->id);
}

void ManualClaims::removeById(qint64 claimId)
{
    ClaimRepository claims(m_db);
    const auto claim = claims.get(claimId);
    if (!claim)
        throw Error(tr("That claim no longer exists."));
    Transaction tx(m_db);
    releaseFinisher(claim->taskId, claim->participantId, nullptr);
    claims.remove(claimId);
    tx.commit();
}

ClaimUndoState ManualClaims::before(const ClaimEdit &edit) const
{
    ClaimUndoState s;
    ClaimRepository claims(m_db);
    TaskRepository tasks(m_db);
    QList<qint64> taskIds = {edit.taskId};
    if (edit.claimId)
        if (const auto c = claims.get(edit.claimId)) {
            s.claims.append(*c);
            taskIds.append(c->taskId);
        }
    if (const auto p = ParticipantRepository(m_db).byLogin(bareLogin(edit.login)))
        if (const auto c = claims.find(edit.taskId, p->id, 0); c && c->id != edit.claimId)
            s.claims.append(*c);
    for (const Claim &c : std::as_const(s.claims))
        s.claimIds.append(c.id);
    for (const qint64 id : taskIds)
        if (const auto t = tasks.get(id);
            t && !std::any_of(s.tasks.cbegin(), s.tasks.cend(), [&](const Task &x) { return x.id == id; }))
            s.tasks.append(*t);
    return s;
}

ClaimUndoState ManualClaims::beforeRemove(qint64 claimId) const
{
    ClaimUndoState s;
    if (const auto c = ClaimRepository(m_db).get(claimId)) {
        s.claims.append(*c);
        s.claimIds.append(c->id);
        if (const auto t = TaskRepository(m_db).get(c->taskId))
            s.tasks.append(*t);
    }
    return s;
}

void ManualClaims::restore(const ClaimUndoState &state, const QList<qint64> &claimsNow, qint64 participantAdded)
{
    Transaction tx(m_db);
    ClaimRepository claims(m_db);
    for (const qint64 id : claimsNow + state.claimIds)
        claims.remove(id);
    for (const Claim &c : state.claims)
        claims.insert(c);
    TaskRepository tasks(m_db);
    for (const Task &t : state.tasks)
        tasks.update(t);
    if (participantAdded)
        ParticipantRepository(m_db).remove(participantAdded, false);
    tx.commit();
}

} // namespace hd
