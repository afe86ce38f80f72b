#include "programmerepository.h"

#include "model/error.h"
#include "model/isotime.h"
#include "model/participant.h"
#include "model/task.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeRepository)
};

QString numbersText(const QList<int> &numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(u',');
}

QList<int> numbersFrom(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (const int n = part.trimmed().toInt(); n > 0)
            out.append(n);
    return out;
}

QVariant dateValue(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(isoDateTimeText(dt)) : QVariant(QMetaType::fromType<QString>());
}

const QString applicationColumns =
    u"a.id, a.track_id, a.participant_id, p.login, a.first_choice, a.other_wishes, a.accepts_reassignment, a.stage, "
    u"coalesce(a.project, 0), a.interview_at, a.interviewer, a.notes, a.source_url, a.applied_at"_s;

CampApplication applicationFrom(SqlQuery &q)
{
    CampApplication a;
    a.id = q.value(0).toLongLong();
    a.trackId = q.value(1).toLongLong();
    a.participantId = q.value(2).toLongLong();
    a.login = q.value(3).toString();
    a.choices.firstChoice = q.value(4).toInt();
    a.choices.otherWishes = numbersFrom(q.value(5).toString());
    a.choices.acceptsReassignment = q.value(6).toBool();
    a.stage = applicationStageFromKey(q.value(7).toString()).value_or(ApplicationStage::Applied);
    a.project = q.value(8).toInt();
    a.interviewAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    a.interviewer = q.value(10).toString();
    a.notes = q.value(11).toString();
    a.sourceUrl = q.value(12).toString();
    a.appliedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODate);
    return a;
}

} // namespace

QString campProjectStageName(CampProjectStage stage)
{
    switch (stage) {
    case CampProjectStage::OpenSeat:
        return Tr::tr("Open seat");
    case CampProjectStage::Interviewing:
        return Tr::tr("Interviewing");
    case CampProjectStage::Filled:
        return Tr::tr("Filled");
    case CampProjectStage::InProgress:
        return Tr::tr("In progress");
    case CampProjectStage::Defended:
        return Tr::tr("Defended");
    }
    return {};
}

QList<CampApplication> ProgrammeRepository::applications(qint64 trackId) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM camp_application a JOIN participant p ON p.id = a.participant_id "
                     u"WHERE a.track_id = ? ORDER BY a.applied_at, a.id"_s.arg(applicationColumns));
    q.bind(trackId).exec();
    QList<CampApplication> out;
    while (q.next())
        out.append(applicationFrom(q));
    return out;
}

std::optional<CampApplication> ProgrammeRepository::application(qint64 id) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM camp_application a JOIN participant p ON p.id = a.participant_id "
                     u"WHERE a.id = ?"_s.arg(applicationColumns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return applicationFrom(q);
}

qint64 ProgrammeRepository::saveApplication(const CampApplication &a)
{
    if (a.choices.firstChoice <= 0)
        throw Error(Tr::tr("An application needs the number of the project applied for."));
    if (!TaskRepository(m_db).byNumber(a.trackId, a.choices.firstChoice))
        throw Error(Tr::tr("There is no camp project %1.").arg(a.choices.firstChoice));
    SqlQuery q(m_db, uR"(INSERT INTO camp_application (track_id, participant_id, first_choice, other_wishes,
                accepts_reassignment, stage, project, interview_at, interviewer, notes, source_url, applied_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              ON CONFLICT (track_id, participant_id) DO UPDATE SET first_choice = excluded.first_choice,
                other_wishes = excluded.other_wishes, accepts_reassignment = excluded.accepts_reassignment,
                interview_at = excluded.interview_at, interviewer = excluded.interviewer, notes = excluded.notes,
                source_url = excluded.source_url
              RETURNING id)"_s);
    q.bind(a.trackId, a.participantId, a.choices.firstChoice, numbersText(a.choices.otherWishes),
           a.choices.acceptsReassignment, applicationStageKey(a.stage))
        .bindValue(a.project > 0 ? QVariant(a.project) : QVariant(QMetaType::fromType<int>()))
        .bindValue(dateValue(a.interviewAt))
        .bind(a.interviewer, a.notes, a.sourceUrl)
        .bindValue(dateValue(a.appliedAt.isValid() ? a.appliedAt : QDateTime::currentDateTimeUtc()))
        .exec();
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.raw().finish();
    return id;
}

