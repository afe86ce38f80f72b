#pragma once

#include "judging/judgingmodel.h"
#include "judging/judgingrules.h"
#include "model/participant.h"
#include "model/pullrequest.h"
#include "model/task.h"
#include "model/track.h"
#include "rules/payoutcalculator.h"
#include "storage/claimrepository.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

// What the window's detail pane shows of the task, person or submission selected: read from the
// repositories, earnings from the payout calculation (computePayouts), scores from the judging results.

namespace hd {

class Database;

// A task: its claims in the order they were made, its PRs, and what its lines of the payouts pay.
struct TaskDetail
{
    Task task;
    Track track;
    QString finisher;          // login, empty = none
    QList<ClaimRow> claims;    // oldest first
    QList<PullRequest> prs;    // oldest first
    QList<std::pair<QString, PayoutLine>> earnings; // (login, line) of every payout line for this task
    Stars stars() const;       // of the earnings
    Fen paidFen() const;
};

// A participant: their claims (their own and their teams'), their PRs, their teams and their payout.
struct PersonDetail
{
    Participant person;
    QStringList teams;
    QList<ClaimRow> claims; // oldest first
    QList<PullRequest> prs; // oldest first
    std::optional<PersonPayout> payout; // none when nothing pays them yet
    QHash<qint64, QString> trackNames;
};

// A submission for judging: who made it, the task, its links, its judges' sheets and its result.
struct SubmissionDetail
{
    Submission submission;
    QString trackName;
    QString by;            // "@login" or the team's name
    QStringList authors;   // logins: the participant, or the team's members
    std::optional<Task> task;
    int judges = 0;        // assigned
    int submittedSheets = 0;
    std::optional<SubmissionResult> result; // rank 0 = not ranked yet
    int ranked = 0;        // how many of the track's submissions have a rank
    bool finalised = false;
};

std::optional<TaskDetail> taskDetail(const Database &db, qint64 taskId);
std::optional<PersonDetail> personDetail(const Database &db, qint64 participantId);
std::optional<SubmissionDetail> submissionDetail(const Database &db, qint64 submissionId);

} // namespace hd
