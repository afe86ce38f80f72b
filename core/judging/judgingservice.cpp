#include "judgingservice.h"

#include "io/csv.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/participantrepository.h"
#include "storage/rubricrepository.h"
#include "storage/scorerepository.h"
#include "storage/submissionrepository.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Judging)
};

constexpr int MaxListedProblems = 50;

struct Problem
{
    int line = 0;
    QString message;
};

[[noreturn]] void fail(const QString &source, const QList<Problem> &problems)
{
    const int count = int(problems.size());
    QString message = source.isEmpty()
                          ? Tr::tr("Nothing was imported: %n problem(s).", nullptr, count)
                          : Tr::tr("Nothing was imported from %1: %n problem(s).", nullptr, count).arg(source);
    for (int i = 0; i < count && i < MaxListedProblems; ++i)
        message += u'\n' + Tr::tr("line %1: %2").arg(problems[i].line).arg(problems[i].message);
    if (count > MaxListedProblems)
        message += u'\n' + Tr::tr("... and %n more.", nullptr, count - MaxListedProblems);
    throw Error(message);
}

// Free text a spreadsheet would run as a formula stays text behind an apostrophe (io/csv.h).
QString textCell(const QString &text)
{
    return spreadsheetText(text);
}

QString textValue(const QString &cell)
{
    return fromSpreadsheetText(cell);
}

} // namespace

AssignmentResult assignTrack(const Database &db, qint64 trackId, int perSubmission, bool dryRun, const QString &actor)
{
    JudgeAssignmentRepository judgeRepo(db);
    SubmissionRepository submissionRepo(db);
    JudgingResultRepository resultRepo(db);
    const Track track = [&] {
        if (auto t = EventRepository(db).track(trackId))
            return *t;
        throw Error(Tr::tr("There is no track %1.").arg(trackId));
    }();
    if (perSubmission < 1 || perSubmission > 50)
        throw Error(Tr::tr("Each submission needs from 1 to 50 judges, not %1.").arg(perSubmission));
    resultRepo.requireUnlocked(trackId);

    const QList<Judge> judges = judgeRepo.judges(trackId);
    const QList<Submission> submissions = submissionRepo.submissions(trackId);
    AssignmentInput input;
    input.perSubmission = perSubmission;
    QList<JudgeProfile> judgeProfiles;
    for (const Judge &j : judges) {
        input.judges.append(j.id);
        input.judgeLabels.insert(j.id, u"@"_s + j.login);
        judgeProfiles.append(judgeRepo.profile(j));
    }
    const QHash<qint64, SubmissionProfile> profiles = judgeRepo.profiles(submissions);
    for (const Submission &s : submissions) {
        input.submissions.append(s.id);
        input.submissionLabels.insert(s.id, submissionRepo.submissionLabel(s));
        const SubmissionProfile profile = profiles.value(s.id);
        for (qsizetype j = 0; j < judges.size(); ++j)
            if (const auto reason = conflictReason(judgeProfiles[j], profile))
                input.conflicts.insert({s.id, judges[j].id}, *reason);
    }
    for (const Assignment &a : judgeRepo.assignments(trackId))
        input.existing.append({a.submissionId, a.judgeId});

    const AssignmentResult result = assignJudges(input);
    if (!dryRun) {
        QList<std::pair<qint64, qint64>> pairs; // judge, submission
        for (const auto &[submission, judge] : result.added)
            pairs.append({judge, submission});
        judgeRepo.assign(pairs, false, actor);
    }
    return result;
}

QList<AssignmentConflict> assignmentConflicts(const Database &db, qint64 trackId)
{
    const JudgeAssignmentRepository judgeRepo(db);
    return assignmentConflicts(db, judgeRepo.judges(), SubmissionRepository(db).submissions(trackId),
                               judgeRepo.assignments(trackId));
}

QList<AssignmentConflict> assignmentConflicts(const Database &db, const QList<Judge> &everyJudge,
                                              const QList<Submission> &submissions,
                                              const QList<Assignment> &assignments)
{
    const JudgeAssignmentRepository judgeRepo(db);
    QHash<qint64, Judge> judges;
    for (const Judge &j : everyJudge)
        judges.insert(j.id, j);
    const QHash<qint64, SubmissionProfile> profiles = judgeRepo.profiles(submissions);
    QList<AssignmentConflict> out;
    for (const Assignment &a : assignments) {
        const auto profile = profiles.constFind(a.submissionId);
        if (!judges.contains(a.judgeId) || profile == profiles.cend())
            continue;
        if (const auto reason = conflictReason(judgeRepo.profile(judges[a.judgeId]), *profile))
            out.append({a.judgeId, a.submissionId, *reason});
    }
    return out;
}