void ProgrammeRepository::moveApplication(qint64 id, ApplicationStage to, int project)
{
    const auto a = application(id);
    if (!a)
        throw Error(Tr::tr("That application no longer exists."));
    if (!canMoveApplication(a->stage, to))
        throw Error(Tr::tr("@%1's application cannot go from \"%2\" to \"%3\".")
                        .arg(a->login, applicationStageName(a->stage), applicationStageName(to)));
    const int target = project > 0 ? project : (a->project > 0 ? a->project : a->choices.firstChoice);
    Transaction tx(m_db);
    if (to == ApplicationStage::Accepted) {
        const auto task = TaskRepository(m_db).byNumber(a->trackId, target);
        if (!task)
            throw Error(Tr::tr("There is no camp project %1.").arg(target));
        const int accepted = SqlQuery::scalar(m_db,
                                              u"SELECT count(*) FROM camp_application WHERE track_id = ? AND "
                                              u"project = ? AND stage = 'accepted'"_s,
                                              {a->trackId, target})
                                 .toInt();
        if (const QString problem = acceptanceProblem(a->choices, target, task->seats, accepted); !problem.isEmpty())
            throw Error(u"@%1: %2"_s.arg(a->login, problem));
        // The camper's claim on the project, so the board and the payouts see them.
        ClaimRepository claims(m_db);
        if (!claims.find(task->id, a->participantId, 0)) {
            Claim c;
            c.taskId = task->id;
            c.participantId = a->participantId;
            c.claimedAt = a->appliedAt;
            claims.insert(c);
        }
    }
    const bool keepsProject = to == ApplicationStage::Accepted || to == ApplicationStage::Waitlisted;
    SqlQuery(m_db, u"UPDATE camp_application SET stage = ?, project = ? WHERE id = ?"_s)
        .bind(applicationStageKey(to))
        .bindValue(keepsProject ? QVariant(target) : QVariant(QMetaType::fromType<int>()))
        .bind(id)
        .exec();
    tx.commit();
}

ApplicationChange ProgrammeRepository::recordCommentApplication(qint64 trackId, qint64 participantId,
                                                                const CampChoices &choices, const QString &sourceUrl,
                                                                const QDateTime &appliedAt)
{
    if (choices.firstChoice <= 0)
        throw Error(Tr::tr("An application needs the number of the project applied for."));
    const QDateTime when = appliedAt.isValid() ? appliedAt.toUTC() : QDateTime::currentDateTimeUtc();
    const QString wishes = numbersText(choices.otherWishes);
    SqlQuery find(m_db, u"SELECT id, first_choice, other_wishes, accepts_reassignment, source_url, applied_at "
                        u"FROM camp_application WHERE track_id = ? AND participant_id = ?"_s);
    find.bind(trackId, participantId).exec();
    if (!find.next()) {
        SqlQuery(m_db,
                 u"INSERT INTO camp_application (track_id, participant_id, first_choice, other_wishes, "
                 u"accepts_reassignment, stage, source_url, applied_at) VALUES (?, ?, ?, ?, ?, 'applied', ?, ?)"_s)
            .bind(trackId, participantId, choices.firstChoice, wishes, choices.acceptsReassignment, sourceUrl)
            .bindValue(dateValue(when))
            .exec();
        return ApplicationChange::Added;
    }
    const qint64 id = find.value(0).toLongLong();
    const QString storedUrl = find.value(4).toString();
    const QDateTime storedAt = QDateTime::fromString(find.value(5).toString(), Qt::ISODate);
    // Another comment (or an entry by hand) made later speaks for the applicant now.
    if (storedUrl != sourceUrl && storedAt.isValid() && when < storedAt)
        return ApplicationChange::Older;
    if (find.value(1).toInt() == choices.firstChoice && find.value(2).toString() == wishes &&
        find.value(3).toBool() == choices.acceptsReassignment && storedUrl == sourceUrl && storedAt == when)
        return ApplicationChange::Unchanged;
    find.raw().finish();
    SqlQuery(m_db, u"UPDATE camp_application SET first_choice = ?, other_wishes = ?, accepts_reassignment = ?, "
                   u"source_url = ?, applied_at = ? WHERE id = ?"_s)
        .bind(choices.firstChoice, wishes, choices.acceptsReassignment, sourceUrl)
        .bindValue(dateValue(when))
        .bind(id)
        .exec();
    return ApplicationChange::Updated;
}

