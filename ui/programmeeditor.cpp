#include "programmeeditor.h"

#include "eventsession.h"
#include "model/error.h"
#include "storage/claimrepository.h"
#include "storage/participantrepository.h"
#include "storage/rowsnapshot.h"
#include "storage/taskrepository.h"

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

QString ProgrammeEditor::editApplication(const ApplicationEdit &edit)
{
    EventSession *s = m_session;
    const auto before = ProgrammeRepository(s->database()).application(edit.id);
    if (!before)
        return tr("That application no longer exists.");
    const bool moves = edit.stage != before->stage;
    QString interviewer = edit.interviewer.trimmed();
    while (interviewer.startsWith(u'@'))
        interviewer.remove(0, 1);
    const bool detailsChange = edit.interviewAt != before->interviewAt || interviewer != before->interviewer ||
                               edit.notes.trimmed() != before->notes;
    if (!moves && !detailsChange)
        return {};
    // Claims the move may add (accepting records the camper's claim), so that undo takes them away again.
    const QList<qint64> claimsBefore = claimsOf(s->database(), before->participantId);
    const QString text = moves ? tr("Move @%1 to %2").arg(before->login, applicationStageName(edit.stage))
                               : tr("Edit @%1's interview").arg(before->login);
    return s->run(new EditCommand(
        s, text,
        [s, edit, moves] {
            ProgrammeRepository r(s->database());
            r.setInterview(edit.id, edit.interviewAt, edit.interviewer, edit.notes);
            if (moves)
                r.moveApplication(edit.id, edit.stage, edit.project);
        },
        [s, old = *before, claimsBefore] {
            ProgrammeRepository(s->database()).restoreApplication(old);
            for (const qint64 id : claimsOf(s->database(), old.participantId))
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

QString ProgrammeEditor::editFundable(qint64 taskId, Task::Defence defence, const QList<SubTask> &subTasks,
                                      const QList<std::pair<QString, QString>> &deliverables)
{
    EventSession *s = m_session;
    const auto task = TaskRepository(s->database()).get(taskId);
    if (!task)
        return tr("That fundable project no longer exists.");
    const QList<SubTask> old = ProgrammeRepository(s->database()).subTasks(taskId);
    const auto same = [](const SubTask &a, const SubTask &b) {
        return a.number == b.number && a.title.trimmed() == b.title.trimmed() &&
               a.assignee.trimmed() == b.assignee.trimmed() && a.prs.trimmed() == b.prs.trimmed() && a.done == b.done &&
               a.weight == b.weight;
    };
    // The deliverables as they would be: the stored ones with these links put in (an empty link removes one).
    QMap<QString, QString> oldLinks, newLinks;
    for (const auto &[kind, url] : ProgrammeRepository(s->database()).deliverables(taskId))
        oldLinks.insert(kind, url);
    newLinks = oldLinks;
    for (const auto &[kind, url] : deliverables) {
        if (url.trimmed().isEmpty())
            newLinks.remove(kind);
        else
            newLinks.insert(kind, url.trimmed());
    }
    if (task->defence == defence && old.size() == subTasks.size() &&
        std::equal(old.cbegin(), old.cend(), subTasks.cbegin(), same) && oldLinks == newLinks)
        return {};
    auto snapshot = std::make_shared<RowSnapshot>(ProgrammeRepository(s->database()).fundableSnapshot(taskId));
    const Task::Defence oldDefence = task->defence;
    return s->run(new EditCommand(
        s, tr("Edit fundable project %1").arg(task->number),
        [s, taskId, defence, subTasks, deliverables] {
            ProgrammeRepository r(s->database());
            r.setDefence(taskId, defence);
            r.setSubTasks(taskId, subTasks);
            r.setDeliverables(taskId, deliverables);
        },
        [s, taskId, oldDefence, snapshot] {
            ProgrammeRepository(s->database()).restoreFundable(taskId, *snapshot);
            ProgrammeRepository(s->database()).setDefence(taskId, oldDefence);
        }));
}

} // namespace hd
