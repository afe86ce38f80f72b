#include "judgingeditor.h"

#include "eventsession.h"
#include "fieldedits.h"
#include "judging/judgingservice.h"
#include "model/error.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/participantrepository.h"
#include "storage/rubricrepository.h"
#include "storage/scorerepository.h"
#include "storage/submissionrepository.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace hd {

QString JudgingEditor::saveSheet(const ScoreSheet &sheet)
{
    EventSession *s = m_session;
    const ScoreRepository repo(s->database());
    const std::optional<ScoreSheet> before = repo.sheet(sheet.judgeId, sheet.submissionId);
    if (before && before->sameContent(sheet))
        return {};
    const QString actor = currentActor();
    const qint64 judge = sheet.judgeId, submission = sheet.submissionId;
    return s->run(new EditCommand(
        s, tr("Score #%1").arg(submission),
        [s, sheet, actor] { ScoreRepository(s->database()).saveSheet(sheet, actor); },
        [s, judge, submission, before, actor] {
            ScoreRepository(s->database()).setSheet(judge, submission, before, actor, tr("undo"));
        }));
}

QString JudgingEditor::removeSheet(qint64 judgeId, qint64 submissionId)
{
    EventSession *s = m_session;
    const std::optional<ScoreSheet> before = ScoreRepository(s->database()).sheet(judgeId, submissionId);
    if (!before)
        return tr("There is no score sheet to delete.");
    const QString actor = currentActor();
    return s->run(new EditCommand(
        s, tr("Delete the score sheet of #%1").arg(submissionId),
        [s, judgeId, submissionId, actor] { ScoreRepository(s->database()).removeSheet(judgeId, submissionId, actor); },
        [s, judgeId, submissionId, before, actor] {
            ScoreRepository(s->database()).setSheet(judgeId, submissionId, before, actor, tr("undo"));
        }));
}

QString JudgingEditor::assign(qint64 judgeId, qint64 submissionId)
{
    EventSession *s = m_session;
    if (JudgeAssignmentRepository(s->database()).isAssigned(judgeId, submissionId))
        return tr("That judge is already assigned to that submission.");
    const QString actor = currentActor();
    return s->run(new EditCommand(
        s, tr("Assign a judge to #%1").arg(submissionId),
        [s, judgeId, submissionId, actor] {
            JudgeAssignmentRepository(s->database()).assign(judgeId, submissionId, true, actor);
        },
        [s, judgeId, submissionId, actor] {
            JudgeAssignmentRepository(s->database()).unassign(judgeId, submissionId, actor);
        }));
}

QString JudgingEditor::unassign(qint64 judgeId, qint64 submissionId)
{
    EventSession *s = m_session;
    const JudgeAssignmentRepository repo(s->database());
    if (!repo.isAssigned(judgeId, submissionId))
        return tr("That judge is not assigned to that submission.");
    bool manual = false;
    for (const Assignment &a : repo.assignments())
        if (a.judgeId == judgeId && a.submissionId == submissionId)
            manual = a.manual;
    const QString actor = currentActor();
    return s->run(new EditCommand(
        s, tr("Remove a judge from #%1").arg(submissionId),
        [s, judgeId, submissionId, actor] {
            JudgeAssignmentRepository(s->database()).unassign(judgeId, submissionId, actor);
        },
        [s, judgeId, submissionId, manual, actor] {
            JudgeAssignmentRepository(s->database()).assign(judgeId, submissionId, manual, actor);
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
                JudgeAssignmentRepository(s->database()).unassign(judge, submission, actor);
        }));
    if (result)
        *result = *added;
    return error;
}

QString JudgingEditor::finalise(qint64 trackId)
{
    try {
        JudgingResultRepository(m_session->database()).finalise(trackId, currentActor());
    } catch (const Error &e) {
        return e.message();
    }
    emit m_session->changed();
    return {};
}

QString JudgingEditor::unlock(qint64 trackId, const QString &reason)
{
    try {
        JudgingResultRepository(m_session->database()).unlock(trackId, reason, currentActor());
    } catch (const Error &e) {
        return e.message();
    }
    emit m_session->changed();
    return {};
}

QString JudgingEditor::addJudge(const Judge &judge)
{
    EventSession *s = m_session;
    auto state = std::make_shared<Judge>(judge);
    const QString actor = currentActor();
    const QString error = s->run(new EditCommand(
        s, tr("Add judge @%1").arg(judge.login),
        [s, state, actor] { state->id = JudgeAssignmentRepository(s->database()).insertJudge(*state, actor); },
        [s, state, actor] { JudgeAssignmentRepository(s->database()).removeJudge(state->id, false, actor); }));
    if (error.isEmpty())
        m_lastId = state->id;
    return error;
}

