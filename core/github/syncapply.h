#pragma once

#include "syncengine.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The apply phase of a GitHub sync: takes a SyncSnapshot into the database in one transaction, so that a
// sync killed or cut off at any moment leaves the database as it was and the next one starts from there.
//
// In order:
// 1. Issue bodies that changed are imported with importIssueBody (tasks, claimants, finishers).
// 2. Comments on the track issues go through parseClaimComment. 【报名】/【提交】 numbers become a 报名 claim
//    (dated by the comment) for each task of the track that exists and is neither removed nor
//    locked; numbers of unknown tasks, of removed or locked ones the author has not claimed, and
//    unreadable claims become problems with the event bot's reply. Bot accounts are ignored. Comments
//    from pages that did not change were applied before and are not read again.
//    On a camp track a comment is also an application (readCampApplication): it adds or updates the
//    applicant's camp_application (source_url = the comment, applied_at = its time; a later comment wins;
//    the stage, project and interview stay as staff set them); 【提交】 there is a problem.
// 3. PRs found by search are stored (added, or updated by repo and number) and linked to tasks by their
//    title: "No." to the tasks track, "Article No." to the articles track, "Fundable Projects No." (and
//    sub-tasks of project N: to project N) to the fundable track — never across tracks. Every stored PR
//    with a title is linked again, so tasks added later get their PRs. A sub-task PR is also listed on
//    the project's sub-tasks, and its merge (without -part) marks them done once (see applySubTaskPrs).
// 4. applyStatusLadder runs over the tasks track's tasks, participant claims and PRs: claims rise,
//    PR authors without a claim get one flagged Unclaimed, first completing merges set the finisher and
//    lock the task. Its problems (unknown or removed task, unreadable title) are stored per PR.
// 5. The pages' validators, the search splits, the time of the sync and the rate limit are stored.
//
// Problems live in the problem table (source 'sync', kind 'comment' or 'pr', one row per comment or PR):
// a comment's problem is replaced when the comment is read again, PR problems are recomputed on
// every sync. The report lists those that are new or changed in this sync.

namespace hd {

class Database;

// Something to answer on GitHub; the reply is the event bot's wording (nothing is posted).
struct SyncProblem
{
    QString kind; // "comment", "pr" or "row" (a row of an issue body that cannot be read)
    QString url;
    QString author; // login
    QString text;   // the comment or PR title
    QString reason; // for staff, translated
    QString reply;  // for GitHub, in the event's words; may be empty
};

// What a sync did.
struct SyncReport
{
    QDateTime syncedAt;
    int requests = 0;
    int notModified = 0;
    std::optional<int> rateLimitRemaining; // core; none when GitHub sent no rate-limit headers
    QDateTime rateLimitReset;
    int tasks = 0; // tasks of the event after the sync
    int tasksAdded = 0;
    int tasksUpdated = 0;
    int claimsAdded = 0;
    int statusChanges = 0;
    int completed = 0; // tasks that got their finisher
    int prsAdded = 0;
    int prsUpdated = 0;
    int applicationsAdded = 0;   // code-camp applications read from the camp issue's comments
    int applicationsUpdated = 0; // … whose wishes changed (an edited or a later comment)
    int subTasksLinked = 0;      // fundable sub-tasks that got a PR listed
    int subTasksDone = 0;        // … marked done by a merged PR
    QList<SyncProblem> problems; // new or changed in this sync
    int openProblems = 0;        // all problems of syncs now stored
    QStringList changes;         // one translated line per change
    QStringList warnings;

    // {"requests", "not_modified", "rate_limit_remaining", "tasks", "claims_added", "status_changes",
    //  "completed", "problems": [{"kind", "url", "author", "text", "reason", "reply"}], …}
    QJsonObject toJson() const;
    // "Camp applications: 2 added, 1 updated. Fundable sub-tasks: 3 linked to PRs, 1 done." (translated);
    // empty when the sync changed neither.
    QString programmeSummary() const;
};

// Applies the snapshot in one transaction (see above); throws hd::Error and changes nothing on failure.
SyncReport applySyncSnapshot(const Database &db, const SyncPlan &plan, const SyncSnapshot &snapshot,
                             const QDateTime &now);

} // namespace hd
