#pragma once

#include "rules/payoutcalculator.h"

#include <QList>
#include <QString>

namespace hd {

class Database;

// A line of a certificate as read: who, in which track, for what.
struct CertificateRow
{
    QString login;
    QString name; // empty when unknown
    QString trackName;
    int trackPosition = 0;
    int number = 0; // finished task
    QString title;  // the task, the camp project or the article
    QString grade;  // passed camper
    int rank = 0;   // ranked article
};

// What payouts and certificates read: finished tasks, camp defences, merged articles with their ranks,
// fundable projects with completion, defence and team shares.
class PayoutRepository
{
public:
    explicit PayoutRepository(const Database &db)
        : m_db(db)
    {}

    // Tasks of tasks tracks with a finisher, completed when their first merged PR on the task merged.
    QList<CompletedTask> completedTasks() const;
    QList<CampResult> campResults() const;
    // Every merged PR on a topic of an articles track is one article.
    QList<ArticleEntry> articles() const;
    // The claiming team with its shares, or the single claimants in equal parts.
    QList<FundableProject> fundableProjects() const;

    // Certificates: finishers of tasks and fundable projects (by login, track, number), campers who passed
    // their defence, and ranked articles.
    QList<CertificateRow> finishers() const;
    QList<CertificateRow> passedCampers() const;
    QList<CertificateRow> rankedArticles() const;

private:
    const Database &m_db;
};

} // namespace hd
