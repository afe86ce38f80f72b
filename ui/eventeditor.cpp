#include "eventeditor.h"

#include "eventsession.h"
#include "storage/claimrepository.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"

#include <memory>

namespace hd {

QString EventEditor::addTask(const Task &task, const QString &direction)
{
    EventSession *s = m_session;
    auto state = std::make_shared<Task>(task);
    const QString error = s->run(new EditCommand(
        s, tr("Add task No.%1").arg(task.number),
        [s, state, direction] {
            if (!direction.isEmpty())
                state->directionId = EventRepository(s->database()).ensureDirection(state->trackId, direction);
            state->id = TaskRepository(s->database()).insert(*state);
        },
        [s, state] { TaskRepository(s->database()).remove(state->id); }));
    if (error.isEmpty())
        m_lastId = state->id;
    return error;
}

QString EventEditor::updateTask(const Task &task, const QString &direction)
{
    EventSession *s = m_session;
    const auto before = TaskRepository(s->database()).get(task.id);
    if (!before)
        return tr("Task No.%1 no longer exists.").arg(task.number);
    auto after = std::make_shared<Task>(task);
    const Task old = *before;
    return s->run(new EditCommand(
        s, tr("Edit task No.%1").arg(task.number),
        [s, after, direction] {
            if (!direction.isEmpty())
                after->directionId = EventRepository(s->database()).ensureDirection(after->trackId, direction);
            TaskRepository(s->database()).update(*after);
        },
        [s, old] { TaskRepository(s->database()).update(old); }));
}

QString EventEditor::removeTask(qint64 taskId)
{
    EventSession *s = m_session;
    const auto task = TaskRepository(s->database()).get(taskId);
    if (!task)
        return tr("That task no longer exists.");
    auto snapshot = std::make_shared<RowSnapshot>();
    return s->run(new EditCommand(
        s, tr("Delete task No.%1").arg(task->number),
        [s, taskId, snapshot] { *snapshot = TaskRepository(s->database()).remove(taskId); },
        [s, snapshot] { snapshot->restore(s->database()); }));
}

QString EventEditor::addParticipant(const Participant &participant)
{
    EventSession *s = m_session;
    auto state = std::make_shared<Participant>(participant);
    const QString error = s->run(new EditCommand(
        s, tr("Add @%1").arg(participant.login),
        [s, state] { state->id = ParticipantRepository(s->database()).insert(*state); },
        [s, state] { ParticipantRepository(s->database()).remove(state->id, false); }));
    if (error.isEmpty())
        m_lastId = state->id;
    return error;
}

QString EventEditor::updateParticipant(const Participant &participant)
{
    EventSession *s = m_session;
    const auto before = ParticipantRepository(s->database()).get(participant.id);
    if (!before)
        return tr("@%1 no longer exists.").arg(participant.login);
    const Participant old = *before;
    return s->run(new EditCommand(
        s, tr("Edit @%1").arg(participant.login),
        [s, participant] { ParticipantRepository(s->database()).update(participant); },
        [s, old] { ParticipantRepository(s->database()).update(old); }));
}

QString EventEditor::removeParticipant(qint64 participantId)
{
    EventSession *s = m_session;
    const auto p = ParticipantRepository(s->database()).get(participantId);
    if (!p)
        return tr("That participant no longer exists.");
    auto snapshot = std::make_shared<RowSnapshot>();
    return s->run(new EditCommand(
        s, tr("Delete @%1").arg(p->login),
        [s, participantId, snapshot] { *snapshot = ParticipantRepository(s->database()).remove(participantId, true); },
        [s, snapshot] { snapshot->restore(s->database()); }));
}

QString EventEditor::addTeam(const Team &team)
{
    EventSession *s = m_session;
    auto state = std::make_shared<Team>(team);
    const QString error = s->run(new EditCommand(
        s, tr("Add team %1").arg(team.name), [s, state] { state->id = TeamRepository(s->database()).insert(*state); },
        [s, state] { TeamRepository(s->database()).remove(state->id, false); }));
    if (error.isEmpty())
        m_lastId = state->id;
    return error;
}

QString EventEditor::updateTeam(const Team &team)
{
    EventSession *s = m_session;
    const auto before = TeamRepository(s->database()).get(team.id);
    if (!before)
        return tr("The team %1 no longer exists.").arg(team.name);
    const Team old = *before;
    return s->run(new EditCommand(
        s, tr("Edit team %1").arg(team.name), [s, team] { TeamRepository(s->database()).update(team); },
        [s, old] { TeamRepository(s->database()).update(old); }));
}

QString EventEditor::removeTeam(qint64 teamId)
{
    EventSession *s = m_session;
    const auto team = TeamRepository(s->database()).get(teamId);
    if (!team)
        return tr("That team no longer exists.");
    auto snapshot = std::make_shared<RowSnapshot>();
    return s->run(new EditCommand(
        s, tr("Delete team %1").arg(team->name),
        [s, teamId, snapshot] { *snapshot = TeamRepository(s->database()).remove(teamId, true); },
        [s, snapshot] { snapshot->restore(s->database()); }));
}

namespace {
// What a claim edit did, kept by its command to undo and redo it with the same ids.
struct ClaimEditState
{
    ClaimEdit edit;
    ClaimUndoState before;
    ClaimEditResult result;
};
} // namespace

QString EventEditor::saveClaim(const ClaimEdit &edit)
{
    EventSession *s = m_session;
    const auto task = TaskRepository(s->database()).get(edit.taskId);
    if (!task)
        return tr("That task no longer exists.");
    auto state = std::make_shared<ClaimEditState>();
    state->edit = edit;
    const QString login = edit.login.startsWith(u'@') ? edit.login.mid(1) : edit.login;
    const QString text = edit.claimId ? tr("Edit the claim of @%1 on No.%2").arg(login).arg(task->number)
                                      : tr("Add the claim of @%1 on No.%2").arg(login).arg(task->number);
    const QString error = s->run(new EditCommand(
        s, text,
        [s, state] {
            ManualClaims claims(s->database());
            state->before = claims.before(state->edit);
            state->result = claims.save(state->edit);
            if (state->result.created)
                state->edit.newClaimId = state->result.claimId; // a redo recreates it with the same id
        },
        [s, state] {
            ManualClaims(s->database())
                .restore(state->before, {state->result.claimId},
                         state->result.participantAdded ? state->result.participantId : 0);
        }));
    if (error.isEmpty())
        m_lastId = state->result.claimId;
    return error;
}

QString EventEditor::removeClaim(qint64 claimId)
{
    EventSession *s = m_session;
    const auto claim = ClaimRepository(s->database()).get(claimId);
    if (!claim)
        return tr("That claim no longer exists.");
    const auto task = TaskRepository(s->database()).get(claim->taskId);
    auto before = std::make_shared<ClaimUndoState>();
    return s->run(new EditCommand(
        s, tr("Delete a claim on No.%1").arg(task ? task->number : 0),
        [s, claimId, before] {
            ManualClaims claims(s->database());
            *before = claims.beforeRemove(claimId);
            claims.removeById(claimId);
        },
        [s, before] { ManualClaims(s->database()).restore(*before, {}, 0); }));
}

} // namespace hd