void ProgrammeRepository::setInterview(qint64 id, const QDateTime &at, const QString &interviewer, const QString &notes)
{
    const auto a = application(id);
    if (!a)
        throw Error(Tr::tr("That application no longer exists."));
    QString login = interviewer.trimmed();
    while (login.startsWith(u'@'))
        login.remove(0, 1);
    if (!login.isEmpty() && !isValidLogin(login))
        throw Error(
            Tr::tr("@%1: \"%2\" is not the GitHub login of an interviewer.").arg(a->login, interviewer.trimmed()));
    if (at.isValid() && login.isEmpty())
        throw Error(Tr::tr("@%1: an interview needs an interviewer.").arg(a->login));
    SqlQuery(m_db, u"UPDATE camp_application SET interview_at = ?, interviewer = ?, notes = ? WHERE id = ?"_s)
        .bindValue(dateValue(at.isValid() ? at : QDateTime()))
        .bind(login, notes.trimmed(), id)
        .exec();
}

void ProgrammeRepository::restoreApplication(const CampApplication &a)
{
    SqlQuery(m_db, u"UPDATE camp_application SET stage = ?, project = ?, interview_at = ?, interviewer = ?, "
                   u"notes = ? WHERE id = ?"_s)
        .bind(applicationStageKey(a.stage))
        .bindValue(a.project > 0 ? QVariant(a.project) : QVariant(QMetaType::fromType<int>()))
        .bindValue(dateValue(a.interviewAt))
        .bind(a.interviewer, a.notes, a.id)
        .exec();
}

void ProgrammeRepository::setApplicationStage(qint64 id, ApplicationStage stage, int project)
{
    SqlQuery(m_db, u"UPDATE camp_application SET stage = ?, project = ? WHERE id = ?"_s)
        .bind(applicationStageKey(stage))
        .bindValue(project > 0 ? QVariant(project) : QVariant(QMetaType::fromType<int>()))
        .bind(id)
        .exec();
}

void ProgrammeRepository::renumberApplication(qint64 id, qint64 newId)
{
    SqlQuery(m_db, u"UPDATE camp_application SET id = ? WHERE id = ?"_s).bind(newId, id).exec();
}

void ProgrammeRepository::removeApplication(qint64 id)
{
    SqlQuery(m_db, u"DELETE FROM camp_application WHERE id = ?"_s).bind(id).exec();
}

int ProgrammeRepository::acceptedOn(qint64 trackId, int project, qint64 exceptId) const
{
    return SqlQuery::scalar(m_db,
                            u"SELECT count(*) FROM camp_application WHERE track_id = ? AND project = ? "
                            u"AND stage = 'accepted' AND id <> ?"_s,
                            {trackId, project, exceptId})
        .toInt();
}

QStringList ProgrammeRepository::campGrades(qint64 trackId) const
{
    QStringList grades;
    for (const RewardTier &t : EventRepository(m_db).tiers(trackId))
        grades << t.name.trimmed();
    return grades;
}