namespace {
// The rows of the track's score sheets: one per assigned judge (or only `judgeId`), submission and judged
// criterion, by judge login and submission id; the stored scores and comments when `filled`.
QList<QStringList> sheetRecords(const Database &db, qint64 trackId, qint64 judgeId, bool filled)
{
    JudgeAssignmentRepository judgeRepo(db);
    RubricRepository rubricRepo(db);
    ScoreRepository scoreRepo(db);
    const Rubric rubric = rubricRepo.requireRubric(trackId);
    QHash<qint64, QString> logins;
    for (const Judge &j : judgeRepo.judges())
        logins.insert(j.id, j.login);
    QList<Assignment> assignments = judgeRepo.assignments(trackId);
    assignments.removeIf([judgeId](const Assignment &a) { return judgeId != 0 && a.judgeId != judgeId; });
    std::sort(assignments.begin(), assignments.end(), [&](const Assignment &a, const Assignment &b) {
        const int byLogin = logins.value(a.judgeId).compare(logins.value(b.judgeId), Qt::CaseInsensitive);
        return byLogin != 0 ? byLogin < 0 : a.submissionId < b.submissionId;
    });
    QList<QStringList> records{scoreCsvColumns()};
    for (const Assignment &a : assignments) {
        const std::optional<ScoreSheet> sheet = filled ? scoreRepo.sheet(a.judgeId, a.submissionId) : std::nullopt;
        bool first = true;
        for (const Criterion &c : rubric.criteria) {
            if (!c.judged())
                continue;
            const QString score =
                sheet && sheet->scores.contains(c.id) ? QString::number(sheet->scores.value(c.id)) : QString();
            records.append({logins.value(a.judgeId), QString::number(a.submissionId), textCell(c.name),
                            QString::number(c.weight), QString::number(rubric.scaleMin),
                            QString::number(rubric.scaleMax), score,
                            sheet && first ? textCell(sheet->comment) : QString()});
            first = false;
        }
    }
    return records;
}
} // namespace

QList<QStringList> scoreTemplateRecords(const Database &db, qint64 trackId, qint64 judgeId)
{
    return sheetRecords(db, trackId, judgeId, false);
}

QList<QStringList> scoreRecords(const Database &db, qint64 trackId, qint64 judgeId)
{
    return sheetRecords(db, trackId, judgeId, true);
}

