#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// A fundable project's sub-tasks and how far along it is. Pure.
//
// Completion = the weight of the done sub-tasks over the weight of all of them, in basis points,
// rounded down (so 79.99 % never reads as 80 %). A weight of 0 counts as 1 (equal weights by default).
//
// A sub-task's PRs are free text as staff write it ("#63521 https://github.com/o/r/pull/9"); the sync adds
// the URL of each PR whose title names the sub-task ("【Hackathon 6th Fundable Projects 4 No.3、5】").
// A PR counts as listed when the text holds its URL, "owner/name#N" or "#N" (a bare number is taken for
// the same PR: the tracking issue names PRs that way, and a second link to it would only be noise).
namespace hd {

struct SubTask
{
    int number = 0;
    QString title;
    QString assignee; // login
    QString prs;      // "#123 #456"
    bool done = false;
    int weight = 0; // 0 = 1
};

// 0 … 10000; 0 when there are no sub-tasks.
int subTaskCompletionBp(const QList<SubTask> &subTasks);

// Whether `prs` already names the pull request repo#number (see above).
bool prListMentions(QStringView prs, QStringView repo, int number);
// `prs` with the PR's URL appended (space-separated), or unchanged when it already names the PR.
QString withPrLink(const QString &prs, QStringView repo, int number);

// What is wrong with a project's sub-tasks as a form would save them (numbers positive and unique,
// titles given, weights not negative), translated; empty when nothing is.
QString subTasksProblem(const QList<SubTask> &subTasks);

} // namespace hd
