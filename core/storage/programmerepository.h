#pragma once

#include "model/task.h"
#include "programmes/camprules.h"
#include "programmes/fundablerules.h"
#include "storage/rowsnapshot.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace hd {

class Database;

// An application to the code camp, with where it stands in the pipeline.
struct CampApplication
{
    qint64 id = 0;
    qint64 trackId = 0;
    qint64 participantId = 0;
    QString login; // read-only: filled when loaded
    CampChoices choices;
    ApplicationStage stage = ApplicationStage::Applied;
    int project = 0; // the project accepted (or waitlisted) on; 0 = none yet
    QDateTime interviewAt;
    QString interviewer;
    QString notes;
    QString sourceUrl;
    QDateTime appliedAt;
};

// A camper's report of one week.
struct WeeklyReport
{
    int week = 0;
    int hours = 0;
    QString link;
};

// How an application read from a comment changed the stored one.
enum class ApplicationChange {
    Added,     // the applicant had none
    Updated,   // their wishes (or the comment they come from) changed
    Unchanged, // the same comment read again
    Older      // the stored application comes from a later comment (or was entered later by hand): kept
};

// A camper's defence (camp_result): passed with a grade (a reward tier of the camp track), or not.
struct CampDefence
{
    qint64 taskId = 0; // the camp project
    qint64 participantId = 0;
    QString grade;  // empty = did not pass
    int months = 3; // how long they worked (the months rule)
    QDate defendedAt;
    QStringList judges; // GitHub logins without '@', in the order given
    bool passed() const { return !grade.isEmpty(); }
    bool operator==(const CampDefence &) const = default;
};

// What linking a PR to a fundable sub-task did.
struct SubTaskPrLink
{
    bool found = false;     // the project has that sub-task
    bool linked = false;    // its URL was added to the sub-task's PRs
    bool completed = false; // the sub-task was marked done
};

// Where a camp project stands on the board.
enum class CampProjectStage { OpenSeat, Interviewing, Filled, InProgress, Defended };
QString campProjectStageName(CampProjectStage stage); // translated

// A code-camp project (a task of the camp track) with its details and campers.
struct CampProject
{
    qint64 taskId = 0;
    int number = 0;
    QString title;
    QString repo;
    QString description;
    QString skills;
    QString mentors; // "@a, @b" as written
    int seats = 1;
    QStringList campers;       // accepted applicants' logins
    int applicants = 0;        // applications naming it first
    int interviewing = 0;      // its applications between résumé and decision
    int reportedHours = 0;     // all weekly hours of its campers
    QString grade;             // defence grade, when defended
    QStringList defenceJudges; // who judged the campers' defences (logins)
    CampProjectStage stage = CampProjectStage::OpenSeat;
};

// A fundable project (a task of the fundable track) with its sub-tasks and deliverables.
struct FundableProjectView
{
    qint64 taskId = 0;
    int number = 0;
    QString title;
    QString leader;
    QString team;
    QString stars;
    QList<SubTask> subTasks;
    QList<std::pair<QString, QString>> deliverables; // kind, url
    int completionBp = 0;                            // from the sub-tasks when there are any, else as entered
    QString defence;                                 // pending, passed, partly, failed
};

// The code camp's applications and weekly reports, and the fundable projects' sub-tasks.
class ProgrammeRepository
{
public:
    explicit ProgrammeRepository(const Database &db)
        : m_db(db)
    {}

    QList<CampApplication> applications(qint64 trackId) const;
    std::optional<CampApplication> application(qint64 id) const;
    // Adds or updates the participant's application to the track (one per person and track).
    qint64 saveApplication(const CampApplication &application);
    // Moves an application along the pipeline; accepting needs a seat and the applicant's consent when
    // the project is not one they wished for. Accepting also records the claim on the project.
    void moveApplication(qint64 id, ApplicationStage to, int project = 0);
    // The choices of a comment on the camp issue ("【报名】：1 / 【其他意向】：2、4 / 不接受调剂"), dated by the
    // comment: adds the application, or updates the wishes of the stored one unless it comes from a later
    // comment (or a later entry by hand). The stage, project and interview are never touched here.
    ApplicationChange recordCommentApplication(qint64 trackId, qint64 participantId, const CampChoices &choices,
                                               const QString &sourceUrl, const QDateTime &appliedAt);
    // The interview's time and interviewer (a login, with or without @) and the notes; a time without an
    // interviewer, or an interviewer who is not a login, is refused.
    void setInterview(qint64 id, const QDateTime &at, const QString &interviewer, const QString &notes);
    // Writes back the stage, project, interview and notes of an earlier copy of the application (undo).
    void restoreApplication(const CampApplication &application);
    // Sets the stage and project as they are, without the pipeline's checks (an import of the whole table).
    void setApplicationStage(qint64 id, ApplicationStage stage, int project);
    // Gives application `id` the id `newId` (a redo puts back the ids of the first run).
    void renumberApplication(qint64 id, qint64 newId);
    void removeApplication(qint64 id);
    // How many applications are accepted on `project` of the track, not counting `exceptId`.
    int acceptedOn(qint64 trackId, int project, qint64 exceptId = 0) const;

