// The judging reports:
// - judging: per judged track the ranking with raw and normalised results and judge counts, the judges'
//   score distributions, then one page per judge with their scores;
// - score sheets: a blank sheet per judge and assigned submission for paper judging, its names and ids
//   those of `scores template`, so that what a judge writes on paper is typed into that CSV as it stands.

#include "charts/charts.h"
#include "judging/judgingservice.h"
#include "model/error.h"
#include "reportbuilders.h"
#include "reports/chartdata.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/rubricrepository.h"
#include "storage/scorerepository.h"
#include "storage/submissionrepository.h"
#include "storage/taskrepository.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hd::reports {

namespace {

using Tone = ReportDocument::Tone;

// The tracks a judging report covers: those with a rubric or submissions, only the one asked for when set.
QList<Track> judgedTracks(const Context &ctx)
{
    const RubricRepository rubrics(ctx.db);
    const SubmissionRepository submissions(ctx.db);
    QList<Track> out;
    for (const Track &t : EventRepository(ctx.db).tracks()) {
        if (ctx.options.trackId != 0 && t.id != ctx.options.trackId)
            continue;
        if (rubrics.rubric(t.id) || !submissions.submissions(t.id).isEmpty())
            out.append(t);
    }
    if (ctx.options.trackId != 0 && out.isEmpty())
        throw Error(ReportDocument::tr("The track #%1 has no rubric and no submissions: nothing is judged there.")
                        .arg(ctx.options.trackId));
    return out;
}

// The judges a report covers: all, or the one asked for (refused when there is no such judge).
QList<Judge> reportJudges(const Context &ctx, qint64 trackId)
{
    const JudgeAssignmentRepository judging(ctx.db);
    if (ctx.options.judgeLogin.isEmpty())
        return judging.judges(trackId);
    const Judge judge = judging.requireJudgeByLogin(ctx.options.judgeLogin);
    return judge.trackIds.contains(trackId) ? QList<Judge>{judge} : QList<Judge>{};
}

QString judgeTitle(const Judge &j)
{
    return j.name.isEmpty() ? u"@"_s + j.login : u"%1 (@%2)"_s.arg(j.name, j.login);
}

QString lockText(const Context &ctx, const TrackLock &lock)
{
    if (!lock.finalised)
        return ReportDocument::tr("Provisional: the results of this track are not final and may still change.");
    return ReportDocument::tr("Final since %1 (finalised by %2).").arg(eventDate(ctx, lock.at), lock.by);
}

// "Views 12,345 · Likes 67": the figures an article's author reported.
QString figuresText(const Submission &s)
{
    const QLocale locale;
    QStringList parts;
    for (const Figure f : AllFigures)
        if (const auto value = s.figure(f))
            parts << u"%1 %2"_s.arg(figureName(f), locale.toString(*value));
    return parts.join(u" · "_s);
}

QString linksText(const Submission &s)
{
    QStringList lines;
    for (const SubmissionLink &l : s.links)
        lines << u"%1: %2"_s.arg(l.kind, l.url);
    return lines.join(u'\n');
}

QString taskText(const Context &ctx, const Submission &s)
{
    if (s.taskId == 0)
        return {};
    const auto task = TaskRepository(ctx.db).get(s.taskId);
    return task ? ReportDocument::tr("No.%1 %2").arg(task->number).arg(task->title)
                : ReportDocument::tr("(deleted task #%1)").arg(s.taskId);
}

// "1–3: … \n 4–6: …": a criterion's anchored levels, each with the band of scores it describes.
QString anchorsText(const Criterion &c, int scaleMax)
{
    QStringList lines;
    for (qsizetype i = 0; i < c.anchors.size(); ++i) {
        const int from = c.anchors[i].score;
        const int to = i + 1 < c.anchors.size() ? c.anchors[i + 1].score - 1 : scaleMax;
        const QString band = from == to ? QString::number(from) : u"%1–%2"_s.arg(from).arg(to);
        lines << u"%1: %2"_s.arg(band, c.anchors[i].text);
    }
    return lines.join(u'\n');
}

QString rubricText(const Rubric &r)
{
    QStringList judged, derived;
    for (const Criterion &c : r.criteria)
        (c.judged() ? judged : derived) << ReportDocument::tr("%1 (weight %2)").arg(c.name).arg(c.weight);
    QString text = ReportDocument::tr("Rubric: scores %1 to %2; judged: %3.")
                       .arg(r.scaleMin)
                       .arg(r.scaleMax)
                       .arg(QLocale().createSeparatedList(judged));
    if (!derived.isEmpty())
        text +=
            u' ' +
            ReportDocument::tr("Derived from the reported figures: %1.").arg(QLocale().createSeparatedList(derived));
    return text;
}

void trackResults(const Context &ctx, ReportDocument &doc, const Track &track)
{
    const JudgeAssignmentRepository judging(ctx.db);
    const SubmissionRepository submissionRepo(ctx.db);
    const JudgingResultRepository resultRepo(ctx.db);
    const QLocale locale;
    const auto rubric = RubricRepository(ctx.db).rubric(track.id);
    const QList<Submission> submissions = submissionRepo.submissions(track.id);
    QHash<qint64, const Submission *> byId;
    for (const Submission &s : submissions)
        byId.insert(s.id, &s);
    const QList<Assignment> assignments = judging.assignments(track.id);
    const QList<ScoreSheet> sheets = ScoreRepository(ctx.db).sheets(track.id);
    int submitted = 0;
    for (const ScoreSheet &s : sheets)
        submitted += s.status == SheetStatus::Submitted;
    const QList<SubmissionResult> results = resultRepo.results(track.id);
    int ranked = 0;
    for (const SubmissionResult &r : results)
        ranked += r.rank > 0;

    doc.pageBreak();
    doc.heading(ReportDocument::tr("Judging results: %1").arg(track.name), 1);
    const TrackLock lock = resultRepo.lock(track.id);
    doc.paragraph(lockText(ctx, lock), lock.finalised ? Tone::Normal : Tone::Warning);
    doc.paragraph(rubric ? rubricText(*rubric) : ReportDocument::tr("No rubric yet."), Tone::Muted);
    doc.figures({{ReportDocument::tr("submissions"), locale.toString(submissions.size())},
                 {ReportDocument::tr("ranked"), locale.toString(ranked)},
                 {ReportDocument::tr("judges"), locale.toString(judging.judges(track.id).size())},
                 {ReportDocument::tr("sheets submitted"), progressText(submitted, int(assignments.size()))}});

    QList<QStringList> rows;
    for (const SubmissionResult &r : results) {
        const Submission *s = byId.value(r.submissionId);
        rows << QStringList{r.rank > 0 ? locale.toString(r.rank) : u"–"_s,
                            u"#%1"_s.arg(r.submissionId),
                            s ? s->title : QString(),
                            s ? submissionRepo.authorLabel(*s) : QString(),
                            locale.toString(r.judges),
                            r.rank > 0 ? formatResult(r.raw) : u"–"_s,
                            r.rank > 0 ? formatResult(r.normalised) : u"–"_s};
    }
    if (rows.isEmpty()) {
        doc.paragraph(ReportDocument::tr("No submissions in this track yet."), Tone::Muted);
        return;
    }
    doc.heading(ReportDocument::tr("Ranking"), 2);
    doc.table({{ReportDocument::tr("Rank"), Qt::AlignRight, 7},
               {u"#"_s, Qt::AlignLeft, 6},
               {ReportDocument::tr("Title"), Qt::AlignLeft, 37},
               {ReportDocument::tr("By"), Qt::AlignLeft, 18},
               {ReportDocument::tr("Judges"), Qt::AlignRight, 8},
               {ReportDocument::tr("Raw"), Qt::AlignRight, 11},
               {ReportDocument::tr("Normalised"), Qt::AlignRight, 13}},
              rows);
    doc.paragraph(ReportDocument::tr("Raw: the mean of the judges' weighted scores. Normalised: each judge's scores "
                                     "moved to the track's mean and spread before the mean is taken, so that a "
                                     "strict and a lenient judge count alike. Ranked by the normalised result, then "
                                     "the raw result, then more judges, then the lower submission number; only "
                                     "submitted sheets count."),
                  Tone::Muted);

    ChartData data;
    data.scores = loadScoreDistributions(ctx.db, track.id);
    if (!data.scores.isEmpty()) {
        const ChartStyle style = ChartStyle::forPrint(ReportDocument::fontFamilies());
        doc.chart(createChart(ChartKind::ScoreDistribution, data, style), 0.5);
    }
}

// One page per judge of the track: their sheets, a column per judged criterion, w and n, status; comments.
void judgePages(const Context &ctx, ReportDocument &doc, const Track &track)
{
    const auto rubric = RubricRepository(ctx.db).rubric(track.id);
    if (!rubric)
        return;
    const QList<Criterion> criteria = rubric->judgedCriteria();
    QHash<qint64, QString> titles;
    for (const Submission &s : SubmissionRepository(ctx.db).submissions(track.id))
        titles.insert(s.id, s.title);
    // The normalised score of each submitted sheet.
    const QList<JudgeScore> scores = JudgingResultRepository(ctx.db).judgeScores(track.id);
    const QList<double> normalised = normalisedScores(scores);
    QHash<std::pair<qint64, qint64>, std::pair<double, double>> results; // (judge, submission) -> (w, n)
    for (qsizetype i = 0; i < scores.size(); ++i)
        results.insert({scores[i].judgeId, scores[i].submissionId}, {scores[i].weighted, normalised[i]});
    QHash<std::pair<qint64, qint64>, const ScoreSheet *> sheetOf;
    const QList<ScoreSheet> sheets = ScoreRepository(ctx.db).sheets(track.id);
    for (const ScoreSheet &s : sheets)
        sheetOf.insert({s.judgeId, s.submissionId}, &s);
    const QList<Assignment> assignments = JudgeAssignmentRepository(ctx.db).assignments(track.id);

    for (const Judge &judge : reportJudges(ctx, track.id)) {
        QList<QStringList> rows;
        QStringList comments;
        int assigned = 0, submitted = 0;
        for (const Assignment &a : assignments) {
            if (a.judgeId != judge.id)
                continue;
            ++assigned;
            const ScoreSheet *sheet = sheetOf.value({judge.id, a.submissionId});
            QStringList row{u"#%1 %2"_s.arg(a.submissionId).arg(titles.value(a.submissionId))};
            for (const Criterion &c : criteria)
                row << (sheet && sheet->scores.contains(c.id) ? QString::number(sheet->scores.value(c.id)) : QString());
            const auto result = results.constFind({judge.id, a.submissionId});
            row << (result != results.cend() ? formatResult(result->first) : u"–"_s)
                << (result != results.cend() ? formatResult(result->second) : u"–"_s)
                << (sheet ? sheetStatusName(sheet->status) : ReportDocument::tr("not started"));
            rows << row;
            if (sheet && sheet->status == SheetStatus::Submitted)
                ++submitted;
            if (sheet && !sheet->comment.trimmed().isEmpty())
                comments << u"#%1: %2"_s.arg(a.submissionId).arg(sheet->comment.trimmed());
        }
        if (assigned == 0)
            continue;
        doc.pageBreak();
        doc.heading(ReportDocument::tr("Judge %1 · %2").arg(judgeTitle(judge), track.name), 2);
        QString about = progressText(submitted, assigned);
        if (!judge.organisation.isEmpty())
            about = judge.organisation + u" · "_s + about;
        doc.paragraph(about, Tone::Muted);
        QList<ReportDocument::Column> columns{{ReportDocument::tr("Submission"), Qt::AlignLeft, 28}};
        const qreal criterionWidth = 33.0 / qreal(std::max<qsizetype>(1, criteria.size()));
        for (const Criterion &c : criteria)
            columns.append({u"%1 (%2)"_s.arg(c.name).arg(c.weight), Qt::AlignRight, criterionWidth});
        columns.append({ReportDocument::tr("Weighted"), Qt::AlignRight, 12});
        columns.append({ReportDocument::tr("Normalised"), Qt::AlignRight, 13});
        columns.append({ReportDocument::tr("Status"), Qt::AlignLeft, 14});
        doc.table(columns, rows);
        if (!comments.isEmpty()) {
            doc.heading(ReportDocument::tr("Comments"), 3);
            for (const QString &c : std::as_const(comments))
                doc.paragraph(c);
        }
    }
}

} // namespace

