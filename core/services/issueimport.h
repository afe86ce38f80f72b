#pragma once

#include "model/track.h"
#include "parsing/issuemarkdown.h"

#include <QJsonObject>
#include <QStringList>

namespace hd {

class Database;

// What importing a track's issue body did (or, in a dry run, would do).
struct IssueImportReport
{
    bool dryRun = false;
    int tasksAdded = 0;
    int tasksUpdated = 0;
    int participantsAdded = 0;
    int claimsAdded = 0;
    int statusChanges = 0;
    int prsAdded = 0;
    int finishersSet = 0;
    QStringList changes;          // one translated line per change
    QList<IssueProblem> problems; // rows that could not be read, with their lines
    QList<IssueTable> tables;     // per task table: header, column mapping, rows read, unreadable lines
    QStringList otherHeaders;     // tables that are no task tables, with their lines and why
    QString noTasks;              // set when no task could be read at all: why (nothing was changed)

    bool changedAnything() const { return !changes.isEmpty(); }
    QJsonObject toJson() const;
};

// Reads a track's task list from the body of its GitHub issue into the database, in one transaction:
// tasks are added or updated by number (never duplicated), claimants become participants and claims
// whose status only rises, their PR links are kept, finishers lock their tasks. Rows that cannot be
// read are reported and the good ones still import. A dry run computes the same report and rolls back.
// A body that yields no task at all changes nothing and says why in noTasks. The tables' layout is kept
// (IssueLayoutRepository) for exportIssueBody.
IssueImportReport importIssueBody(const Database &db, const Track &track, QStringView markdown, bool dryRun);

// The track's task list as it stands in the database, in the form parseIssueBody reads.
IssueTaskList issueTaskList(const Database &db, const Track &track);
// The Markdown of the track's issue body, ready to paste into GitHub: tables imported from the issue in
// their own layout, in the event's language (event.language) otherwise.
QString exportIssueBody(const Database &db, const Track &track);

} // namespace hd
