#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

// The judging domain: judges, rubrics, submissions, assignments and score sheets. Plain values; the
// rules are in judgingrules.h, storage in storage/: judgeassignmentrepository.h, submissionrepository.h,
// rubricrepository.h, scorerepository.h, judgingresultrepository.h and judginglog.h.

namespace hd {

// A figure an article's author reports in stage 2. A rubric criterion may be derived from one.
enum class Figure { Views, Likes, Favourites, Comments, Followers };
inline constexpr int FigureCount = 5;
inline constexpr std::array<Figure, FigureCount> AllFigures = {Figure::Views, Figure::Likes, Figure::Favourites,
                                                               Figure::Comments, Figure::Followers};

QString figureKey(Figure figure); // "views", "likes", "favourites", "comments", "followers"
std::optional<Figure> figureFromKey(QStringView key);
QString figureName(Figure figure); // translated, for people

// Someone a judge must not judge: a participant (by login), a team (by name) or an organisation.
struct JudgeConflict
{
    enum class Kind { Participant, Team, Organisation };
    Kind kind = Kind::Participant;
    QString value;

    bool operator==(const JudgeConflict &) const = default;
};

QString conflictKindKey(JudgeConflict::Kind kind); // "participant", "team", "organisation"
std::optional<JudgeConflict::Kind> conflictKindFromKey(QStringView key);

// A judge of one or more tracks, known by a login (unique whatever its case).
struct Judge
{
    qint64 id = 0;
    QString login;
    QString name;
    QString organisation;
    QList<qint64> trackIds;
    QList<JudgeConflict> conflicts;

    bool operator==(const Judge &) const = default;
};

// What one level of a criterion's scale means. An anchor describes its score and every score above it
// up to the next anchor, so anchors may describe bands (1-3, 4-6, 7-8, 9-10).
struct Anchor
{
    int score = 0;
    QString text;

    bool operator==(const Anchor &) const = default;
};

// One weighted criterion of a rubric: scored by the judges, or derived from a reported figure.
struct Criterion
{
    qint64 id = 0;
    QString name;
    QString description;
    int weight = 1;               // a positive whole number; only the ratios matter
    std::optional<Figure> figure; // set: derived from the figure (log-scaled), not scored by judges
    QList<Anchor> anchors;        // by score; judges' criteria have one at the scale's minimum

    bool judged() const { return !figure.has_value(); }
    bool operator==(const Criterion &) const = default;
};

// How a track's submissions are judged: a scale of whole numbers and 3-6 judges' criteria (plus, for
// articles, criteria derived from the reported figures).
struct Rubric
{
    qint64 trackId = 0;
    int scaleMin = 1;
    int scaleMax = 10;
    QList<Criterion> criteria; // in the order forms show them

    QList<Criterion> judgedCriteria() const;
    const Criterion *criterion(qint64 id) const;
    bool operator==(const Rubric &) const = default;
};

// A link of a submission: a pull request, slides, a report, the article.
struct SubmissionLink
{
    QString kind; // "pr", "slides", "report", "article", "other"
    QString url;

    bool operator==(const SubmissionLink &) const = default;
};

// A piece of work put forward for judging in a track, by a participant or a team.
//
// participantId, teamId and taskId refer to the event's people and tasks without a foreign key, so that
// deleting (and undoing the delete of) a participant, team or task elsewhere never touches judging; a
// reference to something deleted shows as such.
struct Submission
{
    qint64 id = 0;
    qint64 trackId = 0;
    QString title;
    qint64 participantId = 0; // exactly one of participant and team is set
    qint64 teamId = 0;
    qint64 taskId = 0; // 0 = none
    QList<SubmissionLink> links;
    std::array<std::optional<qint64>, FigureCount> figures{}; // articles: as reported; empty = not reported

    std::optional<qint64> figure(Figure f) const { return figures[size_t(f)]; }
    bool operator==(const Submission &) const = default;
};

// A judge assigned to a submission; `manual` when staff chose it rather than the automatic assignment.
struct Assignment
{
    qint64 judgeId = 0;
    qint64 submissionId = 0;
    bool manual = false;

    bool operator==(const Assignment &) const = default;
};

enum class SheetStatus { Draft, Submitted };
QString sheetStatusKey(SheetStatus status); // "draft", "submitted"
std::optional<SheetStatus> sheetStatusFromKey(QStringView key);
QString sheetStatusName(SheetStatus status); // translated

// One judge's form for one submission: a whole number per judged criterion, a comment, draft or submitted.
// Only submitted sheets count in the results.
struct ScoreSheet
{
    qint64 judgeId = 0;
    qint64 submissionId = 0;
    SheetStatus status = SheetStatus::Draft;
    QMap<qint64, int> scores; // criterion id -> score on the rubric's scale
    QString comment;
    QDateTime updatedAt;
    QString updatedBy;

    // Same scores, comment and status (when and by whom aside).
    bool sameContent(const ScoreSheet &o) const
    {
        return judgeId == o.judgeId && submissionId == o.submissionId && status == o.status && scores == o.scores &&
               comment == o.comment;
    }
};

// Whether a track's results are final: its scores, assignments and rubric are then locked.
struct TrackLock
{
    bool finalised = false;
    QDateTime at;
    QString by;
};

// One line of the judging audit log: who changed what, when, from what to what.
struct JudgingLogEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // "score", "comment", "status", "assign", "unassign", "finalise", "unlock", "packet-export",
                    // "packet-import", "rubric", "judge", "submission"
    qint64 trackId = 0;
    QString judge; // the judge's login at the time
    qint64 submissionId = 0;
    QString criterion; // the criterion's name at the time
    QString oldValue;
    QString newValue;
    QString note;
};

} // namespace hd
