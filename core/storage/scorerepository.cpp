#include "scorerepository.h"

#include "judging/judgingrules.h"
#include "storage/database.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/judgingrows.h"
#include "storage/rubricrepository.h"
#include "storage/sqlquery.h"
#include "storage/submissionrepository.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Judging)
};

QString scoreText(const QMap<qint64, int> &scores, qint64 criterion)
{
    const auto it = scores.constFind(criterion);
    return it == scores.cend() ? QString() : QString::number(*it);
}

} // namespace

using judgingrows::dateFrom;
using judgingrows::judgeLogin;
using judgingrows::now;
using judgingrows::trackOfSubmission;

std::optional<ScoreSheet> ScoreRepository::sheet(qint64 judgeId, qint64 submissionId) const
{
    SqlQuery q(m_db, u"SELECT status, comment, updated_at, updated_by FROM score_sheet WHERE judge_id = ? AND "
                     u"submission_id = ?"_s);
    q.bind(judgeId, submissionId).exec();
    if (!q.next())
        return std::nullopt;
    ScoreSheet s;
    s.judgeId = judgeId;
    s.submissionId = submissionId;
    s.status = sheetStatusFromKey(q.value(0).toString()).value_or(SheetStatus::Draft);
    s.comment = q.value(1).toString();
    s.updatedAt = dateFrom(q.value(2));
    s.updatedBy = q.value(3).toString();
    SqlQuery v(m_db, u"SELECT criterion_id, value FROM score WHERE judge_id = ? AND submission_id = ?"_s);
    v.bind(judgeId, submissionId).exec();
    while (v.next())
        s.scores.insert(v.value(0).toLongLong(), v.value(1).toInt());
    return s;
}

QList<ScoreSheet> ScoreRepository::sheets(qint64 trackId) const
{
    QHash<QPair<qint64, qint64>, QMap<qint64, int>> scores;
    SqlQuery v(m_db, u"SELECT sc.judge_id, sc.submission_id, sc.criterion_id, sc.value FROM score sc JOIN submission s "
                     u"ON s.id = sc.submission_id WHERE ? = 0 OR s.track_id = ?"_s);
    v.bind(trackId, trackId).exec();
    while (v.next())
        scores[{v.value(0).toLongLong(), v.value(1).toLongLong()}].insert(v.value(2).toLongLong(), v.value(3).toInt());
    SqlQuery q(m_db, u"SELECT sh.judge_id, sh.submission_id, sh.status, sh.comment, sh.updated_at, sh.updated_by "
                     u"FROM score_sheet sh JOIN submission s ON s.id = sh.submission_id WHERE ? = 0 OR s.track_id = ? "
                     u"ORDER BY sh.submission_id, sh.judge_id"_s);
    q.bind(trackId, trackId).exec();
    QList<ScoreSheet> out;
    while (q.next()) {
        ScoreSheet s;
        s.judgeId = q.value(0).toLongLong();
        s.submissionId = q.value(1).toLongLong();
        s.status = sheetStatusFromKey(q.value(2).toString()).value_or(SheetStatus::Draft);
        s.comment = q.value(3).toString();
        s.updatedAt = dateFrom(q.value(4));
        s.updatedBy = q.value(5).toString();
        s.scores = scores.value({s.judgeId, s.submissionId});
        out.append(s);
    }
    return out;
}

bool ScoreRepository::saveSheet(const ScoreSheet &sheet, const QString &actor, const QString &note)
{
    const SubmissionRepository submissions(m_db);
    const auto s = submissions.submission(sheet.submissionId);
    if (!s)
        throw Error(Tr::tr("There is no submission #%1.").arg(sheet.submissionId));
    const QString login = judgeLogin(m_db, sheet.judgeId);
    if (login.isEmpty())
        throw Error(Tr::tr("There is no judge #%1.").arg(sheet.judgeId));
    if (!JudgeAssignmentRepository(m_db).isAssigned(sheet.judgeId, sheet.submissionId))
        throw Error(Tr::tr("@%1 is not assigned to %2: scores for it are refused.")
                        .arg(login, submissions.submissionLabel(*s)));
    const Rubric rubric = RubricRepository(m_db).requireRubric(s->trackId);
    const QStringList problems = sheetProblems(rubric, sheet.scores, sheet.status, sheet.comment);
    if (!problems.isEmpty())
        throw Error(Tr::tr("@%1, %2: %3").arg(login, submissions.submissionLabel(*s), problems.join(u' ')));
    const std::optional<ScoreSheet> old = this->sheet(sheet.judgeId, sheet.submissionId);
    if (old && old->sameContent(sheet))
        return false;
    JudgingResultRepository(m_db).requireUnlocked(s->trackId);

    Transaction tx(m_db);
    SqlQuery(m_db, u"INSERT INTO score_sheet (judge_id, submission_id, status, comment, updated_at, updated_by) "
                   u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (judge_id, submission_id) DO UPDATE SET "
                   u"status = excluded.status, comment = excluded.comment, updated_at = excluded.updated_at, "
                   u"updated_by = excluded.updated_by"_s)
        .bind(sheet.judgeId, sheet.submissionId, sheetStatusKey(sheet.status), sheet.comment, now(), actor)
        .exec();
    SqlQuery(m_db, u"DELETE FROM score WHERE judge_id = ? AND submission_id = ?"_s)
        .bind(sheet.judgeId, sheet.submissionId)
        .exec();
    for (auto it = sheet.scores.cbegin(); it != sheet.scores.cend(); ++it)
        SqlQuery(m_db, u"INSERT INTO score (judge_id, submission_id, criterion_id, value) VALUES (?, ?, ?, ?)"_s)
            .bind(sheet.judgeId, sheet.submissionId, it.key(), it.value())
            .exec();

    const QMap<qint64, int> before = old ? old->scores : QMap<qint64, int>();
    auto log = [&](const QString &action, const QString &criterion, const QString &from, const QString &to) {
        m_log.addLog({0, {}, actor, action, s->trackId, login, sheet.submissionId, criterion, from, to, note});
    };
    if (!old || old->status != sheet.status)
        log(u"status"_s, {}, old ? sheetStatusKey(old->status) : QString(), sheetStatusKey(sheet.status));
    for (const Criterion &c : rubric.criteria) {
        const QString from = scoreText(before, c.id), to = scoreText(sheet.scores, c.id);
        if (from != to)
            log(u"score"_s, c.name, from, to);
    }
    if ((old ? old->comment : QString()) != sheet.comment)
        log(u"comment"_s, {}, old ? old->comment : QString(), sheet.comment);
    tx.commit();
    return true;
}

