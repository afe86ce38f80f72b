#include "programmeeditor.h"

#include "eventsession.h"
#include "fieldedits.h"
#include "model/error.h"
#include "storage/claimrepository.h"
#include "storage/participantrepository.h"
#include "storage/rowsnapshot.h"
#include "storage/taskrepository.h"

#include <QMap>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

QList<qint64> claimsOf(const Database &db, qint64 participantId)
{
    QList<qint64> ids;
    for (const Claim &c : ClaimRepository(db).ofParticipant(participantId))
        ids.append(c.id);
    return ids;
}

} // namespace

ProgrammeEditor::ApplicationEdit ProgrammeEditor::editOf(const CampApplication &a)
{
    return {a.id, a.stage, a.project, a.interviewAt, a.interviewer, a.notes};
}

QString ProgrammeEditor::editApplication(const ApplicationEdit &edit)
{
    const auto now = ProgrammeRepository(m_session->database()).application(edit.id);
    if (!now)
        return tr("That application no longer exists.");
    return editApplication(editOf(*now), edit);
}

QString ProgrammeEditor::editApplication(const ApplicationEdit &loaded, const ApplicationEdit &edited)
{
    EventSession *s = m_session;
    const auto now = ProgrammeRepository(s->database()).application(loaded.id);
    if (!now)
        return tr("That application no longer exists.");
    ApplicationEdit edit = edited;
    while (edit.interviewer.startsWith(u'@'))
        edit.interviewer.remove(0, 1);
    edit.interviewer = edit.interviewer.trimmed();
    edit.notes = edit.notes.trimmed();
    const bool moves = edit.stage != loaded.stage;
    ApplicationEdit probe = loaded;
    const bool detailsChange = copyEdited(loaded, edit, edit, probe, &ApplicationEdit::interviewAt,
                                          &ApplicationEdit::interviewer, &ApplicationEdit::notes);
    if (!moves && !detailsChange)
        return {};
    // Claims the move may add (accepting records the camper's claim), so that undo takes them away again.
    const QList<qint64> claimsBefore = claimsOf(s->database(), now->participantId);
    const QString text = moves ? tr("Move @%1 to %2").arg(now->login, applicationStageName(edit.stage))
                               : tr("Edit @%1's interview").arg(now->login);
    // The edited fields as they were just before the redo, for the undo.
    auto before = std::make_shared<ApplicationEdit>(editOf(*now));
    return s->run(new EditCommand(
        s, text,
        [s, loaded, edit, moves, before] {
            ProgrammeRepository r(s->database());
            const auto row = r.application(loaded.id);
            if (!row)
                throw Error(tr("That application no longer exists."));
            *before = editOf(*row);
            ApplicationEdit details = *before;
            if (copyEdited(loaded, edit, edit, details, &ApplicationEdit::interviewAt, &ApplicationEdit::interviewer,
                           &ApplicationEdit::notes))
                r.setInterview(loaded.id, details.interviewAt, details.interviewer, details.notes);
            if (moves)
                r.moveApplication(loaded.id, edit.stage, edit.project);
        },
        [s, loaded, edit, moves, before, claimsBefore] {
            ProgrammeRepository r(s->database());
            const auto row = r.application(loaded.id);
            if (!row)
                throw Error(tr("That application no longer exists."));
            CampApplication back = *row;
            if (moves) {
                back.stage = before->stage;
                back.project = before->project;
            }
            ApplicationEdit details = editOf(*row);
            copyEdited(loaded, edit, *before, details, &ApplicationEdit::interviewAt, &ApplicationEdit::interviewer,
                       &ApplicationEdit::notes);
            back.interviewAt = details.interviewAt;
            back.interviewer = details.interviewer;
            back.notes = details.notes;
            r.restoreApplication(back);
            if (moves)
                for (const qint64 id : claimsOf(s->database(), row->participantId))
                    if (!claimsBefore.contains(id))
                        ClaimRepository(s->database()).remove(id);
        }));
}

QString ProgrammeEditor::setCampDefence(qint64 taskId, qint64 participantId, const std::optional<CampDefence> &defence)
{
    EventSession *s = m_session;
    const auto before = ProgrammeRepository(s->database()).campDefence(taskId, participantId);
    if (before == defence)
        return {};
    const auto task = TaskRepository(s->database()).get(taskId);
    if (!task)
        return tr("That camp project no longer exists.");
    auto snapshot =
        std::make_shared<RowSnapshot>(ProgrammeRepository(s->database()).campDefenceSnapshot(taskId, participantId));
    const QString text = !defence            ? tr("Clear the defence on project %1").arg(task->number)
                         : defence->passed() ? tr("Defence on project %1: %2").arg(task->number).arg(defence->grade)
                                             : tr("Defence on project %1: not passed").arg(task->number);
    return s->run(new EditCommand(
        s, text,
        [s, taskId, participantId, defence] {
            ProgrammeRepository r(s->database());
            if (defence)
                r.saveCampDefence(*defence);
            else
                r.removeCampDefence(taskId, participantId);
        },
        [s, taskId, participantId, snapshot] {
            ProgrammeRepository(s->database()).removeCampDefence(taskId, participantId);
            snapshot->restore(s->database());
        }));
}

