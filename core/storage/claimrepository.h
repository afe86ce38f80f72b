#pragma once

#include "model/claim.h"
#include "model/pullrequest.h"
#include "rowsnapshot.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace hd {

class Database;

// A claim with what the screens show beside it.
struct ClaimRow
{
    Claim claim;
    qint64 trackId = 0;
    int taskNumber = 0;
    QString taskTitle;
    QString claimant; // login of the participant, or the team's name
    QString prs;      // "#123 #456": the claimant's PRs linked to the task
    QString taskUrl;  // the task's GitHub issue
};

// A claim as the track's GitHub issue lists it.
struct IssueClaimRow
{
    qint64 taskId = 0;
    QString claimant; // the participant's login, or the team's name
    ClaimStatus status = ClaimStatus::Registered;
    QStringList prs;        // "owner/name#12": the participant's PRs linked to the task
    bool teamHasPr = false; // a team claim: a member has a PR linked to the task
};

// A PR's link to a task: (repo, number) and the task's id.
struct PrLink
{
    QString repo;
    int number = 0;
    qint64 taskId = 0;
};

// Claims and the pull requests linked to tasks.
class ClaimRepository
{
public:
    explicit ClaimRepository(const Database &db)
        : m_db(db)
    {}

    QList<ClaimRow> rows(qint64 trackId = 0) const;
    QList<Claim> ofParticipant(qint64 participantId) const; // by id
    // The claims of participants (not teams) on the track's tasks.
    QList<Claim> participantClaims(qint64 trackId) const;
    // The track's claims as its issue lists them, in claim order: participants' and teams' apart.
    QList<IssueClaimRow> issueClaims(qint64 trackId) const;
    QList<IssueClaimRow> issueTeamClaims(qint64 trackId) const;
    // Claims per task id, and per participant id.
    QHash<qint64, int> countsByTask() const;
    QHash<qint64, int> countsByParticipant() const;
    // The claims on a task, and a participant's (their own and their teams'), in the order they were made.
    QList<ClaimRow> rowsOfTask(qint64 taskId) const;
    QList<ClaimRow> rowsOfParticipant(qint64 participantId) const;
    std::optional<Claim> get(qint64 id) const;
    std::optional<Claim> find(qint64 taskId, qint64 participantId, qint64 teamId) const;
    qint64 insert(const Claim &claim); // keeps claim.id when set
    void update(const Claim &claim);
    RowSnapshot remove(qint64 id);

    // Inserts or updates a PR by (repo, number) and replaces its task links; returns its id.
    qint64 upsertPullRequest(const PullRequest &pr);
    // Adds a PR by (repo, number) unless it is known, and links it to its tasks; never overwrites what
    // is known of it. Returns whether the PR was new.
    bool ensurePullRequest(const PullRequest &pr);
    QList<PullRequest> pullRequests() const;
    // The links of PRs to the track's tasks.
    QList<PrLink> prLinks(qint64 trackId) const;
    // The rank (1, 2 …) the organisers gave an article's PR.
    void setPrizeRank(qint64 prId, int rank);
    // The PRs linked to a task, and those a login wrote, oldest first.
    QList<PullRequest> pullRequestsOfTask(qint64 taskId) const;
    QList<PullRequest> pullRequestsBy(QStringView login) const;

private:
    QList<ClaimRow> rowsWhere(const QString &condition, const QString &order, const QVariantList &args) const;
    QList<PullRequest> pullRequestsWhere(const QString &condition, const QString &order,
                                         const QVariantList &args) const;
    void validate(const Claim &claim) const;
    const Database &m_db;
};

} // namespace hd
