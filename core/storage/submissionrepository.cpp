#include "submissionrepository.h"

#include "model/error.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/scorerepository.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Judging)
};

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
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

} // namespace

QList<Submission> SubmissionRepository::submissions(qint64 trackId) const
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

std::optional<Submission> SubmissionRepository::submission(qint64 id) const
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

void SubmissionRepository::validateSubmission(const Submission &s) const
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

void SubmissionRepository::writeLinks(const Submission &s)
{
    SqlQuery(m_db, u"DELETE FROM submission_link WHERE submission_id = ?"_s).bind(s.id).exec();
    for (qsizetype i = 0; i < s.links.size(); ++i)
        SqlQuery(m_db, u"INSERT INTO submission_link (submission_id, position, kind, url) VALUES (?, ?, ?, ?)"_s)
            .bind(s.id, int(i), s.links[i].kind, s.links[i].url.trimmed())
            .exec();
}

qint64 SubmissionRepository::insertSubmission(const Submission &submission, const QString &actor)
{
    validateSubmission(submission);
    JudgingResultRepository(m_db).requireUnlocked(submission.trackId);
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
    m_log.addLog(
        {0, {}, actor, u"submission"_s, s.trackId, {}, s.id, {}, {}, submissionSummary(*this->submission(s.id)), {}});
    tx.commit();
    return s.id;
}

void SubmissionRepository::updateSubmission(const Submission &submission, const QString &actor)
{
    const auto before = this->submission(submission.id);
    if (!before)
        throw Error(Tr::tr("The submission \"%1\" no longer exists.").arg(submission.title));
    validateSubmission(submission);
    if (before->trackId != submission.trackId &&
        SqlQuery::scalar(m_db, u"SELECT 1 FROM assignment WHERE submission_id = ?"_s, {submission.id}).isValid())
        throw Error(Tr::tr("The submission \"%1\" has judges: it cannot move to another track.").arg(before->title));
    JudgingResultRepository(m_db).requireUnlocked(before->trackId);
    JudgingResultRepository(m_db).requireUnlocked(submission.trackId);
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
        m_log.addLog({0, {}, actor, u"submission"_s, submission.trackId, {}, submission.id, {}, from, to, {}});
    tx.commit();
}

RowSnapshot SubmissionRepository::removeSubmission(qint64 id, bool dropWork, const QString &actor)
{
    const auto s = submission(id);
    if (!s)
        throw Error(Tr::tr("That submission no longer exists."));
    const int n = SqlQuery::scalar(m_db, u"SELECT count(*) FROM assignment WHERE submission_id = ?"_s, {id}).toInt();
    if (n && !dropWork)
        throw Error(Tr::tr("%1 has %n judge(s) assigned: remove them before deleting the submission.", nullptr, n)
                        .arg(submissionLabel(*s)));
    JudgingResultRepository(m_db).requireUnlocked(s->trackId);
    Transaction tx(m_db);
    RowSnapshot snapshot;
    snapshot.take(m_db, u"submission"_s, u"id = ?"_s, {id});
    snapshot.take(m_db, u"submission_link"_s, u"submission_id = ?"_s, {id});
    snapshot.take(m_db, u"assignment"_s, u"submission_id = ?"_s, {id});
    snapshot.take(m_db, u"score_sheet"_s, u"submission_id = ?"_s, {id});
    snapshot.take(m_db, u"score"_s, u"submission_id = ?"_s, {id});
    JudgeAssignmentRepository judges(m_db);
    for (const Assignment &a : judges.assignments(s->trackId))
        if (a.submissionId == id) {
            ScoreRepository(m_db).removeSheet(a.judgeId, id, actor); // logged
            judges.unassign(a.judgeId, id, actor);
        }
    SqlQuery(m_db, u"DELETE FROM submission WHERE id = ?"_s).bind(id).exec();
    m_log.addLog({0, {}, actor, u"submission"_s, s->trackId, {}, id, {}, submissionSummary(*s), {}, {}});
    tx.commit();
    return snapshot;
}

QString SubmissionRepository::authorLabel(const Submission &s) const
{
    if (s.participantId) {
        const QVariant login =
            SqlQuery::scalar(m_db, u"SELECT login FROM participant WHERE id = ?"_s, {s.participantId});
        return login.isValid() ? u"@"_s + login.toString() : Tr::tr("(deleted participant #%1)").arg(s.participantId);
    }
    const QVariant name = SqlQuery::scalar(m_db, u"SELECT name FROM team WHERE id = ?"_s, {s.teamId});
    return name.isValid() ? name.toString() : Tr::tr("(deleted team #%1)").arg(s.teamId);
}

QHash<qint64, QString> SubmissionRepository::authorLabels(const QList<Submission> &submissions) const
{
    const auto names = [this](const QString &sql) {
        QHash<qint64, QString> out;
        SqlQuery q(m_db, sql);
        q.exec();
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString());
        return out;
    };
    const bool byPeople =
        std::any_of(submissions.cbegin(), submissions.cend(), [](const Submission &s) { return s.participantId != 0; });
    const bool byTeams =
        std::any_of(submissions.cbegin(), submissions.cend(), [](const Submission &s) { return s.participantId == 0; });
    const QHash<qint64, QString> logins =
        byPeople ? names(u"SELECT id, login FROM participant"_s) : QHash<qint64, QString>();
    const QHash<qint64, QString> teams = byTeams ? names(u"SELECT id, name FROM team"_s) : QHash<qint64, QString>();
    QHash<qint64, QString> out;
    out.reserve(submissions.size());
    for (const Submission &s : submissions) {
        if (s.participantId) {
            const auto login = logins.constFind(s.participantId);
            out.insert(s.id, login != logins.cend() ? u"@"_s + *login
                                                    : Tr::tr("(deleted participant #%1)").arg(s.participantId));
        } else {
            const auto name = teams.constFind(s.teamId);
            out.insert(s.id, name != teams.cend() ? *name : Tr::tr("(deleted team #%1)").arg(s.teamId));
        }
    }
    return out;
}

QSet<qint64> SubmissionRepository::judgedTrackIds() const
{
    SqlQuery q(m_db, u"SELECT id FROM track t WHERE EXISTS (SELECT 1 FROM rubric r WHERE r.track_id = t.id) "
                     u"OR EXISTS (SELECT 1 FROM submission s WHERE s.track_id = t.id)"_s);
    q.exec();
    QSet<qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

QString SubmissionRepository::submissionLabel(const Submission &s) const
{
    return u"#%1 \"%2\""_s.arg(s.id).arg(s.title);
}

QString SubmissionRepository::submissionSummary(const Submission &s) const
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

} // namespace hd
