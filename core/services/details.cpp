#include "details.h"

#include "payoutdata.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/participantrepository.h"
#include "storage/scorerepository.h"
#include "storage/submissionrepository.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"

using namespace Qt::StringLiterals;

namespace hd {

Stars TaskDetail::stars() const
{
    Stars total;
    for (const auto &[login, line] : earnings)
        total = total + line.stars;
    return total;
}

Fen TaskDetail::paidFen() const
{
    Fen total = 0;
    for (const auto &[login, line] : earnings)
        total += line.paidFen;
    return total;
}

std::optional<TaskDetail> taskDetail(const Database &db, qint64 taskId)
{
    const auto task = TaskRepository(db).get(taskId);
    if (!task)
        return std::nullopt;
    TaskDetail d;
    d.task = *task;
    d.track = EventRepository(db).track(task->trackId).value_or(Track{});
    if (const auto finisher = ParticipantRepository(db).get(task->finisherId))
        d.finisher = finisher->login;
    const ClaimRepository claims(db);
    d.claims = claims.rowsOfTask(taskId);
    d.prs = claims.pullRequestsOfTask(taskId);
    // The payout lines of this task: its track's lines with its number.
    for (const PersonPayout &p : computePayouts(db).people)
        for (const PayoutLine &line : p.lines)
            if (line.trackId == task->trackId && line.number == task->number)
                d.earnings.append({p.login, line});
    return d;
}

std::optional<PersonDetail> personDetail(const Database &db, qint64 participantId)
{
    const auto person = ParticipantRepository(db).get(participantId);
    if (!person)
        return std::nullopt;
    PersonDetail d;
    d.person = *person;
    for (const Team &t : TeamRepository(db).all())
        if (t.memberIds.contains(participantId) || t.leaderId == participantId)
            d.teams << t.name;
    const ClaimRepository claims(db);
    d.claims = claims.rowsOfParticipant(participantId);
    d.prs = claims.pullRequestsBy(person->login);
    const QString login = normalisedLogin(person->login);
    for (const PersonPayout &p : computePayouts(db).people)
        if (normalisedLogin(p.login) == login)
            d.payout = p;
    for (const Track &t : EventRepository(db).tracks())
        d.trackNames.insert(t.id, t.name);
    return d;
}

std::optional<SubmissionDetail> submissionDetail(const Database &db, qint64 submissionId)
{
    const JudgeAssignmentRepository judgeRepo(db);
    const SubmissionRepository submissionRepo(db);
    const ScoreRepository scoreRepo(db);
    const JudgingResultRepository resultRepo(db);
    const auto submission = submissionRepo.submission(submissionId);
    if (!submission)
        return std::nullopt;
    SubmissionDetail d;
    d.submission = *submission;
    const qint64 track = submission->trackId;
    d.trackName = EventRepository(db).track(track).value_or(Track{}).name;
    d.by = submissionRepo.authorLabel(*submission);
    for (const SubmissionProfile::Author &a : judgeRepo.profile(*submission).authors)
        d.authors << a.login;
    if (submission->taskId)
        d.task = TaskRepository(db).get(submission->taskId);
    for (const Assignment &a : judgeRepo.assignments(track))
        d.judges += a.submissionId == submissionId ? 1 : 0;
    for (const ScoreSheet &s : scoreRepo.sheets(track))
        d.submittedSheets += s.submissionId == submissionId && s.status == SheetStatus::Submitted ? 1 : 0;
    for (const SubmissionResult &r : resultRepo.results(track)) {
        d.ranked += r.rank > 0 ? 1 : 0;
        if (r.submissionId == submissionId)
            d.result = r;
    }
    d.finalised = resultRepo.lock(track).finalised;
    return d;
}

} // namespace hd
