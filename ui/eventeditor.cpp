#include "eventeditor.h"

#include "eventsession.h"
#include "fieldedits.h"
#include "model/error.h"
#include "model/money.h"
#include "storage/claimrepository.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"

#include <algorithm>

#include <memory>

using namespace Qt::StringLiterals;

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

namespace {

// The fields the task and participant forms edit.
bool applyEdits(const Task &loaded, const Task &edited, const Task &from, Task &to)
{
    return copyEdited(loaded, edited, from, to, &Task::trackId, &Task::number, &Task::title, &Task::url,
                      &Task::directionId, &Task::stars, &Task::rfcRequired, &Task::cashFen, &Task::finisherId,
                      &Task::locked, &Task::removed, &Task::lead, &Task::seats, &Task::completionBp, &Task::defence);
}

bool applyEdits(const Participant &loaded, const Participant &edited, const Participant &from, Participant &to)
{
    return copyEdited(loaded, edited, from, to, &Participant::login, &Participant::name, &Participant::email,
                      &Participant::organisation);
}

// Whether another program changed the row since `loaded` was read.
template <typename T> bool changedUnderneath(const T &loaded, const T &now)
{
    T copy = now;
    return applyEdits(now, loaded, loaded, copy);
}

QString yesNo(bool b)
{
    return b ? EventEditor::tr("yes") : EventEditor::tr("no");
}

QString plain(const QString &text)
{
    return text;
}

QString whole(qint64 n)
{
    return QString::number(n);
}

QString personName(const Database &db, qint64 id)
{
    if (!id)
        return EventEditor::tr("nobody");
    const auto p = ParticipantRepository(db).get(id);
    return p ? u'@' + p->login : QString::number(id);
}

// The fields of the forms, as a conflict names them.
void findConflicts(const Database &db, ConflictFinder<Task> &finder)
{
    const auto track = [&db](qint64 id) {
        const auto t = EventRepository(db).track(id);
        return t ? t->name : QString::number(id);
    };
    const auto direction = [&db](qint64 id) {
        for (const Direction &d : EventRepository(db).directions())
            if (d.id == id)
                return d.name;
        return EventEditor::tr("none");
    };
    finder.field(&Task::trackId, EventEditor::tr("Track"), track)
        .field(&Task::number, EventEditor::tr("Number"), whole)
        .field(&Task::title, EventEditor::tr("Title"), plain)
        .field(&Task::url, EventEditor::tr("Link"), plain)
        .field(&Task::directionId, EventEditor::tr("Direction"), direction)
        .field(&Task::stars, EventEditor::tr("Stars"), [](Stars v) { return v.toString(); })
        .field(&Task::rfcRequired, EventEditor::tr("RFC required"), yesNo)
        .field(&Task::cashFen, EventEditor::tr("Cash"),
               [](const std::optional<Fen> &v) { return v ? formatYuan(*v) : EventEditor::tr("none"); })
        .field(&Task::finisherId, EventEditor::tr("Finisher"), [&db](qint64 id) { return personName(db, id); })
        .field(&Task::locked, EventEditor::tr("Locked"), yesNo)
        .field(&Task::removed, EventEditor::tr("Removed"), yesNo)
        .field(&Task::lead, EventEditor::tr("Lead"), plain)
        .field(&Task::seats, EventEditor::tr("Seats"), whole)
        .field(&Task::completionBp, EventEditor::tr("Completion"),
               [](int bp) { return QLocale().toString(bp / 100.0, 'f', 2) + u" %"_s; })
        .field(&Task::defence, EventEditor::tr("Defence"), [](Task::Defence d) { return defenceKey(d); });
}

void findConflicts(const Database &, ConflictFinder<Participant> &finder)
{
    finder.field(&Participant::login, EventEditor::tr("Login"), plain)
        .field(&Participant::name, EventEditor::tr("Name"), plain)
        .field(&Participant::email, EventEditor::tr("Email"), plain)
        .field(&Participant::organisation, EventEditor::tr("Organisation"), plain);
}

// Members are merged one by one (see teamEdits): only the name and the leader can conflict.
void findConflicts(const Database &db, ConflictFinder<Team> &finder)
{
    finder.field(&Team::name, EventEditor::tr("Name"), plain)
        .field(&Team::leaderId, EventEditor::tr("Leader"), [&db](qint64 id) { return personName(db, id); });
}

} // namespace

