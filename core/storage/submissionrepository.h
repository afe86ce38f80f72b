#pragma once

#include "judging/judgingmodel.h"
#include "storage/judginglog.h"
#include "storage/rowsnapshot.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace hd {

class Database;

// What is judged: submissions with their links (tables submission and submission_link), and how messages
// and the log name them.
//
// Every write validates first and throws hd::Error, naming what is wrong, changing nothing; writes in a
// finalised track are refused. Every change is written to the judging log.
class SubmissionRepository
{
public:
    explicit SubmissionRepository(const Database &db)
        : m_db(db)
        , m_log(db)
    {}

    QList<Submission> submissions(qint64 trackId = 0) const; // by id
    std::optional<Submission> submission(qint64 id) const;
    // Keeps submission.id when set.
    qint64 insertSubmission(const Submission &submission, const QString &actor = currentActor());
    void updateSubmission(const Submission &submission, const QString &actor = currentActor());
    // Deletes a submission and its links. With `dropWork` its assignments and score sheets go too (each
    // logged); without, a submission with judges is refused. Refused in a final track. Returns the rows,
    // for JudgeAssignmentRepository::restoreRemoved().
    RowSnapshot removeSubmission(qint64 id, bool dropWork = false, const QString &actor = currentActor());

    // "@login" or the team's name; "(deleted participant #3)" when it is gone.
    QString authorLabel(const Submission &submission) const;
    // authorLabel() of each submission (by id), read in two statements however many there are.
    QHash<qint64, QString> authorLabels(const QList<Submission> &submissions) const;
    // The tracks with a rubric or submissions: the judged ones.
    QSet<qint64> judgedTrackIds() const;
    // "#12 飞桨新 IR 入门与实践": how messages name a submission.
    QString submissionLabel(const Submission &submission) const;
    // Title, author, task, links and figures in one line: how the judging log shows a submission.
    QString submissionSummary(const Submission &submission) const;

private:
    void validateSubmission(const Submission &submission) const;
    void writeLinks(const Submission &submission);

    const Database &m_db;
    JudgingLogRepository m_log;
};

} // namespace hd