std::optional<CampDefence> ProgrammeRepository::campDefence(qint64 taskId, qint64 participantId) const
{
    SqlQuery q(m_db, u"SELECT grade, passed, months, defended_at, judges FROM camp_result WHERE task_id = ? AND "
                     u"participant_id = ?"_s);
    q.bind(taskId, participantId).exec();
    if (!q.next())
        return std::nullopt;
    CampDefence d;
    d.taskId = taskId;
    d.participantId = participantId;
    d.grade = q.value(1).toBool() ? q.value(0).toString().trimmed() : QString();
    d.months = q.value(2).toInt();
    const QString at = q.value(3).toString();
    const QDateTime dt = QDateTime::fromString(at, Qt::ISODate);
    d.defendedAt = dt.isValid() ? dt.date() : QDate::fromString(at.left(10), Qt::ISODate);
    d.judges = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
    return d;
}

void ProgrammeRepository::saveCampDefence(const CampDefence &d)
{
    const auto task = TaskRepository(m_db).get(d.taskId);
    if (!task)
        throw Error(Tr::tr("That camp project no longer exists."));
    const auto person = ParticipantRepository(m_db).get(d.participantId);
    const QString login = person ? person->login : QString();
    const int accepted = SqlQuery::scalar(m_db,
                                          u"SELECT count(*) FROM camp_application WHERE track_id = ? AND "
                                          u"participant_id = ? AND project = ? AND stage = 'accepted'"_s,
                                          {task->trackId, d.participantId, task->number})
                             .toInt();
    if (!accepted)
        throw Error(
            Tr::tr("@%1 is not an accepted camper of project %2: only campers defend.").arg(login).arg(task->number));
    const QString grade = d.grade.trimmed();
    if (!grade.isEmpty()) {
        const QStringList grades = campGrades(task->trackId);
        if (!grades.contains(grade))
            throw Error(grades.isEmpty()
                            ? Tr::tr("The camp track has no grades yet: add its reward tiers first.")
                            : Tr::tr("\"%1\" is not a grade of the camp (%2).").arg(grade, grades.join(u", "_s)));
    }
    if (d.months < 1 || d.months > 24)
        throw Error(Tr::tr("@%1: %2 months is not a camp length (1-24).").arg(login).arg(d.months));
    if (!d.defendedAt.isValid())
        throw Error(Tr::tr("@%1: the defence needs its date.").arg(login));
    QStringList judges;
    for (QString judge : d.judges) {
        judge = judge.trimmed();
        if (judge.startsWith(u'@'))
            judge.remove(0, 1);
        if (!isValidLogin(judge))
            throw Error(Tr::tr("@%1: \"%2\" is not the GitHub login of a judge.").arg(login, judge));
        for (const QString &other : std::as_const(judges))
            if (other.compare(judge, Qt::CaseInsensitive) == 0)
                throw Error(Tr::tr("@%1: the judge @%2 is named twice.").arg(login, judge));
        judges << judge;
    }
    // A date as the event's day: midnight in the event's time zone.
    const auto event = EventRepository(m_db).event();
    QTimeZone zone = event ? QTimeZone(event->timeZone.toUtf8()) : QTimeZone();
    if (!zone.isValid())
        zone = QTimeZone::utc();
    SqlQuery(m_db, u"INSERT INTO camp_result (task_id, participant_id, grade, passed, months, defended_at, judges) "
                   u"VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id, participant_id) DO UPDATE SET "
                   u"grade = excluded.grade, passed = excluded.passed, months = excluded.months, "
                   u"defended_at = excluded.defended_at, judges = excluded.judges"_s)
        .bind(d.taskId, d.participantId, grade, !grade.isEmpty(), d.months,
              d.defendedAt.startOfDay(zone).toString(Qt::ISODate))
        .bind(judges.join(u','))
        .exec();
}

void ProgrammeRepository::removeCampDefence(qint64 taskId, qint64 participantId)
{
    SqlQuery(m_db, u"DELETE FROM camp_result WHERE task_id = ? AND participant_id = ?"_s)
        .bind(taskId, participantId)
        .exec();
}

RowSnapshot ProgrammeRepository::campDefenceSnapshot(qint64 taskId, qint64 participantId) const
{
    RowSnapshot snapshot;
    snapshot.take(m_db, u"camp_result"_s, u"task_id = ? AND participant_id = ?"_s, {taskId, participantId});
    return snapshot;
}