void ScoreRepository::logWholeSheet(const ScoreSheet &sheet, bool added, const QString &actor, const QString &note)
{
    const qint64 track = trackOfSubmission(m_db, sheet.submissionId);
    const QString login = judgeLogin(m_db, sheet.judgeId);
    const auto rubric = RubricRepository(m_db).rubric(track);
    // A line from nothing to the value when the sheet was added, from the value to nothing when removed.
    const auto line = [&](const QString &action, const QString &criterion, const QString &value) {
        m_log.addLog({0,
                      {},
                      actor,
                      action,
                      track,
                      login,
                      sheet.submissionId,
                      criterion,
                      added ? QString() : value,
                      added ? value : QString(),
                      note});
    };
    line(u"status"_s, {}, sheetStatusKey(sheet.status));
    for (auto it = sheet.scores.cbegin(); it != sheet.scores.cend(); ++it) {
        const Criterion *c = rubric ? rubric->criterion(it.key()) : nullptr;
        line(u"score"_s, c ? c->name : u"#%1"_s.arg(it.key()), QString::number(it.value()));
    }
    if (!sheet.comment.isEmpty())
        line(u"comment"_s, {}, sheet.comment);
}

bool ScoreRepository::removeSheet(qint64 judgeId, qint64 submissionId, const QString &actor, const QString &note)
{
    const std::optional<ScoreSheet> old = sheet(judgeId, submissionId);
    if (!old)
        return false;
    const qint64 track = trackOfSubmission(m_db, submissionId);
    JudgingResultRepository(m_db).requireUnlocked(track);
    Transaction tx(m_db);
    SqlQuery(m_db, u"DELETE FROM score_sheet WHERE judge_id = ? AND submission_id = ?"_s)
        .bind(judgeId, submissionId)
        .exec(); // scores cascade
    logWholeSheet(*old, false, actor, note);
    tx.commit();
    return true;
}

bool ScoreRepository::setSheet(qint64 judgeId, qint64 submissionId, const std::optional<ScoreSheet> &state,
                               const QString &actor, const QString &note)
{
    if (!state)
        return removeSheet(judgeId, submissionId, actor, note);
    ScoreSheet s = *state;
    s.judgeId = judgeId;
    s.submissionId = submissionId;
    return saveSheet(s, actor, note);
}

// ---- Saves that check what they replace -------------------------------------------------------------------

bool ScoreRepository::setSheetIfUnchanged(qint64 judgeId, qint64 submissionId,
                                          const std::optional<ScoreSheet> &expected,
                                          const std::optional<ScoreSheet> &state, const QString &actor,
                                          const QString &note)
{
    Transaction tx(m_db);
    // SQLite's transactions take the write lock at once; on PostgreSQL saves of this sheet wait here for
    // each other, and the read below sees what the one before committed.
    if (m_db.backend() == Backend::Postgres)
        SqlQuery(m_db, u"SELECT pg_advisory_xact_lock(CAST(? AS integer), CAST(? AS integer))"_s)
            .bind(judgeId, submissionId)
            .exec();
    const std::optional<ScoreSheet> current = sheet(judgeId, submissionId);
    if (bool(current) != bool(expected) || (current && !current->sameContent(*expected))) {
        const SubmissionRepository submissions(m_db);
        const auto s = submissions.submission(submissionId);
        const QString what = s ? submissions.submissionLabel(*s) : u"#%1"_s.arg(submissionId);
        auto describe = [](const std::optional<ScoreSheet> &sh) {
            if (!sh)
                return Tr::tr("no sheet");
            QStringList scores;
            for (auto it = sh->scores.cbegin(); it != sh->scores.cend(); ++it)
                scores << QString::number(it.value());
            return Tr::tr("%1, scores %2, comment \"%3\"")
                .arg(sheetStatusKey(sh->status), scores.isEmpty() ? u"-"_s : scores.join(u' '), sh->comment);
        };
        throw SheetConflict(Tr::tr("@%1's sheet for %2 was changed by %3 since it was read: it is now %4; this save "
                                   "wanted %5. Nothing was saved.")
                                .arg(judgeLogin(m_db, judgeId), what, current ? current->updatedBy : Tr::tr("someone"),
                                     describe(current), describe(state)),
                            current);
    }
    const bool changed = setSheet(judgeId, submissionId, state, actor, note);
    tx.commit();
    return changed;
}

} // namespace hd
