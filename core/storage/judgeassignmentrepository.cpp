#include "judgeassignmentrepository.h"

#include "model/error.h"
#include "model/participant.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/judgingrows.h"
#include "storage/scorerepository.h"
#include "storage/sqlquery.h"
#include "storage/submissionrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Judging)
};
} // namespace

using judgingrows::cleanLogin;
using judgingrows::judgeLogin;
using judgingrows::trackName;
using judgingrows::trackOfSubmission;

// ---- Judges ----------------------------------------------------------------------------------------------

QList<Judge> JudgeAssignmentRepository::judges(qint64 trackId) const
{
    QHash<qint64, QList<qint64>> tracks;
    SqlQuery t(m_db, u"SELECT judge_id, track_id FROM judge_track ORDER BY judge_id, track_id"_s);
    t.exec();
    while (t.next())
        tracks[t.value(0).toLongLong()].append(t.value(1).toLongLong());
    QHash<qint64, QList<JudgeConflict>> conflicts;
    SqlQuery c(m_db, u"SELECT judge_id, kind, value FROM judge_conflict ORDER BY judge_id, kind, value"_s);
    c.exec();
    while (c.next())
        conflicts[c.value(0).toLongLong()].append(
            {conflictKindFromKey(c.value(1).toString()).value_or(JudgeConflict::Kind::Participant),
             c.value(2).toString()});
    SqlQuery q(m_db, u"SELECT id, login, name, organisation FROM judge WHERE ? = 0 OR EXISTS "
                     u"(SELECT 1 FROM judge_track jt WHERE jt.judge_id = judge.id AND jt.track_id = ?) "
                     u"ORDER BY login COLLATE NOCASE"_s);
    q.bind(trackId, trackId).exec();
    QList<Judge> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        out.append({id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), tracks.value(id),
                    conflicts.value(id)});
    }
    return out;
}

std::optional<Judge> JudgeAssignmentRepository::judge(qint64 id) const
{
    SqlQuery q(m_db, u"SELECT id, login, name, organisation FROM judge WHERE id = ?"_s);
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Judge j{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}, {}};
    SqlQuery t(m_db, u"SELECT track_id FROM judge_track WHERE judge_id = ? ORDER BY track_id"_s);
    t.bind(id).exec();
    while (t.next())
        j.trackIds.append(t.value(0).toLongLong());
    SqlQuery c(m_db, u"SELECT kind, value FROM judge_conflict WHERE judge_id = ? ORDER BY kind, value"_s);
    c.bind(id).exec();
    while (c.next())
        j.conflicts.append({conflictKindFromKey(c.value(0).toString()).value_or(JudgeConflict::Kind::Participant),
                            c.value(1).toString()});
    return j;
}

std::optional<Judge> JudgeAssignmentRepository::judgeByLogin(QStringView login) const
{
    const QVariant id =
        SqlQuery::scalar(m_db, u"SELECT id FROM judge WHERE login = ? COLLATE NOCASE"_s, {cleanLogin(login)});
    return id.isValid() ? judge(id.toLongLong()) : std::nullopt;
}

Judge JudgeAssignmentRepository::requireJudgeByLogin(QStringView login) const
{
    if (auto judge = judgeByLogin(login))
        return *judge;
    throw Error(Tr::tr("There is no judge @%1.").arg(cleanLogin(login)));
}

QList<JudgeLoad> JudgeAssignmentRepository::judgeLoads(qint64 trackId) const
{
    return judgeLoads(trackId, judges());
}

QList<JudgeLoad> JudgeAssignmentRepository::judgeLoads(qint64 trackId, const QList<Judge> &everyJudge) const
{
    QHash<qint64, std::pair<int, int>> counts;
    SqlQuery q(m_db, u"SELECT a.judge_id, count(*), count(sh.status = 'submitted' OR NULL) FROM assignment a "
                     u"JOIN submission s ON s.id = a.submission_id "
                     u"LEFT JOIN score_sheet sh ON sh.judge_id = a.judge_id AND sh.submission_id = a.submission_id "
                     u"WHERE ? = 0 OR s.track_id = ? GROUP BY a.judge_id"_s);
    q.bind(trackId, trackId).exec();
    while (q.next())
        counts.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});
    QList<JudgeLoad> out;
    for (const Judge &j : everyJudge) {
        if (trackId && !j.trackIds.contains(trackId))
            continue;
        const auto c = counts.value(j.id);
        out.append({j, c.first, c.second});
    }
    return out;
}