namespace {

// The fields the judge and submission forms edit.
bool applyEdits(const Judge &loaded, const Judge &edited, const Judge &from, Judge &to)
{
    return copyEdited(loaded, edited, from, to, &Judge::login, &Judge::name, &Judge::organisation, &Judge::trackIds,
                      &Judge::conflicts);
}

bool applyEdits(const Submission &loaded, const Submission &edited, const Submission &from, Submission &to)
{
    return copyEdited(loaded, edited, from, to, &Submission::trackId, &Submission::title, &Submission::participantId,
                      &Submission::teamId, &Submission::taskId, &Submission::links, &Submission::figures);
}

QString plain(const QString &text)
{
    return text;
}

// The fields of the forms, as a conflict names them.
void findConflicts(const Database &db, ConflictFinder<Judge> &finder)
{
    const auto tracks = [&db](const QList<qint64> &ids) {
        QStringList names;
        for (qint64 id : ids)
            names << EventRepository(db).track(id).value_or(Track{}).name;
        return names.join(u", "_s);
    };
    const auto conflicts = [](const QList<JudgeConflict> &list) {
        QStringList out;
        for (const JudgeConflict &c : list)
            out << u"%1: %2"_s.arg(conflictKindKey(c.kind), c.value);
        return out.join(u", "_s);
    };
    finder.field(&Judge::login, JudgingEditor::tr("Login"), plain)
        .field(&Judge::name, JudgingEditor::tr("Name"), plain)
        .field(&Judge::organisation, JudgingEditor::tr("Organisation"), plain)
        .field(&Judge::trackIds, JudgingEditor::tr("Tracks"), tracks)
        .field(&Judge::conflicts, JudgingEditor::tr("Conflicts"), conflicts);
}

void findConflicts(const Database &db, ConflictFinder<Submission> &finder)
{
    const auto track = [&db](qint64 id) { return EventRepository(db).track(id).value_or(Track{}).name; };
    const auto person = [&db](qint64 id) {
        const auto p = ParticipantRepository(db).get(id);
        return p ? u'@' + p->login : JudgingEditor::tr("none");
    };
    const auto team = [&db](qint64 id) {
        const auto t = TeamRepository(db).get(id);
        return t ? t->name : JudgingEditor::tr("none");
    };
    const auto task = [&db](qint64 id) {
        const auto t = TaskRepository(db).get(id);
        return t ? JudgingEditor::tr("No.%1 %2").arg(t->number).arg(t->title) : JudgingEditor::tr("none");
    };
    const auto links = [](const QList<SubmissionLink> &list) {
        QStringList out;
        for (const SubmissionLink &l : list)
            out << u"%1: %2"_s.arg(l.kind, l.url);
        return out.join(u"\n"_s);
    };
    const auto figures = [](const std::array<std::optional<qint64>, FigureCount> &values) {
        QStringList out;
        for (Figure f : AllFigures)
            if (const auto v = values[size_t(f)])
                out << u"%1 %2"_s.arg(figureName(f)).arg(*v);
        return out.join(u", "_s);
    };
    finder.field(&Submission::trackId, JudgingEditor::tr("Track"), track)
        .field(&Submission::title, JudgingEditor::tr("Title"), plain)
        .field(&Submission::participantId, JudgingEditor::tr("Participant"), person)
        .field(&Submission::teamId, JudgingEditor::tr("Team"), team)
        .field(&Submission::taskId, JudgingEditor::tr("Task"), task)
        .field(&Submission::links, JudgingEditor::tr("Links"), links)
        .field(&Submission::figures, JudgingEditor::tr("Figures"), figures);
}

} // namespace

QString JudgingEditor::updateJudge(const Judge &judge)
{
    const auto now = JudgeAssignmentRepository(m_session->database()).judge(judge.id);
    if (!now)
        return tr("The judge @%1 no longer exists.").arg(judge.login);
    return updateJudge(*now, judge);
}

