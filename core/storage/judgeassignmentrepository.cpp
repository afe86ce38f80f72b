#include "judgeassignmentrepository.h"

#include "model/error.h"
#include "model/participant.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Judging)
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QDateTime dateFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QString cleanLogin(QStringView login)
{
    QStringView l = login.trimmed();
    if (l.startsWith(u'@'))
        l = l.mid(1);
    return l.toString();
}

const QStringList linkKinds = {u"pr"_s, u"slides"_s, u"report"_s, u"article"_s, u"other"_s};

const QString submissionColumns =
    u"id, track_id, title, participant_id, team_id, task_id, views, likes, favourites, comments, followers"_s;

Submission submissionFrom(const SqlQuery &q)
{
    Submission s;
    s.id = q.value(0).toLongLong();
    s.trackId = q.value(1).toLongLong();
    s.title = q.value(2).toString();
    s.participantId = q.value(3).toLongLong();
    s.teamId = q.value(4).toLongLong();
    s.taskId = q.value(5).toLongLong();
    for (int f = 0; f < FigureCount; ++f)
        if (!q.value(6 + f).isNull())
            s.figures[size_t(f)] = q.value(6 + f).toLongLong();
    return s;
}

QString scoreText(const QMap<qint64, int> &scores, qint64 criterion)
{
    const auto it = scores.constFind(criterion);
    return it == scores.cend() ? QString() : QString::number(*it);
}

// "1-10; 完成度 35, 技术质量 30, 浏览量 (views) 10": a rubric in one line, for the log.
QString rubricSummary(const std::optional<Rubric> &r)
{
    if (!r)
        return {};
    QStringList parts;
    for (const Criterion &c : r->criteria)
        parts << (c.figure ? u"%1 (%2) %3"_s.arg(c.name, figureKey(*c.figure)).arg(c.weight)
                           : u"%1 %2"_s.arg(c.name).arg(c.weight));
    return u"%1-%2; %3"_s.arg(r->scaleMin).arg(r->scaleMax).arg(parts.join(u", "_s));
}

} // namespace

QString currentActor()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(name).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return u"staff"_s;
}

// ---- Judges ----------------------------------------------------------------------------------------------

QList<Judge> JudgingRepository::judges(qint64 trackId) const
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

std::optional<Judge> JudgingRepository::judge(qint64 id) const
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

std::optional<Judge> JudgingRepository::judgeByLogin(QStringView login) const
{
    const QVariant id =
        SqlQuery::scalar(m_db, u"SELECT id FROM judge WHERE login = ? COLLATE NOCASE"_s, {cleanLogin(login)});
    return id.isValid() ? judge(id.toLongLong()) : std::nullopt;
}

Judge JudgingRepository::requireJudgeByLogin(QStringView login) const
{
    if (auto judge = judgeByLogin(login))
        return *judge;
    throw Error(Tr::tr("There is no judge @%1.").arg(cleanLogin(login)));
}

QList<JudgeLoad> JudgingRepository::judgeLoads(qint64 trackId) const
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
    for (const Judge &j : judges(trackId)) {
        const auto c = counts.value(j.id);
        out.append({j, c.first, c.second});
    }
    return out;
}

void JudgingRepository::validateJudge(const Judge &j) const
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

void JudgingRepository::writeJudgeDetails(const Judge &j)
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

qint64 JudgingRepository::insertJudge(const Judge &judge, const QString &actor)
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
    addLog({0, {}, actor, u"judge"_s, 0, stored.login, 0, {}, {}, judgeSummary(stored), {}});
    tx.commit();
    return j.id;
}

void JudgingRepository::updateJudge(const Judge &judge, const QString &actor)
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
                            .arg(before->login, trackName(track)));
    }
    Transaction tx(m_db);
    SqlQuery(m_db, u"UPDATE judge SET login = ?, name = ?, organisation = ? WHERE id = ?"_s)
        .bind(cleanLogin(judge.login), judge.name.trimmed(), judge.organisation.trimmed(), judge.id)
        .exec();
    writeJudgeDetails(judge);
    const Judge after = *this->judge(judge.id);
    const QString from = judgeSummary(*before), to = judgeSummary(after);
    if (from != to)
        addLog({0, {}, actor, u"judge"_s, 0, after.login, 0, {}, from, to, {}});
    tx.commit();
}

RowSnapshot JudgingRepository::removeJudge(qint64 id, bool dropWork, const QString &actor)
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
            removeSheet(id, a.submissionId, actor); // logged; refused in a final track
            unassign(id, a.submissionId, actor);
        }
    SqlQuery(m_db, u"DELETE FROM judge WHERE id = ?"_s).bind(id).exec(); // the rest cascades
    addLog({0, {}, actor, u"judge"_s, 0, j->login, 0, {}, judgeSummary(*j), {}, {}});
    tx.commit();
    return snapshot;
}

// ---- Rubrics ---------------------------------------------------------------------------------------------

