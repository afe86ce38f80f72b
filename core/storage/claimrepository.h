#pragma once

#include "model/claim.h"
#include "model/pullrequest.h"
#include "rowsnapshot.h"

#include <QList>
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

// Claims and the pull requests linked to tasks.
class ClaimRepository
{
public:
    explicit ClaimRepository(const Database &db)
        : m_db(db)
    {}

    QList<ClaimRow> rows(qint64 trackId = 0) const;
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
    // The PRs linked to a task, and those a login wrote, oldest first.
    QList<PullRequest> pullRequestsOfTask(qint64 taskId) const;
    QList<PullRequest> pullRequestsBy(QStringView login) const;

private:
    QList<ClaimRow> rowsWhere(const QString &condition, const QString &order, const QVariantList &args) const;
    QList<PullRequest> pullRequestsWhere(const QString &condition, const QString &order, const QVariantList &args) const;
    void validate(const Claim &claim) const;
    const Database &m_db;
};

} // namespace hd