QString JudgingEditor::updateJudge(const Judge &loaded, const Judge &edited, qint64 loadedVersion,
                                   OnConflict onConflict)
{
    EventSession *s = m_session;
    m_notice.clear();
    m_conflict = {};
    const auto now = JudgeAssignmentRepository(s->database()).judge(loaded.id);
    if (!now)
        return tr("The judge @%1 no longer exists.").arg(loaded.login);
    if (loaded == edited)
        return {};
    auto before = std::make_shared<Judge>(*now);
    auto after = std::make_shared<Judge>(edited);
    auto conflict = std::make_shared<EditConflict>();
    conflict->what = tr("the judge @%1").arg(loaded.login);
    auto first = std::make_shared<bool>(true);
    const QString actor = currentActor();
    const QString error = s->run(new EditCommand(
        s, tr("Edit judge @%1").arg(edited.login),
        [s, loaded, after, before, actor, conflict, first, loadedVersion, onConflict] {
            JudgeAssignmentRepository repo(s->database());
            Judge row = repo.judge(loaded.id).value_or(loaded);
            if (std::exchange(*first, false))
                checkConflicts(s->database(), u"judge"_s, loaded, *after, row, loadedVersion, onConflict, *conflict,
                               [s](auto &f) { findConflicts(s->database(), f); });
            *before = row;
            if (applyEdits(loaded, *after, *after, row))
                repo.updateJudge(row, actor);
        },
        [s, loaded, after, before, actor] {
            JudgeAssignmentRepository repo(s->database());
            Judge row = repo.judge(loaded.id).value_or(*before);
            if (applyEdits(loaded, *after, *before, row))
                repo.updateJudge(row, actor);
        }));
    if (!error.isEmpty() && onConflict == OnConflict::Ask)
        m_conflict = *conflict;
    if (error.isEmpty() && conflict->isEmpty() && !(*now == loaded))
        m_notice = tr("Another program changed the judge @%1 while the form was open: only the fields you edited "
                      "were saved; its other changes are kept.")
                       .arg(edited.login);
    return error;
}

QString JudgingEditor::removalQuestion(const QString &what, qint64 judgeId, qint64 submissionId, qint64 trackId) const
{
    const JudgeAssignmentRepository judgeRepo(m_session->database());
    const ScoreRepository scoreRepo(m_session->database());
    const auto concerns = [&](qint64 judge, qint64 submission) {
        return judgeId ? judge == judgeId : submission == submissionId;
    };
    int assignments = 0, sheets = 0;
    for (const Assignment &a : judgeRepo.assignments(trackId))
        assignments += concerns(a.judgeId, a.submissionId);
    for (const ScoreSheet &sheet : scoreRepo.sheets(trackId))
        sheets += concerns(sheet.judgeId, sheet.submissionId);
    if (sheets)
        return tr("Delete %1 together with %n score sheet(s), every score in them and the assignments? Undo brings "
                  "everything back.",
                  nullptr, sheets)
            .arg(what);
    if (assignments)
        return tr("Delete %1 and %n assignment(s)?", nullptr, assignments).arg(what);
    return tr("Delete %1?").arg(what);
}

QString JudgingEditor::judgeRemovalQuestion(qint64 judgeId) const
{
    const auto j = JudgeAssignmentRepository(m_session->database()).judge(judgeId);
    return j ? removalQuestion(tr("the judge @%1").arg(j->login), judgeId, 0, 0) : QString();
}

QString JudgingEditor::removeJudge(qint64 judgeId)
{
    EventSession *s = m_session;
    const auto j = JudgeAssignmentRepository(s->database()).judge(judgeId);
    if (!j)
        return tr("That judge no longer exists.");
    auto snapshot = std::make_shared<RowSnapshot>();
    const QString actor = currentActor();
    return s->run(new EditCommand(
        s, tr("Delete judge @%1").arg(j->login),
        [s, judgeId, snapshot, actor] {
            *snapshot = JudgeAssignmentRepository(s->database()).removeJudge(judgeId, true, actor);
        },
        [s, snapshot, actor] {
            JudgeAssignmentRepository(s->database()).restoreRemoved(*snapshot, actor, tr("undo"));
        }));
}

QString JudgingEditor::saveRubric(const Rubric &rubric)
{
    EventSession *s = m_session;
    const std::optional<Rubric> before = RubricRepository(s->database()).rubric(rubric.trackId);
    if (before && *before == rubric)
        return {};
    const qint64 track = rubric.trackId;
    // After the first save the new criteria have ids: redo re-creates them under the same ids, so that
    // later edits (scores) that refer to them still apply.
    auto after = std::make_shared<Rubric>(rubric);
    auto saved = std::make_shared<bool>(false);
    const QString actor = currentActor();
    return s->run(new EditCommand(
        s, before ? tr("Edit the rubric") : tr("Create the rubric"),
        [s, track, after, saved, actor] {
            RubricRepository repo(s->database());
            *after = *saved ? repo.restoreRubric(track, *after, actor, tr("redo")) : repo.saveRubric(*after, actor);
            *saved = true;
        },
        [s, track, before, actor] {
            RubricRepository(s->database()).restoreRubric(track, before, actor, tr("undo"));
        }));
}