ScoreImportResult importScoresCsv(const Database &db, const QByteArray &bytes, const QString &source,
                                  const QString &actor)
{
    const QList<CsvRecord> records = parseCsv(bytes, source);
    const QStringList &columns = scoreCsvColumns();
    if (records.isEmpty())
        fail(source, {{1, Tr::tr("the file is empty; its first line must be the header %1.").arg(columns.join(u','))}});
    QList<Problem> problems;
    QHash<QString, int> index;
    const CsvRecord &header = records.first();
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (index.contains(name))
            problems.append({header.line, Tr::tr("the column \"%1\" appears twice.").arg(name)});
        else if (!columns.contains(name))
            problems.append({header.line, Tr::tr("unknown column \"%1\"; the columns are %2.")
                                              .arg(header.fields[i].trimmed(), columns.join(u','))});
        index.insert(name, int(i));
    }
    QStringList missing;
    for (const QString &c : columns)
        if (!index.contains(c))
            missing << c;
    if (!missing.isEmpty())
        problems.append({header.line, Tr::tr("missing column(s) %1; the first line must be the header %2.")
                                          .arg(missing.join(u", "_s), columns.join(u','))});
    if (!problems.isEmpty())
        fail(source, problems);

    JudgeAssignmentRepository judgeRepo(db);
    SubmissionRepository submissionRepo(db);
    RubricRepository rubricRepo(db);
    ScoreRepository scoreRepo(db);
    JudgingResultRepository resultRepo(db);
    QHash<QString, std::optional<Judge>> judgeCache;
    QHash<qint64, std::optional<Submission>> submissionCache;
    QHash<qint64, std::optional<Rubric>> rubricCache;
    QHash<qint64, QString> lockCache;
    struct Pending
    {
        qint64 judgeId = 0;
        qint64 submissionId = 0;
        QMap<qint64, int> scores;
        QStringList comments;
        int line = 0;
    };
    QList<Pending> pending;
    QHash<QPair<qint64, qint64>, qsizetype> pendingIndex;
    QHash<QString, int> seenRows; // "judge/submission/criterion" -> line

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records[r];
        auto field = [&](const QString &column) { return record.fields.value(index.value(column)).trimmed(); };
        bool empty = true;
        for (const QString &f : record.fields)
            empty = empty && f.trimmed().isEmpty();
        if (empty)
            continue;
        const int line = record.line;
        auto problem = [&](const QString &message) { problems.append({line, message}); };

        const QString login = field(u"judge"_s);
        if (!judgeCache.contains(login.toLower()))
            judgeCache.insert(login.toLower(), judgeRepo.judgeByLogin(login));
        const std::optional<Judge> &judge = judgeCache[login.toLower()];
        if (!judge) {
            problem(Tr::tr("there is no judge \"%1\".").arg(login));
            continue;
        }
        bool ok = false;
        const qint64 submissionId = field(u"submission"_s).toLongLong(&ok);
        if (!ok) {
            problem(Tr::tr("submission \"%1\" is not a submission id.").arg(field(u"submission"_s)));
            continue;
        }
        if (!submissionCache.contains(submissionId))
            submissionCache.insert(submissionId, submissionRepo.submission(submissionId));
        const std::optional<Submission> &submission = submissionCache[submissionId];
        if (!submission) {
            problem(Tr::tr("there is no submission %1.").arg(submissionId));
            continue;
        }
        if (!judgeRepo.isAssigned(judge->id, submissionId)) {
            problem(
                Tr::tr("@%1 is not assigned to %2.").arg(judge->login, submissionRepo.submissionLabel(*submission)));
            continue;
        }
        const qint64 track = submission->trackId;
        if (!lockCache.contains(track)) {
            lockCache.insert(track, lockProblem(resultRepo.lock(track), EventRepository(db).track(track)->name));
            rubricCache.insert(track, rubricRepo.rubric(track));
        }
        if (!lockCache[track].isEmpty()) {
            problem(lockCache[track]);
            continue;
        }
        const std::optional<Rubric> &rubric = rubricCache[track];
        if (!rubric) {
            problem(Tr::tr("the track of %1 has no rubric.").arg(submissionRepo.submissionLabel(*submission)));
            continue;
        }
        const QString criterionName = textValue(field(u"criterion"_s));
        const Criterion *criterion = nullptr;
        for (const Criterion &c : rubric->criteria)
            if (c.judged() && c.name.compare(criterionName, Qt::CaseInsensitive) == 0)
                criterion = &c;
        if (!criterion) {
            problem(Tr::tr("the rubric has no criterion \"%1\" for the judges to score.").arg(criterionName));
            continue;
        }
        const QString rowKey = u"%1/%2/%3"_s.arg(judge->id).arg(submissionId).arg(criterion->id);
        if (seenRows.contains(rowKey)) {
            problem(Tr::tr("@%1, submission %2, %3 is already on line %4.")
                        .arg(judge->login)
                        .arg(submissionId)
                        .arg(criterion->name)
                        .arg(seenRows[rowKey]));
            continue;
        }
        seenRows.insert(rowKey, line);
        const std::pair<QString, int> fixed[] = {
            {u"weight"_s, criterion->weight}, {u"min"_s, rubric->scaleMin}, {u"max"_s, rubric->scaleMax}};
        bool stale = false;
        for (const auto &[column, value] : fixed) {
            const QString given = field(column);
            if (!given.isEmpty() && given != QString::number(value)) {
                problem(Tr::tr("%1 of %2 is %3 in the rubric, not %4: print a new template.")
                            .arg(column, criterion->name)
                            .arg(value)
                            .arg(given));
                stale = true;
            }
        }
        if (stale)
            continue;
        const QPair<qint64, qint64> key{judge->id, submissionId};
        if (!pendingIndex.contains(key)) {
            pendingIndex.insert(key, pending.size());
            pending.append({judge->id, submissionId, {}, {}, line});
        }
        Pending &p = pending[pendingIndex[key]];
        const QString scoreText = field(u"score"_s);
        if (!scoreText.isEmpty()) {
            const int score = scoreText.toInt(&ok);
            if (!ok)
                problem(Tr::tr("score \"%1\" is not a whole number.").arg(scoreText));
            else if (score < rubric->scaleMin || score > rubric->scaleMax)
                problem(Tr::tr("%1: %2 is outside the scale %3-%4.")
                            .arg(criterion->name)
                            .arg(score)
                            .arg(rubric->scaleMin)
                            .arg(rubric->scaleMax));
            else
                p.scores.insert(criterion->id, score);
        }
        const QString comment = textValue(record.fields.value(index.value(u"comment"_s)).trimmed());
        if (!comment.isEmpty() && !p.comments.contains(comment))
            p.comments << comment;
    }
    if (!problems.isEmpty())
        fail(source, problems);

    ScoreImportResult result;
    Transaction tx(db);
    for (const Pending &p : pending) {
        const std::optional<ScoreSheet> old = scoreRepo.sheet(p.judgeId, p.submissionId);
        ScoreSheet sheet = old.value_or(ScoreSheet{p.judgeId, p.submissionId, SheetStatus::Draft, {}, {}, {}, {}});
        for (auto it = p.scores.cbegin(); it != p.scores.cend(); ++it)
            sheet.scores.insert(it.key(), it.value());
        if (!p.comments.isEmpty())
            sheet.comment = p.comments.join(u'\n');
        const Rubric &rubric = *rubricCache[submissionCache[p.submissionId]->trackId];
        bool complete = true;
        for (const Criterion &c : rubric.criteria)
            complete = complete && (!c.judged() || sheet.scores.contains(c.id));
        sheet.status = complete ? SheetStatus::Submitted : SheetStatus::Draft;
        const QStringList sheetIssues = sheetProblems(rubric, sheet.scores, sheet.status, sheet.comment);
        if (!sheetIssues.isEmpty()) {
            problems.append({p.line, sheetIssues.join(u' ')});
            continue;
        }
        if (sheet.status == SheetStatus::Draft)
            ++result.drafts;
        if (!scoreRepo.saveSheet(sheet, actor,
                                 source.isEmpty() ? Tr::tr("CSV import") : Tr::tr("CSV import of %1").arg(source)))
            ++result.unchanged;
        else if (old)
            ++result.updated;
        else
            ++result.added;
    }
    if (!problems.isEmpty())
        fail(source, problems);
    tx.commit();
    return result;
}