std::optional<Rubric> JudgingRepository::rubric(qint64 trackId) const
{
    SqlQuery q(m_db, u"SELECT scale_min, scale_max FROM rubric WHERE track_id = ?"_s);
    q.bind(trackId).exec();
    if (!q.next())
        return std::nullopt;
    Rubric r;
    r.trackId = trackId;
    r.scaleMin = q.value(0).toInt();
    r.scaleMax = q.value(1).toInt();
    QHash<qint64, QList<Anchor>> anchors;
    SqlQuery a(m_db, u"SELECT a.criterion_id, a.score, a.text FROM criterion_anchor a JOIN criterion c ON "
                     u"c.id = a.criterion_id WHERE c.track_id = ? ORDER BY a.criterion_id, a.score"_s);
    a.bind(trackId).exec();
    while (a.next())
        anchors[a.value(0).toLongLong()].append({a.value(1).toInt(), a.value(2).toString()});
    SqlQuery c(m_db, u"SELECT id, name, description, weight, figure FROM criterion WHERE track_id = ? "
                     u"ORDER BY position, id"_s);
    c.bind(trackId).exec();
    while (c.next()) {
        Criterion crit;
        crit.id = c.value(0).toLongLong();
        crit.name = c.value(1).toString();
        crit.description = c.value(2).toString();
        crit.weight = c.value(3).toInt();
        if (!c.value(4).isNull())
            crit.figure = figureFromKey(c.value(4).toString());
        crit.anchors = anchors.value(crit.id);
        r.criteria.append(crit);
    }
    return r;
}

Rubric JudgingRepository::requireRubric(qint64 trackId) const
{
    if (auto r = rubric(trackId))
        return *r;
    throw Error(Tr::tr("The track \"%1\" has no rubric yet.").arg(trackName(trackId)));
}

Rubric JudgingRepository::saveRubric(const Rubric &rubric, const QString &actor)
{
    return writeRubric(rubric, false, actor, {});
}

Rubric JudgingRepository::restoreRubric(qint64 trackId, const std::optional<Rubric> &state, const QString &actor,
                                        const QString &note)
{
    if (state) {
        Rubric r = *state;
        r.trackId = trackId;
        return writeRubric(r, true, actor, note);
    }
    // No rubric: remove the one there, unless judges have scored against it.
    const std::optional<Rubric> before = rubric(trackId);
    if (!before)
        return {};
    requireUnlocked(trackId);
    const int n = SqlQuery::scalar(m_db,
                                   u"SELECT count(*) FROM score sc JOIN criterion c ON c.id = sc.criterion_id "
                                   u"WHERE c.track_id = ?"_s,
                                   {trackId})
                      .toInt();
    if (n)
        throw Error(
            Tr::tr("The rubric of \"%1\" has %n score(s): it cannot be removed.", nullptr, n).arg(trackName(trackId)));
    Transaction tx(m_db);
    SqlQuery(m_db, u"DELETE FROM criterion WHERE track_id = ?"_s).bind(trackId).exec(); // anchors cascade
    SqlQuery(m_db, u"DELETE FROM rubric WHERE track_id = ?"_s).bind(trackId).exec();
    addLog({0, {}, actor, u"rubric"_s, trackId, {}, 0, {}, rubricSummary(before), {}, note});
    tx.commit();
    return {};
}