void JudgeAssignmentRepository::validateJudge(const Judge &j) const
{
    const QString login = cleanLogin(j.login);
    if (!isValidLogin(login))
        throw Error(
            Tr::tr("\"%1\" is not a valid judge login (letters, digits and single hyphens, at most 39).").arg(j.login));
    const QVariant other =
        SqlQuery::scalar(m_db, u"SELECT login FROM judge WHERE login = ? COLLATE NOCASE AND id <> ?"_s, {login, j.id});
    if (other.isValid())
        throw Error(Tr::tr("There is already a judge @%1.").arg(other.toString()));
    const EventRepository events(m_db);
    for (qint64 track : j.trackIds)
        if (!events.track(track))
            throw Error(Tr::tr("@%1: there is no track %2.").arg(login).arg(track));
    for (const JudgeConflict &c : j.conflicts)
        if (c.value.trimmed().isEmpty())
            throw Error(Tr::tr("@%1: a conflict needs a login, a team or an organisation.").arg(login));
}

void JudgeAssignmentRepository::writeJudgeDetails(const Judge &j)
{
    SqlQuery(m_db, u"DELETE FROM judge_track WHERE judge_id = ?"_s).bind(j.id).exec();
    for (qint64 track : j.trackIds)
        SqlQuery(m_db, u"INSERT OR IGNORE INTO judge_track (judge_id, track_id) VALUES (?, ?)"_s)
            .bind(j.id, track)
            .exec();
    SqlQuery(m_db, u"DELETE FROM judge_conflict WHERE judge_id = ?"_s).bind(j.id).exec();
    for (const JudgeConflict &c : j.conflicts) {
        const QString value = c.kind == JudgeConflict::Kind::Participant ? cleanLogin(c.value) : c.value.trimmed();
        SqlQuery(m_db, u"INSERT OR IGNORE INTO judge_conflict (judge_id, kind, value) VALUES (?, ?, ?)"_s)
            .bind(j.id, conflictKindKey(c.kind), value)
            .exec();
    }
}

qint64 JudgeAssignmentRepository::insertJudge(const Judge &judge, const QString &actor)
{
    validateJudge(judge);
    Transaction tx(m_db);
    SqlQuery q(m_db, u"INSERT INTO judge (id, login, name, organisation) VALUES (?, ?, ?, ?)"_s);
    q.bindValue(nullIfZero(judge.id)).bind(cleanLogin(judge.login), judge.name.trimmed(), judge.organisation.trimmed());
    q.exec();
    Judge j = judge;
    j.id = q.lastInsertId();
    writeJudgeDetails(j);
    const Judge stored = *this->judge(j.id);
    m_log.addLog({0, {}, actor, u"judge"_s, 0, stored.login, 0, {}, {}, judgeSummary(stored), {}});
    tx.commit();
    return j.id;
}

void JudgeAssignmentRepository::updateJudge(const Judge &judge, const QString &actor)
{
    const auto before = this->judge(judge.id);
    if (!before)
        throw Error(Tr::tr("The judge @%1 no longer exists.").arg(judge.login));
    validateJudge(judge);
    for (qint64 track : before->trackIds) {
        if (judge.trackIds.contains(track))
            continue;
        const int n = SqlQuery::scalar(m_db,
                                       u"SELECT count(*) FROM assignment a JOIN submission s ON s.id = "
                                       u"a.submission_id WHERE a.judge_id = ? AND s.track_id = ?"_s,
                                       {judge.id, track})
                          .toInt();
        if (n)
            throw Error(Tr::tr("@%1 has %n assignment(s) in \"%2\": remove them before taking the judge off the track.",
                               nullptr, n)
                            .arg(before->login, trackName(m_db, track)));
    }
    Transaction tx(m_db);
    SqlQuery(m_db, u"UPDATE judge SET login = ?, name = ?, organisation = ? WHERE id = ?"_s)
        .bind(cleanLogin(judge.login), judge.name.trimmed(), judge.organisation.trimmed(), judge.id)
        .exec();
    writeJudgeDetails(judge);
    const Judge after = *this->judge(judge.id);
    const QString from = judgeSummary(*before), to = judgeSummary(after);
    if (from != to)
        m_log.addLog({0, {}, actor, u"judge"_s, 0, after.login, 0, {}, from, to, {}});
    tx.commit();
}