void ProgrammeRepository::saveCampProjectDetails(const CampProject &p)
{
    SqlQuery(m_db, u"INSERT INTO camp_project (task_id, repo, description, skills, mentors) VALUES (?, ?, ?, ?, ?) "
                   u"ON CONFLICT (task_id) DO UPDATE SET repo = excluded.repo, description = excluded.description, "
                   u"skills = excluded.skills, mentors = excluded.mentors"_s)
        .bind(p.taskId, p.repo, p.description, p.skills, p.mentors)
        .exec();
}

void ProgrammeRepository::setWeeklyReport(qint64 applicationId, int week, int hours, const QString &link)
{
    const auto a = application(applicationId);
    if (!a)
        throw Error(Tr::tr("That application no longer exists."));
    if (a->stage != ApplicationStage::Accepted)
        throw Error(Tr::tr("@%1 is not an accepted camper: weekly reports are for campers.").arg(a->login));
    if (week < 1 || week > 60)
        throw Error(Tr::tr("@%1: week %2 is not a camp week (1-60).").arg(a->login).arg(week));
    if (hours < 0 || hours > 168)
        throw Error(
            Tr::tr("@%1, week %2: %3 hours is not a number of hours in a week.").arg(a->login).arg(week).arg(hours));
    SqlQuery(m_db, u"INSERT INTO weekly_report (application_id, week, hours, link) VALUES (?, ?, ?, ?) "
                   u"ON CONFLICT (application_id, week) DO UPDATE SET hours = excluded.hours, link = excluded.link"_s)
        .bind(applicationId, week, hours, link.trimmed())
        .exec();
}

std::optional<std::pair<int, QString>> ProgrammeRepository::weeklyReport(qint64 applicationId, int week) const
{
    SqlQuery q(m_db, u"SELECT hours, link FROM weekly_report WHERE application_id = ? AND week = ?"_s);
    q.bind(applicationId, week).exec();
    if (!q.next())
        return std::nullopt;
    return std::pair{q.value(0).toInt(), q.value(1).toString()};
}

void ProgrammeRepository::removeWeeklyReport(qint64 applicationId, int week)
{
    SqlQuery(m_db, u"DELETE FROM weekly_report WHERE application_id = ? AND week = ?"_s)
        .bind(applicationId, week)
        .exec();
}

int ProgrammeRepository::campWeeks() const
{
    const int weeks = EventRepository(m_db).setting(u"camp.weeks"_s, u"13"_s).toInt();
    return weeks > 0 ? std::min(weeks, 60) : 13;
}

int ProgrammeRepository::campMinHours() const
{
    const int hours = EventRepository(m_db).setting(u"camp.min-hours"_s, u"25"_s).toInt();
    return hours > 0 ? std::min(hours, 168) : 25;
}

QList<std::pair<int, int>> ProgrammeRepository::weeklyHours(qint64 applicationId) const
{
    SqlQuery q(m_db, u"SELECT week, hours FROM weekly_report WHERE application_id = ? ORDER BY week"_s);
    q.bind(applicationId).exec();
    QList<std::pair<int, int>> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toInt()});
    return out;
}

QList<WeeklyReport> ProgrammeRepository::weeklyReports(qint64 applicationId) const
{
    SqlQuery q(m_db, u"SELECT week, hours, link FROM weekly_report WHERE application_id = ? ORDER BY week"_s);
    q.bind(applicationId).exec();
    QList<WeeklyReport> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString()});
    return out;
}