QList<QStringList> resultRecords(const Database &db, qint64 trackId)
{
    SubmissionRepository submissionRepo(db);
    JudgingResultRepository resultRepo(db);
    QHash<qint64, QString> titles;
    for (const Submission &s : submissionRepo.submissions(trackId))
        titles.insert(s.id, s.title);
    QList<QStringList> records{{u"rank"_s, u"submission"_s, u"title"_s, u"judges"_s, u"raw"_s, u"normalised"_s}};
    for (const SubmissionResult &r : resultRepo.results(trackId)) {
        const bool ranked = r.rank > 0;
        records.append({ranked ? QString::number(r.rank) : QString(), QString::number(r.submissionId),
                        textCell(titles.value(r.submissionId)), QString::number(r.judges),
                        ranked ? formatResult(r.raw) : QString(), ranked ? formatResult(r.normalised) : QString()});
    }
    return records;
}

QByteArray resultsJson(const Database &db, qint64 trackId)
{
    // Written by hand so that the members keep the documented order and results their three decimals.
    SubmissionRepository submissionRepo(db);
    JudgingResultRepository resultRepo(db);
    QHash<qint64, QString> titles;
    for (const Submission &s : submissionRepo.submissions(trackId))
        titles.insert(s.id, s.title);
    auto jsonString = [](const QString &text) {
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2); // ["…"] -> "…"
    };
    const QList<SubmissionResult> results = resultRepo.results(trackId);
    QByteArray out = "[";
    for (qsizetype i = 0; i < results.size(); ++i) {
        const SubmissionResult &r = results[i];
        const bool ranked = r.rank > 0;
        out += i ? ",\n    " : "\n    ";
        out += "{\"submission\": " + QByteArray::number(r.submissionId);
        out += ", \"title\": " + jsonString(titles.value(r.submissionId));
        out += ", \"rank\": " + (ranked ? QByteArray::number(r.rank) : QByteArray("null"));
        out += ", \"judges\": " + QByteArray::number(r.judges);
        out += ", \"raw\": " + (ranked ? formatResult(r.raw).toLatin1() : QByteArray("null"));
        out += ", \"normalised\": " + (ranked ? formatResult(r.normalised).toLatin1() : QByteArray("null")) + '}';
    }
    out += results.isEmpty() ? "]\n" : "\n]\n";
    return out;
}