QString ProgrammeEditor::addApplication(qint64 trackId, const QString &login, const CampChoices &choices)
{
    EventSession *s = m_session;
    // The ids of the first run, kept so that a redo brings back the same rows (later commands name them).
    struct State
    {
        qint64 participantId = 0; // set when this command added the participant
        qint64 applicationId = 0;
    };
    auto state = std::make_shared<State>();
    return s->run(new EditCommand(
        s, tr("Add @%1's application").arg(login),
        [s, state, trackId, login, choices] {
            const Database &db = s->database();
            ParticipantRepository people(db);
            CampApplication a;
            a.trackId = trackId;
            if (const auto existing = people.byLogin(login)) {
                a.participantId = existing->id;
            } else {
                Participant p;
                p.id = state->participantId;
                p.login = login;
                a.participantId = state->participantId = people.insert(p);
            }
            for (const CampApplication &other : ProgrammeRepository(db).applications(trackId))
                if (other.participantId == a.participantId)
                    throw Error(tr("@%1 has applied already: open their application instead.").arg(other.login));
            a.choices = choices;
            const qint64 id = ProgrammeRepository(db).saveApplication(a);
            if (state->applicationId != 0 && id != state->applicationId)
                ProgrammeRepository(db).renumberApplication(id, state->applicationId);
            else
                state->applicationId = id;
        },
        [s, state] {
            ProgrammeRepository(s->database()).removeApplication(state->applicationId);
            if (state->participantId != 0)
                ParticipantRepository(s->database()).remove(state->participantId, false);
        }));
}

QString ProgrammeEditor::setWeeklyReport(qint64 applicationId, int week, int hours, const QString &link)
{
    EventSession *s = m_session;
    const auto a = ProgrammeRepository(s->database()).application(applicationId);
    if (!a)
        return tr("That application no longer exists.");
    const auto old = ProgrammeRepository(s->database()).weeklyReport(applicationId, week);
    if (old && old->first == hours && old->second == link.trimmed())
        return {};
    return s->run(new EditCommand(
        s, tr("Week %1 of @%2: %3 h").arg(week).arg(a->login).arg(hours),
        [s, applicationId, week, hours, link] {
            ProgrammeRepository(s->database()).setWeeklyReport(applicationId, week, hours, link);
        },
        [s, applicationId, week, old] {
            ProgrammeRepository r(s->database());
            if (old)
                r.setWeeklyReport(applicationId, week, old->first, old->second);
            else
                r.removeWeeklyReport(applicationId, week);
        }));
}

namespace {

SubTask trimmed(SubTask t)
{
    t.title = t.title.trimmed();
    t.assignee = t.assignee.trimmed();
    t.prs = t.prs.trimmed();
    return t;
}

// The fields of a sub-task the form edits.
bool applySubTaskEdits(const SubTask &loaded, const SubTask &edited, const SubTask &from, SubTask &to)
{
    return copyEdited(loaded, edited, from, to, &SubTask::title, &SubTask::assignee, &SubTask::prs, &SubTask::done,
                      &SubTask::weight);
}

QMap<int, SubTask> byNumber(const QList<SubTask> &subTasks)
{
    QMap<int, SubTask> out;
    for (const SubTask &t : subTasks)
        out.insert(t.number, trimmed(t));
    return out;
}

QMap<QString, QString> linksByKind(const QList<std::pair<QString, QString>> &deliverables)
{
    QMap<QString, QString> out;
    for (const auto &[kind, url] : deliverables)
        if (!url.trimmed().isEmpty())
            out.insert(kind, url.trimmed());
    return out;
}

} // namespace

QString ProgrammeEditor::editFundable(qint64 taskId, Task::Defence defence, const QList<SubTask> &subTasks,
                                      const QList<std::pair<QString, QString>> &deliverables)
{
    const auto task = TaskRepository(m_session->database()).get(taskId);
    if (!task)
        return tr("That fundable project no longer exists.");
    ProgrammeRepository r(m_session->database());
    FundableEdit now{task->defence, r.subTasks(taskId), r.deliverables(taskId)};
    // A kind the caller does not name is left as it is.
    FundableEdit edited{defence, subTasks, now.deliverables};
    QMap<QString, QString> links = linksByKind(now.deliverables);
    for (const auto &[kind, url] : deliverables)
        links.insert(kind, url.trimmed());
    edited.deliverables.clear();
    for (auto it = links.cbegin(); it != links.cend(); ++it)
        edited.deliverables.append({it.key(), it.value()});
    return editFundable(taskId, now, edited);
}