Rubric JudgingRepository::writeRubric(const Rubric &rubric, bool restoring, const QString &actor, const QString &note)
{
    if (!EventRepository(m_db).track(rubric.trackId))
        throw Error(Tr::tr("There is no track %1.").arg(rubric.trackId));
    const QStringList problems = rubricProblems(rubric);
    if (!problems.isEmpty())
        throw Error(
            Tr::tr("The rubric of \"%1\" cannot be saved: %2").arg(trackName(rubric.trackId), problems.join(u' ')));
    requireUnlocked(rubric.trackId);
    const std::optional<Rubric> before = this->rubric(rubric.trackId);

    // What the change would do to scores already given.
    QSet<qint64> kept, recreated;
    for (const Criterion &c : rubric.criteria) {
        if (!c.id)
            continue;
        const QVariant track = SqlQuery::scalar(m_db, u"SELECT track_id FROM criterion WHERE id = ?"_s, {c.id});
        if (!track.isValid() && restoring) { // undo brings a removed criterion back under its id
            recreated.insert(c.id);
            continue;
        }
        if (!track.isValid() || track.toLongLong() != rubric.trackId)
            throw Error(Tr::tr("The criterion %1 (#%2) is not one of the rubric of \"%3\".")
                            .arg(c.name)
                            .arg(c.id)
                            .arg(trackName(rubric.trackId)));
        kept.insert(c.id);
        if (c.figure && SqlQuery::scalar(m_db, u"SELECT 1 FROM score WHERE criterion_id = ?"_s, {c.id}).isValid())
            throw Error(Tr::tr("%1 has scores from judges: it cannot become a derived criterion.").arg(c.name));
    }
    if (before) {
        for (const Criterion &c : before->criteria) {
            if (kept.contains(c.id))
                continue;
            const int n =
                SqlQuery::scalar(m_db, u"SELECT count(*) FROM score WHERE criterion_id = ?"_s, {c.id}).toInt();
            if (n)
                throw Error(
                    Tr::tr("%1 has %n score(s): it cannot be removed from the rubric.", nullptr, n).arg(c.name));
        }
    }
    const QVariant outside = SqlQuery::scalar(
        m_db,
        u"SELECT count(*) FROM score sc JOIN criterion c ON c.id = sc.criterion_id WHERE c.track_id = ? AND "
        u"(sc.value < ? OR sc.value > ?)"_s,
        {rubric.trackId, rubric.scaleMin, rubric.scaleMax});
    if (outside.toInt())
        throw Error(Tr::tr("%n score(s) already given lie outside the scale %1-%2.", nullptr, outside.toInt())
                        .arg(rubric.scaleMin)
                        .arg(rubric.scaleMax));
    const bool addsJudged = std::any_of(rubric.criteria.cbegin(), rubric.criteria.cend(), [&](const Criterion &c) {
        return c.judged() && (c.id == 0 || recreated.contains(c.id));
    });
    const int submitted = SqlQuery::scalar(m_db,
                                           u"SELECT count(*) FROM score_sheet sh JOIN submission s ON s.id = "
                                           u"sh.submission_id WHERE s.track_id = ? AND sh.status = 'submitted'"_s,
                                           {rubric.trackId})
                              .toInt();
    if (addsJudged && submitted)
        throw Error(Tr::tr("%n score sheet(s) of this track are already submitted: a new criterion would leave them "
                           "incomplete. Add criteria before judging starts.",
                           nullptr, submitted));

    Transaction tx(m_db);
    SqlQuery(m_db, u"INSERT INTO rubric (track_id, scale_min, scale_max) VALUES (?, ?, ?) ON CONFLICT (track_id) "
                   u"DO UPDATE SET scale_min = excluded.scale_min, scale_max = excluded.scale_max"_s)
        .bind(rubric.trackId, rubric.scaleMin, rubric.scaleMax)
        .exec();
    if (before)
        for (const Criterion &c : before->criteria)
            if (!kept.contains(c.id))
                SqlQuery(m_db, u"DELETE FROM criterion WHERE id = ?"_s).bind(c.id).exec();
    // Names are unique per track: move the kept ones out of the way first, so that swaps work.
    for (qint64 id : kept)
        SqlQuery(m_db, u"UPDATE criterion SET name = ? WHERE id = ?"_s).bind(u"\x01%1"_s.arg(id), id).exec();
    Rubric saved = rubric;
    for (qsizetype i = 0; i < saved.criteria.size(); ++i) {
        Criterion &c = saved.criteria[i];
        c.name = c.name.trimmed();
        const QVariant figure = c.figure ? QVariant(figureKey(*c.figure)) : QVariant(QMetaType::fromType<QString>());
        if (c.id && !recreated.contains(c.id)) {
            SqlQuery(m_db, u"UPDATE criterion SET position = ?, name = ?, description = ?, weight = ?, figure = ? "
                           u"WHERE id = ?"_s)
                .bind(int(i), c.name, c.description.trimmed(), c.weight)
                .bindValue(figure)
                .bind(c.id)
                .exec();
        } else {
            SqlQuery q(m_db, u"INSERT INTO criterion (id, track_id, position, name, description, weight, figure) "
                             u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            q.bindValue(nullIfZero(c.id))
                .bind(rubric.trackId, int(i), c.name, c.description.trimmed(), c.weight)
                .bindValue(figure)
                .exec();
            c.id = q.lastInsertId();
        }
        SqlQuery(m_db, u"DELETE FROM criterion_anchor WHERE criterion_id = ?"_s).bind(c.id).exec();
        if (c.figure)
            c.anchors.clear();
        for (const Anchor &a : c.anchors)
            SqlQuery(m_db, u"INSERT INTO criterion_anchor (criterion_id, score, text) VALUES (?, ?, ?)"_s)
                .bind(c.id, a.score, a.text.trimmed())
                .exec();
    }
    saved = *this->rubric(rubric.trackId);
    const QString oldSummary = rubricSummary(before), newSummary = rubricSummary(saved);
    if (oldSummary != newSummary)
        addLog({0, {}, actor, u"rubric"_s, rubric.trackId, {}, 0, {}, oldSummary, newSummary, note});
    tx.commit();
    return saved;
}

// ---- Submissions -----------------------------------------------------------------------------------------

QList<Submission> JudgingRepository::submissions(qint64 trackId) const
{
    QHash<qint64, QList<SubmissionLink>> links;
    SqlQuery l(m_db, u"SELECT l.submission_id, l.kind, l.url FROM submission_link l JOIN submission s ON s.id = "
                     u"l.submission_id WHERE ? = 0 OR s.track_id = ? ORDER BY l.submission_id, l.position"_s);
    l.bind(trackId, trackId).exec();
    while (l.next())
        links[l.value(0).toLongLong()].append({l.value(1).toString(), l.value(2).toString()});
    SqlQuery q(m_db, u"SELECT %1 FROM submission WHERE ? = 0 OR track_id = ? ORDER BY id"_s.arg(submissionColumns));
    q.bind(trackId, trackId).exec();
    QList<Submission> out;
    while (q.next()) {
        Submission s = submissionFrom(q);
        s.links = links.value(s.id);
        out.append(s);
    }
    return out;
}

std::optional<Submission> JudgingRepository::submission(qint64 id) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM submission WHERE id = ?"_s.arg(submissionColumns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Submission s = submissionFrom(q);
    SqlQuery l(m_db, u"SELECT kind, url FROM submission_link WHERE submission_id = ? ORDER BY position"_s);
    l.bind(id).exec();
    while (l.next())
        s.links.append({l.value(0).toString(), l.value(1).toString()});
    return s;
}