std::unique_ptr<ReportDocument> judging(const Context &ctx)
{
    auto doc = newDocument(ctx, ReportKind::Judging);
    const QList<Track> tracks = judgedTracks(ctx);
    if (tracks.isEmpty()) {
        doc->heading(ReportDocument::tr("Judging results"), 1);
        doc->paragraph(ReportDocument::tr("Nothing is judged yet: no track has a rubric or submissions."), Tone::Muted);
        return doc;
    }
    for (const Track &t : tracks)
        trackResults(ctx, *doc, t);
    for (const Track &t : tracks)
        judgePages(ctx, *doc, t);
    return doc;
}

std::unique_ptr<ReportDocument> scoreSheets(const Context &ctx)
{
    const JudgeAssignmentRepository judgeRepo(ctx.db);
    const SubmissionRepository submissionRepo(ctx.db);
    const RubricRepository rubricRepo(ctx.db);
    const QLocale locale;
    auto doc = newDocument(ctx, ReportKind::ScoreSheets);
    int pages = 0;
    for (const Track &track : judgedTracks(ctx)) {
        const auto rubric = rubricRepo.rubric(track.id);
        if (!rubric)
            continue;
        QList<Criterion> derived;
        for (const Criterion &c : rubric->criteria)
            if (!c.judged())
                derived << c;
        QHash<qint64, Submission> submissions;
        for (const Submission &s : submissionRepo.submissions(track.id))
            submissions.insert(s.id, s);
        const QList<Assignment> assignments = judgeRepo.assignments(track.id);
        for (const Judge &judge : reportJudges(ctx, track.id)) {
            for (const Assignment &a : assignments) {
                if (a.judgeId != judge.id || !submissions.contains(a.submissionId))
                    continue;
                const Submission &s = submissions[a.submissionId];
                doc->pageBreak();
                ++pages;
                doc->heading(ReportDocument::tr("Score sheet: %1").arg(track.name), 1);
                QString about = ReportDocument::tr("Judge: %1").arg(judgeTitle(judge));
                if (!judge.organisation.isEmpty())
                    about += u" · "_s + judge.organisation;
                doc->paragraph(about);
                doc->heading(ReportDocument::tr("Submission #%1: %2").arg(s.id).arg(s.title), 2);
                QList<QStringList> details{{ReportDocument::tr("By"), submissionRepo.authorLabel(s)}};
                if (const QString task = taskText(ctx, s); !task.isEmpty())
                    details << QStringList{ReportDocument::tr("Task"), task};
                if (const QString links = linksText(s); !links.isEmpty())
                    details << QStringList{ReportDocument::tr("Links"), links};
                if (const QString figures = figuresText(s); !figures.isEmpty())
                    details << QStringList{ReportDocument::tr("Reported figures"), figures};
                doc->table({{ReportDocument::tr("About"), Qt::AlignLeft, 18}, {QString(), Qt::AlignLeft, 82}}, details);

                QList<QStringList> rows;
                for (const Criterion &c : rubric->judgedCriteria()) {
                    const QString name = c.description.isEmpty() ? c.name : c.name + u'\n' + c.description;
                    rows << QStringList{name, locale.toString(c.weight), anchorsText(c, rubric->scaleMax),
                                        u"\n____ (%1–%2)"_s.arg(rubric->scaleMin).arg(rubric->scaleMax)};
                }
                doc->table({{ReportDocument::tr("Criterion"), Qt::AlignLeft, 24},
                            {ReportDocument::tr("Weight"), Qt::AlignRight, 8},
                            {ReportDocument::tr("Levels"), Qt::AlignLeft, 50},
                            {ReportDocument::tr("Score"), Qt::AlignCenter, 18}},
                           rows);
                if (!derived.isEmpty()) {
                    QStringList names;
                    for (const Criterion &c : std::as_const(derived))
                        names << ReportDocument::tr("%1 (weight %2)").arg(c.name).arg(c.weight);
                    doc->paragraph(ReportDocument::tr("Computed by the organisers from the reported figures, not "
                                                      "scored here: %1.")
                                       .arg(QLocale().createSeparatedList(names)),
                                   Tone::Muted);
                }
                doc->table({{ReportDocument::tr("Comment"), Qt::AlignLeft, 100}}, {{u"\n\n\n\n"_s}});
                doc->signatureLines({ReportDocument::tr("Judge's signature and date")});
                doc->paragraph(ReportDocument::tr("For the organisers: judge %1, submission %2 in the CSV of "
                                                  "\"hackdesk scores template\"; whole numbers from %3 to %4.")
                                   .arg(judge.login)
                                   .arg(s.id)
                                   .arg(rubric->scaleMin)
                                   .arg(rubric->scaleMax),
                               Tone::Muted);
            }
        }
    }
    if (pages == 0) {
        doc->heading(ReportDocument::tr("Score sheets"), 1);
        doc->paragraph(ctx.options.judgeLogin.isEmpty()
                           ? ReportDocument::tr("No score sheets: no judge has an assigned submission yet. Assign "
                                                "the judges first (hackdesk judges assign --track T).")
                           : ReportDocument::tr("No score sheets: @%1 has no assigned submission here.")
                                 .arg(judgeRepo.requireJudgeByLogin(ctx.options.judgeLogin).login),
                       Tone::Muted);
    }
    return doc;
}

} // namespace hd::reports
