#pragma once

#include "camprules.h"
#include "fundablerules.h"

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
    QStringList campers;   // accepted applicants' logins
    int applicants = 0;    // applications naming it first
    int interviewing = 0;  // its applications between résumé and decision
    int reportedHours = 0; // all weekly hours of its campers
    QString grade;         // defence grade, when defended
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

    void setWeeklyReport(qint64 applicationId, int week, int hours, const QString &link);
    QList<std::pair<int, int>> weeklyHours(qint64 applicationId) const; // week, hours

    QList<CampProject> campProjects(qint64 trackId) const;

    QList<SubTask> subTasks(qint64 taskId) const;
    void saveSubTask(qint64 taskId, const SubTask &subTask);
    void setDeliverable(qint64 taskId, const QString &kind, const QString &url);
    QList<FundableProjectView> fundableProjects(qint64 trackId) const;
    // The completion payouts use: the sub-tasks' when there are any, else the one entered on the task.
    int completionBp(qint64 taskId) const;

    static QJsonArray campJson(const QList<CampProject> &projects);
    static QJsonArray fundableJson(const QList<FundableProjectView> &projects);

private:
    const Database &m_db;
};

} // namespace hd
