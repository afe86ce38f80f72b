#include "judgingeditor.h"

#include "eventsession.h"
#include "judging/judgingrepository.h"
#include "judging/judgingservice.h"
#include "model/error.h"

#include <memory>

namespace hd {

QString JudgingEditor::saveSheet(const ScoreSheet &sheet)
{
    EventSession *s = m_session;
    const JudgingRepository repo(s->database());
    const std::optional<ScoreSheet> before = repo.sheet(sheet.judgeId, sheet.submissionId);
    if (before && before->sameContent(sheet))
        return {};
    const QString actor = currentActor();
    const qint64 judge = sheet.judgeId, submission = sheet.submissionId;
    return s->run(new EditCommand(
        s, tr("Score #%1").arg(submission),
        [s, sheet, actor] { JudgingRepository(s->database()).saveSheet(sheet, actor); },
        [s, judge, submission, before, actor] {
            JudgingRepository(s->database()).setSheet(judge, submission, before, actor, tr("undo"));
        }));
}

QString JudgingEditor::removeSheet(qint64 judgeId, qint64 submissionId)
{
    EventSession *s = m_session;
    const std::optional<ScoreSheet> before = JudgingRepository(s->database()).sheet(judgeId, submissionId);
    if (!before)
        return tr("There is no score sheet to delete.");
    const QString actor = currentActor();
    return s->run(new EditCommand(
        s, tr("Delete the score sheet of #%1").arg(submissionId),
        [s, judgeId, submissionId, actor] {
            JudgingRepository(s->database()).removeSheet(judgeId, submissionId, actor);
        },
        [s, judgeId, submissionId, before, actor] {
            JudgingRepository(s->database()).setSheet(judgeId, submissionId, before, actor, tr("undo"));
        }));
}

QString JudgingEditor::assign(qint64 judgeId, qint64 submissionId)
{
    EventSession *s = m_session;
    if (JudgingRepository(s->database()).isAssigned(judgeId, submissionId))
        return tr("That judge is already assigned to that submission.");
    const QString actor = currentActor();
    return s->run(new EditCommand(
        s, tr("Assign a judge to #%1").arg(submissionId),
        [s, judgeId, submissionId, actor] {
            JudgingRepository(s->database()).assign(judgeId, submissionId, true, actor);
        },
        [s, judgeId, submissionId, actor] {
            JudgingRepository(s->database()).unassign(judgeId, submissionId, actor);
        }));
}

QString JudgingEditor::unassign(qint64 judgeId, qint64 submissionId)
{
    EventSession *s = m_session;
    const JudgingRepository repo(s->database());
    if (!repo.isAssigned(judgeId, submissionId))
        return tr("That judge is not assigned to that submission.");
    bool manual = false;
    for (const Assignment &a : repo.assignments())
        if (a.judgeId == judgeId && a.submissionId == submissionId)
            manual = a.manual;
    const QString actor = currentActor();
    return s->run(new EditCommand(
        s, tr("Remove a judge from #%1").arg(submissionId),
        [s, judgeId, submissionId, actor] { JudgingRepository(s->database()).unassign(judgeId, submissionId, actor); },
        [s, judgeId, submissionId, manual, actor] {
            JudgingRepository(s->database()).assign(judgeId, submissionId, manual, actor);
        }));
}

QString JudgingEditor::autoAssign(qint64 trackId, int perSubmission, AssignmentResult *result)
{
    EventSession *s = m_session;
    auto added = std::make_shared<AssignmentResult>();
    try {
        *added = assignTrack(s->database(), trackId, perSubmission, true);
    } catch (const Error &e) {
        return e.message();
    }
    if (added->added.isEmpty()) { // nothing to do: nothing to undo
        if (result)
            *result = *added;
        return {};
    }
    const QString actor = currentActor();
    const QString error = s->run(new EditCommand(
        s, tr("Assign judges automatically"),
        [s, trackId, perSubmission, added, actor] {
            *added = assignTrack(s->database(), trackId, perSubmission, false, actor);
        },
        [s, added, actor] {
            for (const auto &[submission, judge] : added->added)
                JudgingRepository(s->database()).unassign(judge, submission, actor);
        }));
    if (result)
        *result = *added;
    return error;
}

QString JudgingEditor::finalise(qint64 trackId)
{
    try {
        JudgingRepository(m_session->database()).finalise(trackId, currentActor());
    } catch (const Error &e) {
        return e.message();
    }
    emit m_session->changed();
    return {};
}

QString JudgingEditor::unlock(qint64 trackId, const QString &reason)
{
    try {
        JudgingRepository(m_session->database()).unlock(trackId, reason, currentActor());
    } catch (const Error &e) {
        return e.message();
    }
    emit m_session->changed();
    return {};
}

} // namespace hd