QList<CampProject> ProgrammeRepository::campProjects(qint64 trackId) const
{
    QHash<int, QList<CampApplication>> byProject;
    QHash<int, int> firstChoices;
    for (const CampApplication &a : applications(trackId)) {
        ++firstChoices[a.choices.firstChoice];
        byProject[a.project > 0 ? a.project : a.choices.firstChoice].append(a);
    }
    SqlQuery q(m_db, uR"(SELECT t.id, t.number, t.title, coalesce(d.repo, ''), coalesce(d.description, ''),
                coalesce(d.skills, ''), coalesce(nullif(d.mentors, ''), t.lead), t.seats,
                (SELECT group_concat(r.grade, ', ') FROM camp_result r WHERE r.task_id = t.id AND r.grade <> ''),
                (SELECT coalesce(sum(w.hours), 0) FROM weekly_report w JOIN camp_application a ON a.id = w.application_id
                  WHERE a.track_id = t.track_id AND a.project = t.number AND a.stage = 'accepted'),
                (SELECT group_concat(r.judges, ',') FROM camp_result r WHERE r.task_id = t.id AND r.judges <> '')
              FROM task t LEFT JOIN camp_project d ON d.task_id = t.id
              WHERE t.track_id = ? AND t.removed = 0 ORDER BY t.number)"_s);
    q.bind(trackId).exec();
    QList<CampProject> out;
    while (q.next()) {
        CampProject p;
        p.taskId = q.value(0).toLongLong();
        p.number = q.value(1).toInt();
        p.title = q.value(2).toString();
        p.repo = q.value(3).toString();
        p.description = q.value(4).toString();
        p.skills = q.value(5).toString();
        p.mentors = q.value(6).toString();
        p.seats = qMax(1, q.value(7).toInt());
        p.grade = q.value(8).toString();
        p.reportedHours = q.value(9).toInt();
        for (const QString &judge : q.value(10).toString().split(u',', Qt::SkipEmptyParts))
            if (!p.defenceJudges.contains(judge, Qt::CaseInsensitive))
                p.defenceJudges << judge;
        p.applicants = firstChoices.value(p.number);
        for (const CampApplication &a : byProject.value(p.number)) {
            if (a.stage == ApplicationStage::Accepted)
                p.campers << a.login;
            else if (a.stage == ApplicationStage::ResumeReceived || a.stage == ApplicationStage::InterviewScheduled ||
                     a.stage == ApplicationStage::Interviewed || a.stage == ApplicationStage::Waitlisted)
                ++p.interviewing;
        }
        if (!p.grade.isEmpty())
            p.stage = CampProjectStage::Defended;
        else if (p.campers.size() >= p.seats)
            p.stage = p.reportedHours > 0 ? CampProjectStage::InProgress : CampProjectStage::Filled;
        else
            p.stage = p.interviewing > 0 ? CampProjectStage::Interviewing : CampProjectStage::OpenSeat;
        out.append(p);
    }
    return out;
}

QList<SubTask> ProgrammeRepository::subTasks(qint64 taskId) const
{
    SqlQuery q(m_db,
               u"SELECT number, title, assignee, prs, done, weight FROM sub_task WHERE task_id = ? ORDER BY number"_s);
    q.bind(taskId).exec();
    QList<SubTask> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toBool(), q.value(5).toInt()});
    return out;
}

void ProgrammeRepository::saveSubTask(qint64 taskId, const SubTask &s)
{
    if (s.number <= 0 || s.title.trimmed().isEmpty())
        throw Error(Tr::tr("A sub-task needs a positive number and a title (sub-task %1).").arg(s.number));
    if (s.weight < 0)
        throw Error(Tr::tr("Sub-task %1: the weight cannot be negative.").arg(s.number));
    SqlQuery(m_db, uR"(INSERT INTO sub_task (task_id, number, title, assignee, prs, done, weight)
                       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id, number) DO UPDATE SET
                       title = excluded.title, assignee = excluded.assignee, prs = excluded.prs,
                       done = excluded.done, weight = excluded.weight)"_s)
        .bind(taskId, s.number, s.title.trimmed(), s.assignee.trimmed(), s.prs.trimmed(), s.done, s.weight)
        .exec();
}

void ProgrammeRepository::removeSubTask(qint64 taskId, int number)
{
    SqlQuery(m_db, u"DELETE FROM sub_task WHERE task_id = ? AND number = ?"_s).bind(taskId, number).exec();
}