void JudgingRepository::validateSubmission(const Submission &s) const
{
    if (s.title.trimmed().isEmpty())
        throw Error(Tr::tr("A submission needs a title."));
    if (!EventRepository(m_db).track(s.trackId))
        throw Error(Tr::tr("Submission \"%1\": there is no track %2.").arg(s.title).arg(s.trackId));
    if ((s.participantId == 0) == (s.teamId == 0))
        throw Error(Tr::tr("Submission \"%1\": give either a participant or a team.").arg(s.title));
    if (s.participantId &&
        !SqlQuery::scalar(m_db, u"SELECT 1 FROM participant WHERE id = ?"_s, {s.participantId}).isValid())
        throw Error(Tr::tr("Submission \"%1\": participant %2 does not exist.").arg(s.title).arg(s.participantId));
    if (s.teamId && !SqlQuery::scalar(m_db, u"SELECT 1 FROM team WHERE id = ?"_s, {s.teamId}).isValid())
        throw Error(Tr::tr("Submission \"%1\": team %2 does not exist.").arg(s.title).arg(s.teamId));
    if (s.taskId) {
        const QVariant track = SqlQuery::scalar(m_db, u"SELECT track_id FROM task WHERE id = ?"_s, {s.taskId});
        if (!track.isValid())
            throw Error(Tr::tr("Submission \"%1\": task %2 does not exist.").arg(s.title).arg(s.taskId));
        if (track.toLongLong() != s.trackId)
            throw Error(Tr::tr("Submission \"%1\": its task belongs to another track.").arg(s.title));
    }
    for (Figure f : AllFigures)
        if (s.figure(f).value_or(0) < 0)
            throw Error(Tr::tr("Submission \"%1\": %2 cannot be negative.").arg(s.title, figureName(f)));
    for (const SubmissionLink &l : s.links) {
        if (!linkKinds.contains(l.kind))
            throw Error(Tr::tr("Submission \"%1\": a link is a pr, slides, report, article or other, not \"%2\".")
                            .arg(s.title, l.kind));
        if (l.url.trimmed().isEmpty())
            throw Error(Tr::tr("Submission \"%1\": a link has no address.").arg(s.title));
    }
}

void JudgingRepository::writeLinks(const Submission &s)
{
    SqlQuery(m_db, u"DELETE FROM submission_link WHERE submission_id = ?"_s).bind(s.id).exec();
    for (qsizetype i = 0; i < s.links.size(); ++i)
        SqlQuery(m_db, u"INSERT INTO submission_link (submission_id, position, kind, url) VALUES (?, ?, ?, ?)"_s)
            .bind(s.id, int(i), s.links[i].kind, s.links[i].url.trimmed())
            .exec();
}

