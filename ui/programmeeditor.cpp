#include "programmeeditor.h"

#include "eventsession.h"
#include "storage/rowsnapshot.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

QList<qint64> claimsOf(const Database &db, qint64 participantId)
{
    QList<qint64> ids;
    SqlQuery q(db, u"SELECT id FROM claim WHERE participant_id = ?"_s);
    q.bind(participantId).exec();
    while (q.next())
        ids.append(q.value(0).toLongLong());
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
                    SqlQuery(s->database(), u"DELETE FROM claim WHERE id = ?"_s).bind(id).exec();
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
    auto snapshot = std::make_shared<RowSnapshot>();
    snapshot->take(s->database(), u"camp_result"_s, u"task_id = ? AND participant_id = ?"_s, {taskId, participantId});
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
    for (const FundableProjectView &f : ProgrammeRepository(s->database()).fundableProjects(task->trackId))
        if (f.taskId == taskId)
            for (const auto &[kind, url] : f.deliverables)
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
    auto snapshot = std::make_shared<RowSnapshot>();
    snapshot->take(s->database(), u"sub_task"_s, u"task_id = ?"_s, {taskId});
    snapshot->take(s->database(), u"deliverable"_s, u"task_id = ?"_s, {taskId});
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
            SqlQuery(s->database(), u"DELETE FROM sub_task WHERE task_id = ?"_s).bind(taskId).exec();
            SqlQuery(s->database(), u"DELETE FROM deliverable WHERE task_id = ?"_s).bind(taskId).exec();
            snapshot->restore(s->database());
            ProgrammeRepository(s->database()).setDefence(taskId, oldDefence);
        }));
}

} // namespace hd