    // The camp track's grades (its reward tiers, in order), e.g. 及格, 良好, 优秀, 特别优秀.
    QStringList campGrades(qint64 trackId) const;
    std::optional<CampDefence> campDefence(qint64 taskId, qint64 participantId) const;
    // Stores the defence of an accepted camper of the project: a grade of the track (or none: not passed),
    // 1-24 months, a date, the judges' GitHub logins (any; at most once each). Refused otherwise, with nothing
    // changed.
    void saveCampDefence(const CampDefence &defence);
    void removeCampDefence(qint64 taskId, qint64 participantId);
    // The stored defence row, for undo (restore it after removeCampDefence()).
    RowSnapshot campDefenceSnapshot(qint64 taskId, qint64 participantId) const;
    // The repository, description, skills and mentors of a camp project (its task must exist).
    void saveCampProjectDetails(const CampProject &project);

    void setWeeklyReport(qint64 applicationId, int week, int hours, const QString &link);
    QList<std::pair<int, int>> weeklyHours(qint64 applicationId) const; // week, hours
    QList<WeeklyReport> weeklyReports(qint64 applicationId) const;      // by week
    // The hours and link reported for that week, or nullopt.
    std::optional<std::pair<int, QString>> weeklyReport(qint64 applicationId, int week) const;
    void removeWeeklyReport(qint64 applicationId, int week);
    // How many weeks the camp runs (the setting camp.weeks, 13 when not set) and the hours a week it asks
    // for (camp.min-hours, 25).
    int campWeeks() const;
    int campMinHours() const;

    QList<CampProject> campProjects(qint64 trackId) const;

    QList<SubTask> subTasks(qint64 taskId) const;
    void saveSubTask(qint64 taskId, const SubTask &subTask);
    void removeSubTask(qint64 taskId, int number);
    // Makes the project's sub-tasks exactly these (added, changed, the others deleted); refused with nothing
    // changed when subTasksProblem() finds something wrong.
    void setSubTasks(qint64 taskId, const QList<SubTask> &subTasks);
    // Adds the PR's URL to sub-task `number` of the project unless its PRs name it already (see
    // fundablerules.h). Marks it done when `complete` says so: Always, or IfNewlyLinked (only when this call
    // added the link, so that a sub-task staff set back to not done stays so on the next sync).
    enum class Complete { Never, IfNewlyLinked, Always };
    SubTaskPrLink linkSubTaskPr(qint64 taskId, int number, const QString &repo, int prNumber, Complete complete);
    // The fundable project's defence result.
    void setDefence(qint64 taskId, Task::Defence defence);
    void setDeliverable(qint64 taskId, const QString &kind, const QString &url);
    QList<std::pair<QString, QString>> deliverables(qint64 taskId) const; // kind, url; by kind
    // The kinds of deliverable, in the order forms list them: rfc, tracking-issue, slides, report, code.
    static const QStringList &deliverableKinds();
    static QString deliverableName(const QString &kind); // translated: "RFC", "Tracking issue" …
    // What is wrong with a deliverable's link (translated, naming it), or empty: a link is http(s) with a host.
    static QString deliverableProblem(const QString &kind, const QString &url);
    // Replaces the project's deliverables with these (kind, url): a kind with an empty URL is removed, a kind
    // not listed is left alone. Refused, with nothing changed, for an unknown kind or a bad link.
    void setDeliverables(qint64 taskId, const QList<std::pair<QString, QString>> &deliverables);
    QList<FundableProjectView> fundableProjects(qint64 trackId) const;
    // The completion payouts use: the sub-tasks' when there are any, else the one entered on the task.
    int completionBp(qint64 taskId) const;

    static QJsonArray campJson(const QList<CampProject> &projects);
    static QJsonArray fundableJson(const QList<FundableProjectView> &projects);

private:
    const Database &m_db;
};

} // namespace hd