qint64 JudgingRepository::insertSubmission(const Submission &submission, const QString &actor)
{
    validateSubmission(submission);
    requireUnlocked(submission.trackId);
    Transaction tx(m_db);
    SqlQuery q(m_db, u"INSERT INTO submission (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(submissionColumns));
    q.bindValue(nullIfZero(submission.id))
        .bind(submission.trackId, submission.title.trimmed())
        .bindValue(nullIfZero(submission.participantId))
        .bindValue(nullIfZero(submission.teamId))
        .bindValue(nullIfZero(submission.taskId));
    for (Figure f : AllFigures)
        q.bindValue(optionalValue(submission.figure(f)));
    q.exec();
    Submission s = submission;
    s.id = q.lastInsertId();
    writeLinks(s);
    addLog(
        {0, {}, actor, u"submission"_s, s.trackId, {}, s.id, {}, {}, submissionSummary(*this->submission(s.id)), {}});
    tx.commit();
    return s.id;
}

void JudgingRepository::updateSubmission(const Submission &submission, const QString &actor)
{
    const auto before = this->submission(submission.id);
    if (!before)
        throw Error(Tr::tr("The submission \"%1\" no longer exists.").arg(submission.title));
    validateSubmission(submission);
    if (before->trackId != submission.trackId &&
        SqlQuery::scalar(m_db, u"SELECT 1 FROM assignment WHERE submission_id = ?"_s, {submission.id}).isValid())
        throw Error(Tr::tr("The submission \"%1\" has judges: it cannot move to another track.").arg(before->title));
    requireUnlocked(before->trackId);
    requireUnlocked(submission.trackId);
    Transaction tx(m_db);
    SqlQuery q(m_db, u"UPDATE submission SET track_id = ?, title = ?, participant_id = ?, team_id = ?, task_id = ?, "
                     u"views = ?, likes = ?, favourites = ?, comments = ?, followers = ? WHERE id = ?"_s);
    q.bind(submission.trackId, submission.title.trimmed())
        .bindValue(nullIfZero(submission.participantId))
        .bindValue(nullIfZero(submission.teamId))
        .bindValue(nullIfZero(submission.taskId));
    for (Figure f : AllFigures)
        q.bindValue(optionalValue(submission.figure(f)));
    q.bind(submission.id).exec();
    writeLinks(submission);
    const QString from = submissionSummary(*before), to = submissionSummary(*this->submission(submission.id));
    if (from != to)
        addLog({0, {}, actor, u"submission"_s, submission.trackId, {}, submission.id, {}, from, to, {}});
    tx.commit();
}

RowSnapshot JudgingRepository::removeSubmission(qint64 id, bool dropWork, const QString &actor)
{
    const auto s = submission(id);
    if (!s)
        throw Error(Tr::tr("That submission no longer exists."));
    const int n = SqlQuery::scalar(m_db, u"SELECT count(*) FROM assignment WHERE submission_id = ?"_s, {id}).toInt();
    if (n && !dropWork)
        throw Error(Tr::tr("%1 has %n judge(s) assigned: remove them before deleting the submission.", nullptr, n)
                        .arg(submissionLabel(*s)));
    requireUnlocked(s->trackId);
    Transaction tx(m_db);
    RowSnapshot snapshot;
    snapshot.take(m_db, u"submission"_s, u"id = ?"_s, {id});
    snapshot.take(m_db, u"submission_link"_s, u"submission_id = ?"_s, {id});
    snapshot.take(m_db, u"assignment"_s, u"submission_id = ?"_s, {id});
    snapshot.take(m_db, u"score_sheet"_s, u"submission_id = ?"_s, {id});
    snapshot.take(m_db, u"score"_s, u"submission_id = ?"_s, {id});
    for (const Assignment &a : assignments(s->trackId))
        if (a.submissionId == id) {
            removeSheet(a.judgeId, id, actor); // logged
            unassign(a.judgeId, id, actor);
        }
    SqlQuery(m_db, u"DELETE FROM submission WHERE id = ?"_s).bind(id).exec();
    addLog({0, {}, actor, u"submission"_s, s->trackId, {}, id, {}, submissionSummary(*s), {}, {}});
    tx.commit();
    return snapshot;
}

void JudgingRepository::restoreRemoved(const RowSnapshot &rows, const QString &actor, const QString &note)
{
    Transaction tx(m_db);
    rows.restore(m_db);
    for (const QSqlRecord &r : rows.records(u"judge"_s))
        if (const auto j = judge(r.value(u"id"_s).toLongLong()))
            addLog({0, {}, actor, u"judge"_s, 0, j->login, 0, {}, {}, judgeSummary(*j), note});
    for (const QSqlRecord &r : rows.records(u"submission"_s))
        if (const auto sub = submission(r.value(u"id"_s).toLongLong()))
            addLog({0, {}, actor, u"submission"_s, sub->trackId, {}, sub->id, {}, {}, submissionSummary(*sub), note});
    for (const QSqlRecord &r : rows.records(u"assignment"_s)) {
        const qint64 judgeId = r.value(u"judge_id"_s).toLongLong(),
                     submissionId = r.value(u"submission_id"_s).toLongLong();
        addLog({0,
                {},
                actor,
                u"assign"_s,
                trackOfSubmission(submissionId),
                judgeLogin(judgeId),
                submissionId,
                {},
                {},
                r.value(u"manual"_s).toBool() ? u"manual"_s : u"auto"_s,
                note});
    }
    for (const QSqlRecord &r : rows.records(u"score_sheet"_s)) {
        const qint64 judgeId = r.value(u"judge_id"_s).toLongLong(),
                     submissionId = r.value(u"submission_id"_s).toLongLong();
        const auto restored = sheet(judgeId, submissionId);
        if (!restored)
            continue;
        logWholeSheet(*restored, true, actor, note);
    }
    tx.commit();
}

QString JudgingRepository::authorLabel(const Submission &s) const
{
    if (s.participantId) {
        const QVariant login =
            SqlQuery::scalar(m_db, u"SELECT login FROM participant WHERE id = ?"_s, {s.participantId});
        return login.isValid() ? u"@"_s + login.toString() : Tr::tr("(deleted participant #%1)").arg(s.participantId);
    }
    const QVariant name = SqlQuery::scalar(m_db, u"SELECT name FROM team WHERE id = ?"_s, {s.teamId});
    return name.isValid() ? name.toString() : Tr::tr("(deleted team #%1)").arg(s.teamId);
}

QString JudgingRepository::submissionLabel(const Submission &s) const
{
    return u"#%1 \"%2\""_s.arg(s.id).arg(s.title);
}

// Who the profiles name: every participant's login and organisation, the teams with their members, and each
// participant's code-camp mentors (those of every camp project they are a camper of: accepted on it, its
// claimant alone or in a team, or who defended it; a project's mentors are camp_project.mentors, or the
// task's lead when none are written there, as the camp board shows them). Read in four queries and kept
// while the database is unchanged (SQLite's count of this connection's changes and its data version for
// the others'), so that conflicts over thousands of submissions cost no query per submission.
struct JudgingRepository::ProfileIndex
{
    std::pair<qint64, qint64> version; // total_changes(), data_version when read
    QString snapshot;                  // PostgreSQL: the server's snapshot when read
    QHash<qint64, SubmissionProfile::Author> people;
    QHash<qint64, QString> teamNames;
    QHash<qint64, QList<qint64>> teamMembers; // by participant id
};

const JudgingRepository::ProfileIndex &JudgingRepository::profileIndex() const
{
    std::pair<qint64, qint64> now{-1, -1};
    QString snapshot;
    if (m_db.backend() == Backend::Sqlite) {
        SqlQuery version(m_db, u"SELECT total_changes(), data_version FROM pragma_data_version"_s);
        version.exec();
        version.next();
        now = {version.value(0).toLongLong(), version.value(1).toLongLong()};
        if (m_profiles && m_profiles->version == now)
            return *m_profiles;
    } else if (!m_db.inTransaction()) {
        // A shared event: the same snapshot (no transaction committed anywhere since) shows the same rows.
        // Inside a transaction its own writes would not change it: read again there.
        snapshot = SqlQuery::scalar(m_db, u"SELECT pg_current_snapshot()::text"_s).toString();
        if (m_profiles && m_profiles->snapshot == snapshot)
            return *m_profiles;
    }
    auto index = std::make_shared<ProfileIndex>();
    index->version = now;
    index->snapshot = snapshot;
    SqlQuery people(m_db, u"SELECT id, login, organisation FROM participant"_s);
    people.exec();
    while (people.next())
        index->people.insert(people.value(0).toLongLong(),
                             {people.value(1).toString(), people.value(2).toString(), {}});
    SqlQuery teams(m_db, u"SELECT id, name FROM team"_s);
    teams.exec();
    while (teams.next())
        index->teamNames.insert(teams.value(0).toLongLong(), teams.value(1).toString());
    SqlQuery members(m_db, u"SELECT team_id, participant_id FROM team_member ORDER BY team_id, participant_id"_s);
    members.exec();
    while (members.next())
        index->teamMembers[members.value(0).toLongLong()].append(members.value(1).toLongLong());
    SqlQuery mentors(m_db, uR"(SELECT x.participant_id, coalesce(nullif(d.mentors, ''), t.lead)
          FROM task t JOIN track tr ON tr.id = t.track_id AND tr.kind = 'camp'
          LEFT JOIN camp_project d ON d.task_id = t.id
          JOIN (SELECT ca.participant_id, p.id AS task_id FROM camp_application ca
                  JOIN task p ON p.track_id = ca.track_id AND p.number = ca.project WHERE ca.stage = 'accepted'
                UNION SELECT c.participant_id, c.task_id FROM claim c WHERE c.participant_id IS NOT NULL
                UNION SELECT m.participant_id, c.task_id FROM claim c JOIN team_member m ON m.team_id = c.team_id
                UNION SELECT r.participant_id, r.task_id FROM camp_result r) x ON x.task_id = t.id
          ORDER BY x.participant_id, t.number, t.id)"_s);
    mentors.exec();
    while (mentors.next()) {
        const auto person = index->people.find(mentors.value(0).toLongLong());
        if (person == index->people.end())
            continue;
        for (const QString &mentor : campMentors(mentors.value(1).toString()))
            if (!person->mentors.contains(mentor, Qt::CaseInsensitive))
                person->mentors << mentor;
    }
    m_profiles = std::move(index);
    return *m_profiles;
}

SubmissionProfile JudgingRepository::profile(const Submission &s) const
{
    const ProfileIndex &index = profileIndex();
    SubmissionProfile p;
    QList<qint64> people;
    if (s.participantId) {
        people << s.participantId;
    } else {
        p.teamName = index.teamNames.value(s.teamId);
        people = index.teamMembers.value(s.teamId);
    }
    for (qint64 id : people)
        if (const auto person = index.people.constFind(id); person != index.people.cend())
            p.authors.append(*person);
    return p;
}

JudgeProfile JudgingRepository::profile(const Judge &j) const
{
    return {j.login, j.name, j.organisation, j.conflicts};
}

std::optional<QString> JudgingRepository::conflict(const Judge &judge, const Submission &submission) const
{
    return conflictReason(profile(judge), profile(submission));
}

// ---- Assignments -----------------------------------------------------------------------------------------

QList<Assignment> JudgingRepository::assignments(qint64 trackId) const
{
    SqlQuery q(m_db, u"SELECT a.judge_id, a.submission_id, a.manual FROM assignment a JOIN submission s ON "
                     u"s.id = a.submission_id WHERE ? = 0 OR s.track_id = ? ORDER BY a.submission_id, a.judge_id"_s);
    q.bind(trackId, trackId).exec();
    QList<Assignment> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toBool()});
    return out;
}