QString ProgrammeEditor::editFundable(qint64 taskId, const FundableEdit &loaded, const FundableEdit &edited)
{
    EventSession *s = m_session;
    const auto task = TaskRepository(s->database()).get(taskId);
    if (!task)
        return tr("That fundable project no longer exists.");
    if (const QString problem = subTasksProblem(edited.subTasks); !problem.isEmpty())
        return problem;
    for (const auto &[kind, url] : edited.deliverables)
        if (const QString problem = ProgrammeRepository::deliverableProblem(kind, url); !problem.isEmpty())
            return problem;

    // What the form changed: sub-tasks by number (added, removed or edited), links by kind, the defence.
    const QMap<int, SubTask> loadedSubs = byNumber(loaded.subTasks), editedSubs = byNumber(edited.subTasks);
    const auto subTaskEdited = [&](int n) {
        if (!loadedSubs.contains(n) || !editedSubs.contains(n))
            return true;
        SubTask probe = loadedSubs[n];
        return applySubTaskEdits(loadedSubs[n], editedSubs[n], editedSubs[n], probe);
    };
    QList<int> numbers;
    for (const int n : loadedSubs.keys() + editedSubs.keys())
        if (!numbers.contains(n) && subTaskEdited(n))
            numbers.append(n);
    const QMap<QString, QString> loadedLinks = linksByKind(loaded.deliverables),
                                 editedLinks = linksByKind(edited.deliverables);
    QStringList kinds;
    for (const QString &kind : ProgrammeRepository::deliverableKinds())
        if (loadedLinks.value(kind) != editedLinks.value(kind))
            kinds.append(kind);
    const bool defenceEdited = edited.defence != loaded.defence;
    if (numbers.isEmpty() && kinds.isEmpty() && !defenceEdited)
        return {};

    // The changed sub-tasks, links and defence as they were just before the redo, for the undo.
    struct Before
    {
        QMap<int, std::optional<SubTask>> subTasks;
        QMap<QString, QString> links;
        Task::Defence defence = Task::Defence::Pending;
    };
    auto before = std::make_shared<Before>();
    return s->run(new EditCommand(
        s, tr("Edit fundable project %1").arg(task->number),
        [s, taskId, loadedSubs, editedSubs, numbers, editedLinks, kinds, defenceEdited, edited, before] {
            ProgrammeRepository r(s->database());
            const QMap<int, SubTask> now = byNumber(r.subTasks(taskId));
            const QMap<QString, QString> nowLinks = linksByKind(r.deliverables(taskId));
            before->subTasks.clear();
            for (const int n : numbers) {
                before->subTasks.insert(n, now.contains(n) ? std::optional(now[n]) : std::nullopt);
                if (!editedSubs.contains(n)) {
                    r.removeSubTask(taskId, n);
                } else if (!loadedSubs.contains(n) || !now.contains(n)) {
                    r.saveSubTask(taskId, editedSubs[n]);
                } else {
                    SubTask row = now[n];
                    applySubTaskEdits(loadedSubs[n], editedSubs[n], editedSubs[n], row);
                    r.saveSubTask(taskId, row);
                }
            }
            QList<std::pair<QString, QString>> links;
            for (const QString &kind : kinds) {
                before->links.insert(kind, nowLinks.value(kind));
                links.append({kind, editedLinks.value(kind)});
            }
            r.setDeliverables(taskId, links);
            before->defence = TaskRepository(s->database()).get(taskId).value_or(Task()).defence;
            if (defenceEdited)
                r.setDefence(taskId, edited.defence);
        },
        [s, taskId, loadedSubs, editedSubs, numbers, kinds, defenceEdited, before] {
            ProgrammeRepository r(s->database());
            const QMap<int, SubTask> now = byNumber(r.subTasks(taskId));
            for (const int n : numbers) {
                const std::optional<SubTask> was = before->subTasks.value(n);
                if (loadedSubs.contains(n) && editedSubs.contains(n) && was && now.contains(n)) {
                    SubTask row = now[n];
                    applySubTaskEdits(loadedSubs[n], editedSubs[n], *was, row);
                    r.saveSubTask(taskId, row);
                } else if (was) {
                    r.saveSubTask(taskId, *was);
                } else {
                    r.removeSubTask(taskId, n);
                }
            }
            QList<std::pair<QString, QString>> links;
            for (const QString &kind : kinds)
                links.append({kind, before->links.value(kind)});
            r.setDeliverables(taskId, links);
            if (defenceEdited)
                r.setDefence(taskId, before->defence);
        }));
}

} // namespace hd