QByteArray rubricJson(const Database &db, qint64 trackId)
{
    const Rubric r = RubricRepository(db).requireRubric(trackId);
    QJsonArray criteria;
    for (const Criterion &c : r.criteria) {
        QJsonObject o{{u"id"_s, c.id}, {u"name"_s, c.name}, {u"description"_s, c.description}, {u"weight"_s, c.weight}};
        if (c.figure) {
            o.insert(u"figure"_s, figureKey(*c.figure));
        } else {
            QJsonArray anchors;
            for (const Anchor &a : c.anchors)
                anchors.append(QJsonObject{{u"score"_s, a.score}, {u"text"_s, a.text}});
            o.insert(u"anchors"_s, anchors);
        }
        criteria.append(o);
    }
    return QJsonDocument(
               QJsonObject{{u"scaleMin"_s, r.scaleMin}, {u"scaleMax"_s, r.scaleMax}, {u"criteria"_s, criteria}})
        .toJson(QJsonDocument::Indented);
}

Rubric rubricFromJson(const QByteArray &json, qint64 trackId, const QString &source)
{
    const QString name = source.isEmpty() ? Tr::tr("The rubric") : source;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(Tr::tr("%1 is not a rubric: it is not a JSON object (%2 at byte %3).")
                        .arg(name, error.errorString())
                        .arg(error.offset));
    const QJsonObject o = doc.object();
    auto whole = [&](const QJsonObject &from, const QString &key, int fallback) {
        const QJsonValue v = from.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
            throw Error(Tr::tr("%1: \"%2\" is not a whole number.").arg(name, key));
        return int(v.toInteger());
    };
    Rubric r;
    r.trackId = trackId;
    r.scaleMin = whole(o, u"scaleMin"_s, 1);
    r.scaleMax = whole(o, u"scaleMax"_s, 10);
    if (!o.value(u"criteria"_s).isArray())
        throw Error(Tr::tr("%1: \"criteria\" must be a list.").arg(name));
    for (const QJsonValue &v : o.value(u"criteria"_s).toArray()) {
        const QJsonObject c = v.toObject();
        Criterion crit;
        crit.id = c.value(u"id"_s).toInteger();
        crit.name = c.value(u"name"_s).toString();
        crit.description = c.value(u"description"_s).toString();
        crit.weight = whole(c, u"weight"_s, 0);
        if (c.contains(u"figure"_s)) {
            crit.figure = figureFromKey(c.value(u"figure"_s).toString());
            if (!crit.figure)
                throw Error(Tr::tr("%1: %2: \"figure\" is one of views, likes, favourites, comments, followers.")
                                .arg(name, crit.name));
        }
        for (const QJsonValue &a : c.value(u"anchors"_s).toArray())
            crit.anchors.append({whole(a.toObject(), u"score"_s, 0), a.toObject().value(u"text"_s).toString()});
        r.criteria.append(crit);
    }
    return r;
}

QList<QStringList> submissionRecords(const Database &db, qint64 trackId)
{
    SubmissionRepository repo(db);
    QList<QStringList> records{{u"id"_s, u"title"_s, u"by"_s, u"task"_s, u"links"_s, u"views"_s, u"likes"_s,
                                u"favourites"_s, u"comments"_s, u"followers"_s}};
    for (const Submission &s : repo.submissions(trackId)) {
        QStringList links;
        for (const SubmissionLink &l : s.links)
            links << l.kind + u':' + l.url;
        QString task;
        if (const auto t = s.taskId ? TaskRepository(db).get(s.taskId) : std::nullopt)
            task = QString::number(t->number);
        QStringList row{QString::number(s.id), textCell(s.title), textCell(repo.authorLabel(s)), task,
                        links.join(u' ')};
        for (Figure f : AllFigures)
            row << (s.figure(f) ? QString::number(*s.figure(f)) : QString());
        records.append(row);
    }
    return records;
}

