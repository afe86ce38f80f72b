#pragma once

#include "judgingmodel.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The rules of judging, pure: values in, values out; no database, no I/O.
//
// Rubric: a scale of whole numbers min..max with 0 <= min < max <= 100; 3-6 criteria scored by the
// judges, each with a name (unique in the rubric, whatever its case), a weight of 1-1000 and an anchor at
// the scale's minimum (so every level has a description), anchors inside the scale and at most one per
// score; at most one derived criterion per figure.
//
// Conflicts: a judge may not judge a submission when
//   - the judge is one of its authors (their login is the participant's or a team member's);
//   - the judge declared a conflict with one of its authors (login), its team (name) or an organisation
//     one of its authors belongs to;
//   - the judge's own organisation is one of its authors' organisations;
//   - the judge mentors one of its authors in the code camp: one of the mentors of a camp project the
//     author is a camper of is the judge's login or the judge's name (see campMentors()).
//   Logins, names, team names and organisations compare trimmed and without case; a leading '@' is ignored.
//
// Weighted score of one judge's sheet: w = Σ weightᵢ·scoreᵢ / Σ weightᵢ over every criterion of the
// rubric, the derived ones included; only when every judged criterion has a score.
//
// Derived criteria: a figure x of a submission scores min + (max − min)·ln(1 + x)/ln(1 + xmax), xmax the
// largest value of that figure among the track's submissions; a figure not reported counts as 0, and
// when xmax is 0 every submission scores the minimum.
//
// Normalisation within a track: for judge j with mean μⱼ and population standard deviation σⱼ of their w,
// and μ, σ over all w of the track, n = μ + σ·(w − μⱼ)/σⱼ, and n = μ when σⱼ = 0. A submission's raw
// result is the mean of its w, its normalised result the mean of its n.
//
// Ranking: by normalised result (higher first), then raw result, then more judges, then lower submission
// id. Results compare at 6 decimals, so that rounding noise never decides a rank; submissions without a
// submitted sheet are not ranked and come last by id. Equal results keep distinct ranks (1, 2, 3 …): the
// tie-breaks decide.

namespace hd {

// What is wrong with a rubric; empty when it is fine.
QStringList rubricProblems(const Rubric &rubric);

// The anchor describing `score`: the one at the highest score not above it; nullptr when none.
const Anchor *anchorFor(const Criterion &criterion, int score);

// The people behind a judge, as the conflict rule sees them.
struct JudgeProfile
{
    QString login;
    QString name; // matched against camp mentors written by name
    QString organisation;
    QList<JudgeConflict> conflicts;
};

// The people behind a submission, as the conflict rule sees them.
struct SubmissionProfile
{
    struct Author
    {
        QString login;
        QString organisation;
        QStringList mentors; // their code-camp mentors, logins or names (campMentors())
    };
    QList<Author> authors; // the participant, or the team's members
    QString teamName;      // empty for a participant's submission
};

// The mentors of a camp project as the event writes them ("@a, @b", "张三 (@zhangsan)、李四", "Li Si"):
// each GitHub login without its '@', and each name written beside or instead of one, in order, without
// repeats. Entries are separated by commas, 、, semicolons, slashes or line breaks; "@a @b" are two.
QStringList campMentors(QStringView written);

// A link of a submission as typed: "kind:url" with kind pr, slides, report, article or other, or a bare
// http(s) address (kind other). nullopt, with the reason in `problem`, when it is neither.
std::optional<SubmissionLink> parseSubmissionLink(QStringView text, QString *problem = nullptr);

// Why the judge may not judge the submission (translated, naming the person or organisation), or
// nullopt when they may.
std::optional<QString> conflictReason(const JudgeProfile &judge, const SubmissionProfile &submission);

// The derived score of a figure value on the scale, given the largest value in the track.
double figureScore(qint64 value, qint64 maxInTrack, int scaleMin, int scaleMax);
// The derived criteria's scores of each submission: submission id -> criterion id -> score.
QHash<qint64, QHash<qint64, double>> derivedScores(const Rubric &rubric, const QList<Submission> &submissions);

// The weighted score w of a sheet's scores, with the submission's derived scores; nullopt when a judged
// criterion has no score or the rubric has no weight.
std::optional<double> weightedScore(const Rubric &rubric, const QMap<qint64, int> &scores,
                                    const QHash<qint64, double> &derived = {});

// What is wrong with a sheet's scores under the rubric (unknown criteria, scores outside the scale, and
// for a submitted sheet any judged criterion without a score); empty when it is fine.
QStringList sheetProblems(const Rubric &rubric, const QMap<qint64, int> &scores, SheetStatus status,
                          const QString &comment = {});

// A score form as typed: text per judged criterion. Parses, checks and says what is wrong, field by field.
struct SheetValidation
{
    QMap<qint64, int> scores;  // the fields that hold a valid score
    QStringList problems;      // translated, one per problem, in the form's order
    QList<qint64> badCriteria; // fields to highlight
    int filled = 0;            // valid scores
    int total = 0;             // judged criteria
};
SheetValidation validateSheet(const Rubric &rubric, const QMap<qint64, QString> &texts, const QString &comment,
                              SheetStatus target);

// Longest comment a sheet takes.
inline constexpr int MaxCommentLength = 4000;

// One judge's weighted score of one submission: what normalisation and ranking read.
struct JudgeScore
{
    qint64 judgeId = 0;
    qint64 submissionId = 0;
    double weighted = 0;
};

// A submission's results in its track.
struct SubmissionResult
{
    qint64 submissionId = 0;
    int rank = 0; // 1 = first; 0 = not ranked (no submitted sheet)
    int judges = 0;
    double raw = 0;
    double normalised = 0;
};

// The normalised score n of every judge score, in input order (see the top of this header).
QList<double> normalisedScores(const QList<JudgeScore> &scores);

// Results of every submission of a track, ranked; `submissions` lists them all (scored or not).
QList<SubmissionResult> rankSubmissions(const QList<JudgeScore> &scores, const QList<qint64> &submissions);

// "7.125": a result as printed, three decimals, rounded half away from zero.
QString formatResult(double value);

// Why scores of a track cannot change now (translated), or an empty string.
QString lockProblem(const TrackLock &lock, const QString &trackName);
// What is wrong with the reason given for unlocking; empty when it will do.
QString unlockReasonProblem(const QString &reason);

} // namespace hd