void ProgrammeRepository::setSubTasks(qint64 taskId, const QList<SubTask> &subTasks)
{
    if (const QString problem = subTasksProblem(subTasks); !problem.isEmpty())
        throw Error(problem);
    QSet<int> keep;
    for (const SubTask &s : subTasks)
        keep.insert(s.number);
    Transaction tx(m_db);
    for (const SubTask &s : this->subTasks(taskId))
        if (!keep.contains(s.number))
            removeSubTask(taskId, s.number);
    for (const SubTask &s : subTasks)
        saveSubTask(taskId, s);
    tx.commit();
}

SubTaskPrLink ProgrammeRepository::linkSubTaskPr(qint64 taskId, int number, const QString &repo, int prNumber,
                                                 Complete complete)
{
    SubTaskPrLink result;
    SqlQuery q(m_db, u"SELECT prs, done FROM sub_task WHERE task_id = ? AND number = ?"_s);
    q.bind(taskId, number).exec();
    if (!q.next())
        return result;
    result.found = true;
    const QString prs = q.value(0).toString();
    const bool done = q.value(1).toBool();
    q.raw().finish();
    const QString linked = withPrLink(prs, repo, prNumber);
    result.linked = linked != prs;
    result.completed =
        !done && (complete == Complete::Always || (complete == Complete::IfNewlyLinked && result.linked));
    if (result.linked || result.completed)
        SqlQuery(m_db, u"UPDATE sub_task SET prs = ?, done = ? WHERE task_id = ? AND number = ?"_s)
            .bind(linked, done || result.completed, taskId, number)
            .exec();
    return result;
}

void ProgrammeRepository::setDefence(qint64 taskId, Task::Defence defence)
{
    if (!TaskRepository(m_db).get(taskId))
        throw Error(Tr::tr("That fundable project no longer exists."));
    SqlQuery(m_db, u"UPDATE task SET defence = ? WHERE id = ?"_s).bind(defenceKey(defence), taskId).exec();
}

void ProgrammeRepository::setDeliverable(qint64 taskId, const QString &kind, const QString &url)
{
    SqlQuery(m_db, u"INSERT INTO deliverable (task_id, kind, url) VALUES (?, ?, ?) "
                   u"ON CONFLICT (task_id, kind) DO UPDATE SET url = excluded.url"_s)
        .bind(taskId, kind, url.trimmed())
        .exec();
}

const QStringList &ProgrammeRepository::deliverableKinds()
{
    static const QStringList kinds{u"rfc"_s, u"tracking-issue"_s, u"slides"_s, u"report"_s, u"code"_s};
    return kinds;
}

QString ProgrammeRepository::deliverableName(const QString &kind)
{
    if (kind == u"rfc")
        return Tr::tr("RFC");
    if (kind == u"tracking-issue")
        return Tr::tr("Tracking issue");
    if (kind == u"slides")
        return Tr::tr("Slides");
    if (kind == u"report")
        return Tr::tr("Technical report");
    if (kind == u"code")
        return Tr::tr("Merged code");
    return kind;
}

QString ProgrammeRepository::deliverableProblem(const QString &kind, const QString &url)
{
    if (!deliverableKinds().contains(kind))
        return Tr::tr("\"%1\" is not a kind of deliverable (%2).").arg(kind, deliverableKinds().join(u", "_s));
    const QString text = url.trimmed();
    if (text.isEmpty())
        return {};
    if (!isWebAddress(text))
        return Tr::tr("%1: \"%2\" is not a web address (https://…).").arg(deliverableName(kind), text);
    return {};
}

void ProgrammeRepository::setDeliverables(qint64 taskId, const QList<std::pair<QString, QString>> &deliverables)
{
    for (const auto &[kind, url] : deliverables)
        if (const QString problem = deliverableProblem(kind, url); !problem.isEmpty())
            throw Error(problem);
    Transaction tx(m_db);
    for (const auto &[kind, url] : deliverables) {
        if (url.trimmed().isEmpty())
            SqlQuery(m_db, u"DELETE FROM deliverable WHERE task_id = ? AND kind = ?"_s).bind(taskId, kind).exec();
        else
            setDeliverable(taskId, kind, url);
    }
    tx.commit();
}