bool JudgingRepository::isAssigned(qint64 judgeId, qint64 submissionId) const
{
    return SqlQuery::scalar(m_db, u"SELECT 1 FROM assignment WHERE judge_id = ? AND submission_id = ?"_s,
                            {judgeId, submissionId})
        .isValid();
}

void JudgingRepository::assign(qint64 judgeId, qint64 submissionId, bool manual, const QString &actor)
{
    assign({{judgeId, submissionId}}, manual, actor);
}

void JudgingRepository::assign(const QList<std::pair<qint64, qint64>> &pairs, bool manual, const QString &actor)
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
            const auto found = submission(submissionId);
            if (!found)
                throw Error(Tr::tr("There is no submission #%1.").arg(submissionId));
            submissions.insert(submissionId, *found);
        }
        const Submission &s = submissions[submissionId];
        if (assigned.contains({judgeId, submissionId}))
            continue;
        if (!j->trackIds.contains(s.trackId))
            throw Error(Tr::tr("@%1 does not judge the track \"%2\".").arg(j->login, trackName(s.trackId)));
        if (const auto reason = conflict(*j, s))
            throw Error(Tr::tr("@%1 cannot judge %2: %3.").arg(j->login, submissionLabel(s), *reason));
        requireUnlocked(s.trackId);
        assigned.insert({judgeId, submissionId});
        inserts.append({judgeId, submissionId, s.trackId, j->login});
    }
    Transaction tx(m_db);
    for (const Insert &i : std::as_const(inserts)) {
        SqlQuery(m_db, u"INSERT INTO assignment (judge_id, submission_id, manual) VALUES (?, ?, ?)"_s)
            .bind(i.judgeId, i.submissionId, manual)
            .exec();
        addLog({0,
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

void JudgingRepository::unassign(qint64 judgeId, qint64 submissionId, const QString &actor)
{
    if (!isAssigned(judgeId, submissionId))
        throw Error(Tr::tr("That judge is not assigned to that submission."));
    const qint64 track = trackOfSubmission(submissionId);
    const QString login = judgeLogin(judgeId);
    if (sheet(judgeId, submissionId))
        throw Error(Tr::tr("@%1 has already scored #%2: delete the score sheet before removing the judge.")
                        .arg(login)
                        .arg(submissionId));
    requireUnlocked(track);
    SqlQuery(m_db, u"DELETE FROM assignment WHERE judge_id = ? AND submission_id = ?"_s)
        .bind(judgeId, submissionId)
        .exec();
    addLog({0, {}, actor, u"unassign"_s, track, login, submissionId, {}, u"assigned"_s, {}, {}});
}

// ---- Score sheets ----------------------------------------------------------------------------------------

std::optional<ScoreSheet> JudgingRepository::sheet(qint64 judgeId, qint64 submissionId) const
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

QList<ScoreSheet> JudgingRepository::sheets(qint64 trackId) const
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

bool JudgingRepository::saveSheet(const ScoreSheet &sheet, const QString &actor, const QString &note)
{
    const auto s = submission(sheet.submissionId);
    if (!s)
        throw Error(Tr::tr("There is no submission #%1.").arg(sheet.submissionId));
    const QString login = judgeLogin(sheet.judgeId);
    if (login.isEmpty())
        throw Error(Tr::tr("There is no judge #%1.").arg(sheet.judgeId));
    if (!isAssigned(sheet.judgeId, sheet.submissionId))
        throw Error(Tr::tr("@%1 is not assigned to %2: scores for it are refused.").arg(login, submissionLabel(*s)));
    const Rubric rubric = requireRubric(s->trackId);
    const QStringList problems = sheetProblems(rubric, sheet.scores, sheet.status, sheet.comment);
    if (!problems.isEmpty())
        throw Error(Tr::tr("@%1, %2: %3").arg(login, submissionLabel(*s), problems.join(u' ')));
    const std::optional<ScoreSheet> old = this->sheet(sheet.judgeId, sheet.submissionId);
    if (old && old->sameContent(sheet))
        return false;
    requireUnlocked(s->trackId);

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
        addLog({0, {}, actor, action, s->trackId, login, sheet.submissionId, criterion, from, to, note});
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

void JudgingRepository::logWholeSheet(const ScoreSheet &sheet, bool added, const QString &actor, const QString &note)
{
    const qint64 track = trackOfSubmission(sheet.submissionId);
    const QString login = judgeLogin(sheet.judgeId);
    const auto rubric = this->rubric(track);
    // A line from nothing to the value when the sheet was added, from the value to nothing when removed.
    const auto line = [&](const QString &action, const QString &criterion, const QString &value) {
        addLog({0,
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

bool JudgingRepository::removeSheet(qint64 judgeId, qint64 submissionId, const QString &actor, const QString &note)
{
    const std::optional<ScoreSheet> old = sheet(judgeId, submissionId);
    if (!old)
        return false;
    const qint64 track = trackOfSubmission(submissionId);
    requireUnlocked(track);
    Transaction tx(m_db);
    SqlQuery(m_db, u"DELETE FROM score_sheet WHERE judge_id = ? AND submission_id = ?"_s)
        .bind(judgeId, submissionId)
        .exec(); // scores cascade
    logWholeSheet(*old, false, actor, note);
    tx.commit();
    return true;
}

bool JudgingRepository::setSheet(qint64 judgeId, qint64 submissionId, const std::optional<ScoreSheet> &state,
                                 const QString &actor, const QString &note)
{
    if (!state)
        return removeSheet(judgeId, submissionId, actor, note);
    ScoreSheet s = *state;
    s.judgeId = judgeId;
    s.submissionId = submissionId;
    return saveSheet(s, actor, note);
}

// ---- The lock --------------------------------------------------------------------------------------------

TrackLock JudgingRepository::lock(qint64 trackId) const
{
    SqlQuery q(m_db, u"SELECT finalised_at, finalised_by FROM judging_lock WHERE track_id = ?"_s);
    q.bind(trackId).exec();
    if (!q.next())
        return {};
    return {true, dateFrom(q.value(0)), q.value(1).toString()};
}

void JudgingRepository::requireUnlocked(qint64 trackId) const
{
    const QString problem = lockProblem(lock(trackId), trackName(trackId));
    if (!problem.isEmpty())
        throw Error(problem);
}

void JudgingRepository::finalise(qint64 trackId, const QString &actor)
{
    if (!EventRepository(m_db).track(trackId))
        throw Error(Tr::tr("There is no track %1.").arg(trackId));
    if (lock(trackId).finalised)
        throw Error(Tr::tr("The results of \"%1\" are already final.").arg(trackName(trackId)));
    Transaction tx(m_db);
    SqlQuery(m_db, u"INSERT INTO judging_lock (track_id, finalised_at, finalised_by) VALUES (?, ?, ?)"_s)
        .bind(trackId, now(), actor)
        .exec();
    addLog({0, {}, actor, u"finalise"_s, trackId, {}, 0, {}, u"open"_s, u"final"_s, {}});
    tx.commit();
}

void JudgingRepository::unlock(qint64 trackId, const QString &reason, const QString &actor)
{
    const QString problem = unlockReasonProblem(reason);
    if (!problem.isEmpty())
        throw Error(problem);
    if (!lock(trackId).finalised)
        throw Error(Tr::tr("The results of \"%1\" are not final: there is nothing to unlock.").arg(trackName(trackId)));
    Transaction tx(m_db);
    SqlQuery(m_db, u"DELETE FROM judging_lock WHERE track_id = ?"_s).bind(trackId).exec();
    addLog({0, {}, actor, u"unlock"_s, trackId, {}, 0, {}, u"final"_s, u"open"_s, reason.trimmed()});
    tx.commit();
}

// ---- The log ---------------------------------------------------------------------------------------------

QList<JudgingLogEntry> JudgingRepository::log(qint64 trackId, int limit) const
{
    SqlQuery q(m_db, u"SELECT id, at, actor, action, track_id, judge, submission_id, criterion, old_value, "
                     u"new_value, note FROM judging_log WHERE ? = 0 OR track_id = ? ORDER BY id DESC LIMIT ?"_s);
    q.bind(trackId, trackId, limit).exec();
    QList<JudgingLogEntry> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), dateFrom(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toString(),
                    q.value(8).toString(), q.value(9).toString(), q.value(10).toString()});
    return out;
}

void JudgingRepository::addLog(const JudgingLogEntry &e)
{
    SqlQuery(m_db, u"INSERT INTO judging_log (at, actor, action, track_id, judge, submission_id, criterion, "
                   u"old_value, new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(e.at.isValid() ? e.at.toUTC().toString(Qt::ISODate) : now(), e.actor, e.action)
        .bindValue(nullIfZero(e.trackId))
        .bind(e.judge)
        .bindValue(nullIfZero(e.submissionId))
        .bind(e.criterion, e.oldValue, e.newValue, e.note)
        .exec();
}

// ---- Results ---------------------------------------------------------------------------------------------

QList<JudgeScore> JudgingRepository::judgeScores(qint64 trackId) const
{
    const auto rubric = this->rubric(trackId);
    if (!rubric)
        return {};
    const QHash<qint64, QHash<qint64, double>> derived = derivedScores(*rubric, submissions(trackId));
    QList<JudgeScore> out;
    for (const ScoreSheet &s : sheets(trackId)) {
        if (s.status != SheetStatus::Submitted)
            continue;
        if (const auto w = weightedScore(*rubric, s.scores, derived.value(s.submissionId)))
            out.append({s.judgeId, s.submissionId, *w});
    }
    return out;
}

QList<SubmissionResult> JudgingRepository::results(qint64 trackId) const
{
    QList<qint64> ids;
    for (const Submission &s : submissions(trackId))
        ids.append(s.id);
    return rankSubmissions(judgeScores(trackId), ids);
}

// ---- Helpers ---------------------------------------------------------------------------------------------

QString JudgingRepository::judgeSummary(const Judge &j) const
{
    QStringList parts{u"@"_s + j.login};
    if (!j.name.isEmpty())
        parts << j.name;
    if (!j.organisation.isEmpty())
        parts << j.organisation;
    QStringList tracks;
    for (qint64 t : j.trackIds)
        tracks << trackName(t);
    parts << Tr::tr("tracks: %1").arg(tracks.join(u", "_s));
    if (!j.conflicts.isEmpty()) {
        QStringList conflicts;
        for (const JudgeConflict &c : j.conflicts)
            conflicts << u"%1:%2"_s.arg(conflictKindKey(c.kind), c.value);
        parts << Tr::tr("conflicts: %1").arg(conflicts.join(u", "_s));
    }
    return parts.join(u"; "_s);
}

QString JudgingRepository::submissionSummary(const Submission &s) const
{
    QStringList parts{s.title, authorLabel(s)};
    if (s.taskId) {
        const QVariant number = SqlQuery::scalar(m_db, u"SELECT number FROM task WHERE id = ?"_s, {s.taskId});
        parts << (number.isValid() ? u"No.%1"_s.arg(number.toInt()) : u"task #%1"_s.arg(s.taskId));
    }
    for (const SubmissionLink &l : s.links)
        parts << u"%1:%2"_s.arg(l.kind, l.url);
    for (Figure f : AllFigures)
        if (const auto v = s.figure(f))
            parts << u"%1=%2"_s.arg(figureKey(f)).arg(*v);
    return parts.join(u"; "_s);
}

QString JudgingRepository::trackName(qint64 trackId) const
{
    const QVariant name = SqlQuery::scalar(m_db, u"SELECT name FROM track WHERE id = ?"_s, {trackId});
    return name.isValid() ? name.toString() : u"#%1"_s.arg(trackId);
}

QString JudgingRepository::judgeLogin(qint64 judgeId) const
{
    return SqlQuery::scalar(m_db, u"SELECT login FROM judge WHERE id = ?"_s, {judgeId}).toString();
}

qint64 JudgingRepository::trackOfSubmission(qint64 submissionId) const
{
    return SqlQuery::scalar(m_db, u"SELECT track_id FROM submission WHERE id = ?"_s, {submissionId}).toLongLong();
}

// ---- Saves that check what they replace -------------------------------------------------------------------

bool JudgingRepository::setSheetIfUnchanged(qint64 judgeId, qint64 submissionId,
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
        const auto s = submission(submissionId);
        const QString what = s ? submissionLabel(*s) : u"#%1"_s.arg(submissionId);
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
                                .arg(judgeLogin(judgeId), what,
                                     current ? current->updatedBy : Tr::tr("someone"), describe(current),
                                     describe(state)),
                            current);
    }
    const bool changed = setSheet(judgeId, submissionId, state, actor, note);
    tx.commit();
    return changed;
}

} // namespace hd