SubmissionAuthor resolveSubmissionAuthor(const Database &db, const QString &written)
{
    const QString by = written.trimmed();
    SubmissionAuthor out;
    if (by.startsWith(u'@')) {
        if (const auto p = ParticipantRepository(db).byLogin(by.mid(1).trimmed()))
            out.participantId = p->id;
        else
            out.problem = Tr::tr("there is no participant %1.").arg(by);
    } else {
        if (const auto team = TeamRepository(db).byName(by))
            out.teamId = team->id;
        else
            out.problem = by.isEmpty()
                              ? Tr::tr("by is empty: give \"@login\" or a team's name.")
                              : Tr::tr("there is no team \"%1\" (a participant is written \"@login\").").arg(by);
    }
    return out;
}

std::pair<int, int> importSubmissionsCsv(const Database &db, qint64 trackId, const QByteArray &bytes,
                                         const QString &source)
{
    const QStringList columns = submissionRecords(db, 0).first();
    const QList<CsvRecord> records = parseCsv(bytes, source);
    if (records.isEmpty())
        fail(source, {{1, Tr::tr("the file is empty; its first line must be the header %1.").arg(columns.join(u','))}});
    QHash<QString, int> index;
    for (qsizetype i = 0; i < records.first().fields.size(); ++i)
        index.insert(records.first().fields[i].trimmed().toLower(), int(i));
    QStringList missing;
    for (const QString &c : columns)
        if (!index.contains(c))
            missing << c;
    if (!missing.isEmpty())
        fail(source, {{records.first().line, Tr::tr("missing column(s) %1; the first line must be the header %2.")
                                                 .arg(missing.join(u", "_s), columns.join(u','))}});

    SubmissionRepository repo(db);
    QList<Problem> problems;
    QList<Submission> parsed;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records[r];
        auto field = [&](const QString &column) { return record.fields.value(index.value(column)).trimmed(); };
        bool empty = true;
        for (const QString &f : record.fields)
            empty = empty && f.trimmed().isEmpty();
        if (empty)
            continue;
        auto problem = [&](const QString &message) { problems.append({record.line, message}); };
        Submission s;
        s.trackId = trackId;
        bool ok = true;
        if (!field(u"id"_s).isEmpty()) {
            s.id = field(u"id"_s).toLongLong(&ok);
            const auto stored = ok ? repo.submission(s.id) : std::nullopt;
            if (!stored || stored->trackId != trackId) {
                problem(Tr::tr("there is no submission %1 in this track.").arg(field(u"id"_s)));
                continue;
            }
        }
        s.title = textValue(field(u"title"_s));
        if (s.title.isEmpty())
            problem(Tr::tr("title is empty."));
        const SubmissionAuthor author = resolveSubmissionAuthor(db, textValue(field(u"by"_s)));
        s.participantId = author.participantId;
        s.teamId = author.teamId;
        if (!author.problem.isEmpty())
            problem(author.problem);
        if (!field(u"task"_s).isEmpty()) {
            if (const auto task = TaskRepository(db).byNumber(trackId, field(u"task"_s).toInt()))
                s.taskId = task->id;
            else
                problem(Tr::tr("the track has no task No.%1.").arg(field(u"task"_s)));
        }
        for (const QString &token : field(u"links"_s).split(u' ', Qt::SkipEmptyParts)) {
            QString why;
            if (const auto link = parseSubmissionLink(token, &why))
                s.links.append(*link);
            else
                problem(Tr::tr("link %1").arg(why));
        }
        for (Figure f : AllFigures) {
            const QString v = field(figureKey(f));
            if (v.isEmpty())
                continue;
            const qint64 n = v.toLongLong(&ok);
            if (!ok || n < 0)
                problem(Tr::tr("%1 \"%2\" is not a whole number of 0 or more.").arg(figureKey(f), v));
            else
                s.figures[size_t(f)] = n;
        }
        parsed.append(s);
    }
    if (!problems.isEmpty())
        fail(source, problems);
    std::pair<int, int> counts{0, 0};
    Transaction tx(db);
    for (const Submission &s : parsed) {
        if (s.id) {
            if (*repo.submission(s.id) != s) {
                repo.updateSubmission(s);
                ++counts.second;
            }
        } else {
            repo.insertSubmission(s);
            ++counts.first;
        }
    }
    tx.commit();
    return counts;
}

QString progressText(int submitted, int assigned)
{
    return Tr::tr("%1 of %2 done").arg(submitted).arg(assigned);
}

} // namespace hd