int ProgrammeRepository::completionBp(qint64 taskId) const
{
    const QList<SubTask> subs = subTasks(taskId);
    if (!subs.isEmpty())
        return subTaskCompletionBp(subs);
    return SqlQuery::scalar(m_db, u"SELECT completion_bp FROM task WHERE id = ?"_s, {taskId}).toInt();
}

QList<FundableProjectView> ProgrammeRepository::fundableProjects(qint64 trackId) const
{
    SqlQuery q(m_db, uR"(SELECT t.id, t.number, t.title, t.lead, t.stars_milli, t.defence,
                (SELECT group_concat(tm.name, ', ') FROM claim c JOIN team tm ON tm.id = c.team_id WHERE c.task_id = t.id)
              FROM task t WHERE t.track_id = ? AND t.removed = 0 ORDER BY t.number)"_s);
    q.bind(trackId).exec();
    QList<FundableProjectView> out;
    while (q.next()) {
        FundableProjectView f;
        f.taskId = q.value(0).toLongLong();
        f.number = q.value(1).toInt();
        f.title = q.value(2).toString();
        f.leader = q.value(3).toString();
        f.stars = Stars::fromMilli(q.value(4).toLongLong()).toString();
        f.defence = q.value(5).toString();
        f.team = q.value(6).toString();
        out.append(f);
    }
    for (FundableProjectView &f : out) {
        f.subTasks = subTasks(f.taskId);
        f.completionBp = completionBp(f.taskId);
        f.deliverables = deliverables(f.taskId);
    }
    return out;
}

QList<std::pair<QString, QString>> ProgrammeRepository::deliverables(qint64 taskId) const
{
    SqlQuery d(m_db, u"SELECT kind, url FROM deliverable WHERE task_id = ? ORDER BY kind"_s);
    d.bind(taskId).exec();
    QList<std::pair<QString, QString>> out;
    while (d.next())
        out.append({d.value(0).toString(), d.value(1).toString()});
    return out;
}

QJsonArray ProgrammeRepository::campJson(const QList<CampProject> &projects)
{
    static const char *const stageKeys[] = {"open-seat", "interviewing", "filled", "in-progress", "defended"};
    QJsonArray out;
    for (const CampProject &p : projects)
        out.append(QJsonObject{{u"number"_s, p.number},
                               {u"title"_s, p.title},
                               {u"repo"_s, p.repo},
                               {u"mentors"_s, p.mentors},
                               {u"seats"_s, p.seats},
                               {u"applicants"_s, p.applicants},
                               {u"interviewing"_s, p.interviewing},
                               {u"campers"_s, QJsonArray::fromStringList(p.campers)},
                               {u"reported_hours"_s, p.reportedHours},
                               {u"grade"_s, p.grade},
                               {u"defence_judges"_s, QJsonArray::fromStringList(p.defenceJudges)},
                               {u"stage"_s, QString::fromLatin1(stageKeys[static_cast<int>(p.stage)])}});
    return out;
}

QJsonArray ProgrammeRepository::fundableJson(const QList<FundableProjectView> &projects)
{
    QJsonArray out;
    for (const FundableProjectView &f : projects) {
        QJsonArray subs;
        for (const SubTask &s : f.subTasks)
            subs.append(QJsonObject{{u"number"_s, s.number},
                                    {u"title"_s, s.title},
                                    {u"assignee"_s, s.assignee},
                                    {u"prs"_s, s.prs},
                                    {u"done"_s, s.done},
                                    {u"weight"_s, s.weight > 0 ? s.weight : 1}});
        QJsonObject deliverables;
        for (const auto &[kind, url] : f.deliverables)
            deliverables.insert(kind, url);
        out.append(QJsonObject{{u"number"_s, f.number},
                               {u"title"_s, f.title},
                               {u"leader"_s, f.leader},
                               {u"team"_s, f.team},
                               {u"stars"_s, f.stars},
                               {u"completion_bp"_s, f.completionBp},
                               {u"defence"_s, f.defence},
                               {u"sub_tasks"_s, subs},
                               {u"deliverables"_s, deliverables}});
    }
    return out;
}

} // namespace hd