QString EventEditor::updateTask(const Task &task, const QString &direction)
{
    const auto now = TaskRepository(m_session->database()).get(task.id);
    if (!now)
        return tr("Task No.%1 no longer exists.").arg(task.number);
    return updateTask(*now, task, direction);
}

QString EventEditor::updateTask(const Task &loaded, const Task &edited, const QString &direction,
                                qint64 loadedVersion, OnConflict onConflict)
{
    EventSession *s = m_session;
    m_notice.clear();
    m_conflict = {};
    const auto now = TaskRepository(s->database()).get(loaded.id);
    if (!now)
        return tr("Task No.%1 no longer exists.").arg(loaded.number);
    // The fields edited and what they held just before: redo writes the one, undo the other, each
    // over the row as it is then.
    auto after = std::make_shared<Task>(edited);
    auto before = std::make_shared<Task>(*now);
    auto conflict = std::make_shared<EditConflict>();
    conflict->what = tr("task No.%1").arg(loaded.number);
    auto first = std::make_shared<bool>(true);
    const QString error = s->run(new EditCommand(
        s, tr("Edit task No.%1").arg(edited.number),
        [s, loaded, after, before, direction, conflict, first, loadedVersion, onConflict] {
            if (!direction.isEmpty())
                after->directionId = EventRepository(s->database()).ensureDirection(after->trackId, direction);
            TaskRepository repo(s->database());
            Task row = repo.get(loaded.id).value_or(loaded);
            if (std::exchange(*first, false))
                checkConflicts(s->database(), u"task"_s, loaded, *after, row, loadedVersion, onConflict, *conflict,
                               [s](auto &f) { findConflicts(s->database(), f); });
            *before = row;
            if (applyEdits(loaded, *after, *after, row))
                repo.update(row);
        },
        [s, loaded, after, before] {
            TaskRepository repo(s->database());
            Task row = repo.get(loaded.id).value_or(*before);
            if (applyEdits(loaded, *after, *before, row))
                repo.update(row);
        }));
    if (!error.isEmpty() && onConflict == OnConflict::Ask)
        m_conflict = *conflict;
    if (error.isEmpty() && conflict->isEmpty() && changedUnderneath(loaded, *now))
        m_notice = tr("Another program changed task No.%1 while the form was open: only the fields you edited "
                      "were saved; its other changes are kept.")
                       .arg(edited.number);
    return error;
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
    const auto now = ParticipantRepository(m_session->database()).get(participant.id);
    if (!now)
        return tr("@%1 no longer exists.").arg(participant.login);
    return updateParticipant(*now, participant);
}

QString EventEditor::updateParticipant(const Participant &loaded, const Participant &edited, qint64 loadedVersion,
                                       OnConflict onConflict)
{
    EventSession *s = m_session;
    m_notice.clear();
    m_conflict = {};
    const auto now = ParticipantRepository(s->database()).get(loaded.id);
    if (!now)
        return tr("@%1 no longer exists.").arg(loaded.login);
    auto before = std::make_shared<Participant>(*now);
    auto after = std::make_shared<Participant>(edited);
    auto conflict = std::make_shared<EditConflict>();
    conflict->what = u'@' + loaded.login;
    auto first = std::make_shared<bool>(true);
    const QString error = s->run(new EditCommand(
        s, tr("Edit @%1").arg(edited.login),
        [s, loaded, after, before, conflict, first, loadedVersion, onConflict] {
            ParticipantRepository repo(s->database());
            Participant row = repo.get(loaded.id).value_or(loaded);
            if (std::exchange(*first, false))
                checkConflicts(s->database(), u"participant"_s, loaded, *after, row, loadedVersion, onConflict,
                               *conflict, [s](auto &f) { findConflicts(s->database(), f); });
            *before = row;
            if (applyEdits(loaded, *after, *after, row))
                repo.update(row);
        },
        [s, loaded, after, before] {
            ParticipantRepository repo(s->database());
            Participant row = repo.get(loaded.id).value_or(*before);
            if (applyEdits(loaded, *after, *before, row))
                repo.update(row);
        }));
    if (!error.isEmpty() && onConflict == OnConflict::Ask)
        m_conflict = *conflict;
    if (error.isEmpty() && conflict->isEmpty() && changedUnderneath(loaded, *now))
        m_notice = tr("Another program changed @%1 while the form was open: only the fields you edited were saved; "
                      "its other changes are kept.")
                       .arg(edited.login);
    return error;
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
    const auto now = TeamRepository(m_session->database()).get(team.id);
    if (!now)
        return tr("The team %1 no longer exists.").arg(team.name);
    return updateTeam(*now, team);
}

