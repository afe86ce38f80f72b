#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace hd {

// A GitHub pull request linked to tasks by its title.
struct PullRequest
{
    enum class State { Open, Closed, Merged };

    qint64 id = 0;
    QString repo; // owner/name
    int number = 0;
    QString title;
    QString authorLogin;
    State state = State::Open;
    QDateTime createdAt;
    QDateTime mergedAt;
    QList<qint64> taskIds;

    QString url() const { return QStringLiteral("https://github.com/%1/pull/%2").arg(repo).arg(number); }
};

QString prStateKey(PullRequest::State state); // "open", "closed", "merged"
PullRequest::State prStateFromKey(QStringView key);

} // namespace hd
