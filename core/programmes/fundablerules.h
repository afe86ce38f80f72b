#pragma once

#include <QList>
#include <QString>

// A fundable project's sub-tasks and how far along it is. Pure.
//
// Completion = the weight of the done sub-tasks over the weight of all of them, in basis points,
// rounded down (so 79.99 % never reads as 80 %). A weight of 0 counts as 1 (equal weights by default).
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

} // namespace hd
