#pragma once

#include "assignment.h"
#include "judging/judgingmodel.h"
#include "storage/judginglog.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Judging work on the event database that spans several tables: the automatic assignment of a track,
// conflicts and gaps among the assignments, the paper score-sheet CSV (template and import) and the
// results as CSV and JSON.
//
// Score CSV: the header `judge,submission,criterion,weight,min,max,score,comment` (any order, any case),
// one row per assigned judge, submission (its id) and judged criterion (its name). The template leaves
// score and comment empty. Import, all or nothing (one hd::Error listing every bad line):
// - judge, submission and criterion must exist, the judge be assigned to the submission, the track not
//   be final; weight, min and max, when given, must still be the rubric's (else the template is stale);
// - an empty score leaves the stored one; a score is a whole number on the scale; a row appears once;
// - a sheet's comment becomes the non-empty comments of its rows, joined by line breaks (none: kept);
// - a sheet with every judged criterion scored is saved as submitted, otherwise as a draft.

namespace hd {

class Database;

// The automatic assignment of a track's submissions (see assignment.h); saves the new assignments
// unless `dryRun`. Throws when the track is final.
AssignmentResult assignTrack(const Database &db, qint64 trackId, int perSubmission = 3, bool dryRun = false,
                             const QString &actor = currentActor());

// An assignment that breaks a conflict rule (made by hand, or the conflict appeared later).
struct AssignmentConflict
{
    qint64 judgeId = 0;
    qint64 submissionId = 0;
    QString reason;
};
QList<AssignmentConflict> assignmentConflicts(const Database &db, qint64 trackId);
// The same from what was read already: every judge, and the track's submissions and assignments.
QList<AssignmentConflict> assignmentConflicts(const Database &db, const QList<Judge> &judges,
                                              const QList<Submission> &submissions,
                                              const QList<Assignment> &assignments);

inline const QStringList &scoreCsvColumns()
{
    static const QStringList columns = {
        QStringLiteral("judge"), QStringLiteral("submission"), QStringLiteral("criterion"), QStringLiteral("weight"),
        QStringLiteral("min"),   QStringLiteral("max"),        QStringLiteral("score"),     QStringLiteral("comment")};
    return columns;
}

// The blank paper sheet of a track as CSV rows (header first); only the judge's rows when judgeId is set.
QList<QStringList> scoreTemplateRecords(const Database &db, qint64 trackId, qint64 judgeId = 0);
// The same rows with the stored scores filled in, and each sheet's comment on its first row: what
// `scores export` writes. Imported again (importScoresCsv) it changes nothing, except that a draft with
// every criterion scored comes back as submitted.
QList<QStringList> scoreRecords(const Database &db, qint64 trackId, qint64 judgeId = 0);

struct ScoreImportResult
{
    int added = 0;     // sheets created
    int updated = 0;   // sheets changed
    int unchanged = 0; // sheets the file left as they were
    int drafts = 0;    // sheets saved as drafts (not every criterion scored)
};
ScoreImportResult importScoresCsv(const Database &db, const QByteArray &bytes, const QString &source = {},
                                  const QString &actor = currentActor());

// A track's rubric as JSON (what `rubric show` prints and `rubric set` reads):
//   {"scaleMin": 1, "scaleMax": 10, "criteria": [{"id": 3, "name": "…", "description": "…", "weight": 30,
//    "anchors": [{"score": 1, "text": "…"}, …]}, {"name": "浏览量", "weight": 10, "figure": "views"}, …]}
// A criterion with an id is the stored one (its scores stay); one without is new; one left out is removed.
QByteArray rubricJson(const Database &db, qint64 trackId);
Rubric rubricFromJson(const QByteArray &json, qint64 trackId, const QString &source = {}); // throws hd::Error

// Submissions as CSV: `id,title,by,task,links,views,likes,favourites,comments,followers`.
// - id: empty for a new submission, else the one to update; by: "@login" of a participant or a team's name;
//   task: the task's number in the track (may be empty); links: separated by spaces, each "kind:url" with
//   kind pr, slides, report, article or other (a bare URL is "other"); figures: whole numbers or empty.
// Import is all or nothing, every bad line named; returns (added, updated).
QList<QStringList> submissionRecords(const Database &db, qint64 trackId);
// Who a submission is by, written as in the CSV's `by`: "@login" for a participant, else a team's name
// (any case). Either id is set, or `problem` says (translated) why neither could be.
struct SubmissionAuthor
{
    qint64 participantId = 0;
    qint64 teamId = 0;
    QString problem;
};
SubmissionAuthor resolveSubmissionAuthor(const Database &db, const QString &by);
std::pair<int, int> importSubmissionsCsv(const Database &db, qint64 trackId, const QByteArray &bytes,
                                         const QString &source = {});

// Results of a track: CSV `rank,submission,title,judges,raw,normalised` and JSON
// `[{"submission", "title", "rank", "judges", "raw", "normalised"}]`, three decimals, rank order.
QList<QStringList> resultRecords(const Database &db, qint64 trackId);
QByteArray resultsJson(const Database &db, qint64 trackId);

// "12 of 20 done": a judge's progress in a track (all tracks when 0).
QString progressText(int submitted, int assigned);

} // namespace hd