QString JudgingEditor::addSubmission(const Submission &submission)
{
    EventSession *s = m_session;
    auto state = std::make_shared<Submission>(submission);
    const QString actor = currentActor();
    const QString error = s->run(new EditCommand(
        s, tr("Add submission \"%1\"").arg(submission.title),
        [s, state, actor] { state->id = SubmissionRepository(s->database()).insertSubmission(*state, actor); },
        [s, state, actor] { SubmissionRepository(s->database()).removeSubmission(state->id, false, actor); }));
    if (error.isEmpty())
        m_lastId = state->id;
    return error;
}

QString JudgingEditor::updateSubmission(const Submission &submission)
{
    const auto now = SubmissionRepository(m_session->database()).submission(submission.id);
    if (!now)
        return tr("The submission \"%1\" no longer exists.").arg(submission.title);
    return updateSubmission(*now, submission);
}

QString JudgingEditor::updateSubmission(const Submission &loaded, const Submission &edited, qint64 loadedVersion,
                                        OnConflict onConflict)
{
    EventSession *s = m_session;
    m_notice.clear();
    m_conflict = {};
    const auto now = SubmissionRepository(s->database()).submission(loaded.id);
    if (!now)
        return tr("The submission \"%1\" no longer exists.").arg(loaded.title);
    if (loaded == edited)
        return {};
    auto before = std::make_shared<Submission>(*now);
    auto after = std::make_shared<Submission>(edited);
    auto conflict = std::make_shared<EditConflict>();
    conflict->what = tr("the submission #%1").arg(loaded.id);
    auto first = std::make_shared<bool>(true);
    const QString actor = currentActor();
    const QString error = s->run(new EditCommand(
        s, tr("Edit submission #%1").arg(loaded.id),
        [s, loaded, after, before, actor, conflict, first, loadedVersion, onConflict] {
            SubmissionRepository repo(s->database());
            Submission row = repo.submission(loaded.id).value_or(loaded);
            if (std::exchange(*first, false))
                checkConflicts(s->database(), u"submission"_s, loaded, *after, row, loadedVersion, onConflict,
                               *conflict, [s](auto &f) { findConflicts(s->database(), f); });
            *before = row;
            if (applyEdits(loaded, *after, *after, row))
                repo.updateSubmission(row, actor);
        },
        [s, loaded, after, before, actor] {
            SubmissionRepository repo(s->database());
            Submission row = repo.submission(loaded.id).value_or(*before);
            if (applyEdits(loaded, *after, *before, row))
                repo.updateSubmission(row, actor);
        }));
    if (!error.isEmpty() && onConflict == OnConflict::Ask)
        m_conflict = *conflict;
    if (error.isEmpty() && conflict->isEmpty() && !(*now == loaded))
        m_notice = tr("Another program changed the submission #%1 while the form was open: only the fields you "
                      "edited were saved; its other changes are kept.")
                       .arg(loaded.id);
    return error;
}

QString JudgingEditor::submissionRemovalQuestion(qint64 submissionId) const
{
    const SubmissionRepository repo(m_session->database());
    const auto sub = repo.submission(submissionId);
    return sub ? removalQuestion(tr("the submission %1").arg(repo.submissionLabel(*sub)), 0, submissionId,
                                 sub->trackId)
               : QString();
}

QString JudgingEditor::removeSubmission(qint64 submissionId)
{
    EventSession *s = m_session;
    if (!SubmissionRepository(s->database()).submission(submissionId))
        return tr("That submission no longer exists.");
    auto snapshot = std::make_shared<RowSnapshot>();
    const QString actor = currentActor();
    return s->run(new EditCommand(
        s, tr("Delete submission #%1").arg(submissionId),
        [s, submissionId, snapshot, actor] {
            *snapshot = SubmissionRepository(s->database()).removeSubmission(submissionId, true, actor);
        },
        [s, snapshot, actor] {
            JudgeAssignmentRepository(s->database()).restoreRemoved(*snapshot, actor, tr("undo"));
        }));
}

} // namespace hd