RowSnapshot JudgeAssignmentRepository::removeJudge(qint64 id, bool dropWork, const QString &actor)
{
    const auto j = judge(id);
    if (!j)
        throw Error(Tr::tr("That judge no longer exists."));
    const int n = SqlQuery::scalar(m_db, u"SELECT count(*) FROM assignment WHERE judge_id = ?"_s, {id}).toInt();
    if (n && !dropWork)
        throw Error(
            Tr::tr("@%1 has %n assignment(s): remove them before deleting the judge.", nullptr, n).arg(j->login));
    Transaction tx(m_db);
    RowSnapshot snapshot;
    snapshot.take(m_db, u"judge"_s, u"id = ?"_s, {id});
    snapshot.take(m_db, u"judge_track"_s, u"judge_id = ?"_s, {id});
    snapshot.take(m_db, u"judge_conflict"_s, u"judge_id = ?"_s, {id});
    snapshot.take(m_db, u"judge_packet"_s, u"judge_id = ?"_s, {id});
    snapshot.take(m_db, u"assignment"_s, u"judge_id = ?"_s, {id});
    snapshot.take(m_db, u"score_sheet"_s, u"judge_id = ?"_s, {id});
    snapshot.take(m_db, u"score"_s, u"judge_id = ?"_s, {id});
    for (const Assignment &a : assignments())
        if (a.judgeId == id) {
            ScoreRepository(m_db).removeSheet(id, a.submissionId, actor); // logged; refused in a final track
            unassign(id, a.submissionId, actor);
        }
    SqlQuery(m_db, u"DELETE FROM judge WHERE id = ?"_s).bind(id).exec(); // the rest cascades
    m_log.addLog({0, {}, actor, u"judge"_s, 0, j->login, 0, {}, judgeSummary(*j), {}, {}});
    tx.commit();
    return snapshot;
}

void JudgeAssignmentRepository::restoreRemoved(const RowSnapshot &rows, const QString &actor, const QString &note)
{
    const SubmissionRepository submissions(m_db);
    ScoreRepository scores(m_db);
    Transaction tx(m_db);
    rows.restore(m_db);
    for (const QSqlRecord &r : rows.records(u"judge"_s))
        if (const auto j = judge(r.value(u"id"_s).toLongLong()))
            m_log.addLog({0, {}, actor, u"judge"_s, 0, j->login, 0, {}, {}, judgeSummary(*j), note});
    for (const QSqlRecord &r : rows.records(u"submission"_s))
        if (const auto sub = submissions.submission(r.value(u"id"_s).toLongLong()))
            m_log.addLog({0,
                          {},
                          actor,
                          u"submission"_s,
                          sub->trackId,
                          {},
                          sub->id,
                          {},
                          {},
                          submissions.submissionSummary(*sub),
                          note});
    for (const QSqlRecord &r : rows.records(u"assignment"_s)) {
        const qint64 judgeId = r.value(u"judge_id"_s).toLongLong(),
                     submissionId = r.value(u"submission_id"_s).toLongLong();
        m_log.addLog({0,
                      {},
                      actor,
                      u"assign"_s,
                      trackOfSubmission(m_db, submissionId),
                      judgeLogin(m_db, judgeId),
                      submissionId,
                      {},
                      {},
                      r.value(u"manual"_s).toBool() ? u"manual"_s : u"auto"_s,
                      note});
    }
    for (const QSqlRecord &r : rows.records(u"score_sheet"_s)) {
        const qint64 judgeId = r.value(u"judge_id"_s).toLongLong(),
                     submissionId = r.value(u"submission_id"_s).toLongLong();
        const auto restored = scores.sheet(judgeId, submissionId);
        if (!restored)
            continue;
        scores.logWholeSheet(*restored, true, actor, note);
    }
    tx.commit();
}

// ---- Assignments -----------------------------------------------------------------------------------------

QList<Assignment> JudgeAssignmentRepository::assignments(qint64 trackId) const
{
    SqlQuery q(m_db, u"SELECT a.judge_id, a.submission_id, a.manual FROM assignment a JOIN submission s ON "
                     u"s.id = a.submission_id WHERE ? = 0 OR s.track_id = ? ORDER BY a.submission_id, a.judge_id"_s);
    q.bind(trackId, trackId).exec();
    QList<Assignment> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toBool()});
    return out;
}

bool JudgeAssignmentRepository::isAssigned(qint64 judgeId, qint64 submissionId) const
{
    return SqlQuery::scalar(m_db, u"SELECT 1 FROM assignment WHERE judge_id = ? AND submission_id = ?"_s,
                            {judgeId, submissionId})
        .isValid();
}