namespace {

// The team `row` with the edits from `loaded` to `edited` made on it (name and leader when they were
// changed, the members the edit added or took out), or, when `before` is given, taken back: the fields
// edited as `before` held them.
Team teamEdits(const Team &loaded, const Team &edited, Team row, const Team *before = nullptr)
{
    if (edited.name != loaded.name)
        row.name = before ? before->name : edited.name;
    if (edited.leaderId != loaded.leaderId)
        row.leaderId = before ? before->leaderId : edited.leaderId;
    for (qint64 m : loaded.memberIds)
        if (!edited.memberIds.contains(m)) { // taken out
            if (!before)
                row.memberIds.removeAll(m);
            else if (before->memberIds.contains(m) && !row.memberIds.contains(m))
                row.memberIds.append(m);
        }
    for (qint64 m : edited.memberIds)
        if (!loaded.memberIds.contains(m)) { // added
            if (before && !before->memberIds.contains(m))
                row.memberIds.removeAll(m);
            else if (!before && !row.memberIds.contains(m))
                row.memberIds.append(m);
        }
    std::sort(row.memberIds.begin(), row.memberIds.end());
    return row;
}

bool sameTeam(Team a, Team b)
{
    std::sort(a.memberIds.begin(), a.memberIds.end());
    std::sort(b.memberIds.begin(), b.memberIds.end());
    return a.name == b.name && a.leaderId == b.leaderId && a.memberIds == b.memberIds;
}

} // namespace

QString EventEditor::updateTeam(const Team &loaded, const Team &edited, qint64 loadedVersion, OnConflict onConflict)
{
    EventSession *s = m_session;
    m_notice.clear();
    m_conflict = {};
    const auto now = TeamRepository(s->database()).get(loaded.id);
    if (!now)
        return tr("The team %1 no longer exists.").arg(loaded.name);
    if (sameTeam(loaded, edited))
        return {};
    // Redo makes the edits on the row as it is then; undo takes them back on the row as it is then,
    // from what the row held just before the redo.
    auto before = std::make_shared<Team>(*now);
    auto after = std::make_shared<Team>(edited);
    auto conflict = std::make_shared<EditConflict>();
    conflict->what = tr("the team %1").arg(loaded.name);
    auto first = std::make_shared<bool>(true);
    const QString error = s->run(new EditCommand(
        s, tr("Edit team %1").arg(edited.name),
        [s, loaded, after, before, conflict, first, loadedVersion, onConflict] {
            TeamRepository repo(s->database());
            const auto row = repo.get(loaded.id);
            if (!row)
                throw Error(tr("The team %1 no longer exists.").arg(loaded.name));
            if (std::exchange(*first, false))
                checkConflicts(s->database(), u"team"_s, loaded, *after, *row, loadedVersion, onConflict, *conflict,
                               [s](auto &f) { findConflicts(s->database(), f); });
            *before = *row;
            repo.update(teamEdits(loaded, *after, *row));
        },
        [s, loaded, after, before] {
            TeamRepository repo(s->database());
            const auto row = repo.get(loaded.id);
            if (!row)
                throw Error(tr("The team %1 no longer exists.").arg(loaded.name));
            repo.update(teamEdits(loaded, *after, *row, before.get()));
        }));
    if (!error.isEmpty() && onConflict == OnConflict::Ask)
        m_conflict = *conflict;
    if (error.isEmpty() && conflict->isEmpty() && !sameTeam(loaded, *now))
        m_notice = tr("Another program changed the team %1 while the form was open: only what you edited was "
                      "saved; its other changes are kept.")
                       .arg(edited.name);
    return error;
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