void JudgeAssignmentRepository::assign(qint64 judgeId, qint64 submissionId, bool manual, const QString &actor)
{
    assign({{judgeId, submissionId}}, manual, actor);
}

void JudgeAssignmentRepository::assign(const QList<std::pair<qint64, qint64>> &pairs, bool manual, const QString &actor)
{
    // Every pair is checked before anything is written, against one reading of the people behind the
    // conflict rule; then all are written together.
    QHash<qint64, Judge> judges;
    for (const Judge &j : this->judges())
        judges.insert(j.id, j);
    QHash<qint64, Submission> submissions;
    QSet<std::pair<qint64, qint64>> assigned;
    for (const Assignment &a : assignments())
        assigned.insert({a.judgeId, a.submissionId});
    struct Insert
    {
        qint64 judgeId, submissionId, trackId;
        QString login;
    };
    QList<Insert> inserts;
    for (const auto &[judgeId, submissionId] : pairs) {
        const auto j = judges.constFind(judgeId);
        if (j == judges.cend())
            throw Error(Tr::tr("There is no judge #%1.").arg(judgeId));
        if (!submissions.contains(submissionId)) {
            const auto found = SubmissionRepository(m_db).submission(submissionId);
            if (!found)
                throw Error(Tr::tr("There is no submission #%1.").arg(submissionId));
            submissions.insert(submissionId, *found);
        }
        const Submission &s = submissions[submissionId];
        if (assigned.contains({judgeId, submissionId}))
            continue;
        if (!j->trackIds.contains(s.trackId))
            throw Error(Tr::tr("@%1 does not judge the track \"%2\".").arg(j->login, trackName(m_db, s.trackId)));
        if (const auto reason = conflict(*j, s))
            throw Error(Tr::tr("@%1 cannot judge %2: %3.")
                            .arg(j->login, SubmissionRepository(m_db).submissionLabel(s), *reason));
        JudgingResultRepository(m_db).requireUnlocked(s.trackId);
        assigned.insert({judgeId, submissionId});
        inserts.append({judgeId, submissionId, s.trackId, j->login});
    }
    Transaction tx(m_db);
    for (const Insert &i : std::as_const(inserts)) {
        SqlQuery(m_db, u"INSERT INTO assignment (judge_id, submission_id, manual) VALUES (?, ?, ?)"_s)
            .bind(i.judgeId, i.submissionId, manual)
            .exec();
        m_log.addLog({0,
                      {},
                      actor,
                      u"assign"_s,
                      i.trackId,
                      i.login,
                      i.submissionId,
                      {},
                      {},
                      manual ? u"manual"_s : u"auto"_s,
                      {}});
    }
    tx.commit();
}

void JudgeAssignmentRepository::unassign(qint64 judgeId, qint64 submissionId, const QString &actor)
{
    if (!isAssigned(judgeId, submissionId))
        throw Error(Tr::tr("That judge is not assigned to that submission."));
    const qint64 track = trackOfSubmission(m_db, submissionId);
    const QString login = judgeLogin(m_db, judgeId);
    if (ScoreRepository(m_db).sheet(judgeId, submissionId))
        throw Error(Tr::tr("@%1 has already scored #%2: delete the score sheet before removing the judge.")
                        .arg(login)
                        .arg(submissionId));
    JudgingResultRepository(m_db).requireUnlocked(track);
    SqlQuery(m_db, u"DELETE FROM assignment WHERE judge_id = ? AND submission_id = ?"_s)
        .bind(judgeId, submissionId)
        .exec();
    m_log.addLog({0, {}, actor, u"unassign"_s, track, login, submissionId, {}, u"assigned"_s, {}, {}});
}

QString JudgeAssignmentRepository::judgeSummary(const Judge &j) const
{
    QStringList parts{u"@"_s + j.login};
    if (!j.name.isEmpty())
        parts << j.name;
    if (!j.organisation.isEmpty())
        parts << j.organisation;
    QStringList tracks;
    for (qint64 t : j.trackIds)
        tracks << trackName(m_db, t);
    parts << Tr::tr("tracks: %1").arg(tracks.join(u", "_s));
    if (!j.conflicts.isEmpty()) {
        QStringList conflicts;
        for (const JudgeConflict &c : j.conflicts)
            conflicts << u"%1:%2"_s.arg(conflictKindKey(c.kind), c.value);
        parts << Tr::tr("conflicts: %1").arg(conflicts.join(u", "_s));
    }
    return parts.join(u"; "_s);
}

} // namespace hd
