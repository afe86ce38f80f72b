#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The code camp's rules (飞桨护航计划集训营): reading applications from the camp issue's comments,
// the application pipeline, seats and reassignment consent, and the weekly-hours flags. Pure.
//
// Decisions:
// - An application comment is a claim comment ("【报名】：1", "【其他意向】：2、4、6", "不接受调剂"): the
//   first number of 报名 is the first choice; further 报名 numbers and 其他意向 are the other wishes.
// - Reassignment: an applicant may be accepted on their first choice or a wished-for project; on any
//   other project only if they did not write 不接受调剂.
// - Seats: a project accepts at most `seats` campers (1 when not set).
// - Pipeline: applied → résumé received → interview scheduled → interviewed → accepted | waitlisted |
//   rejected; waitlisted may still be accepted or rejected; withdrawn from any stage but rejected.
//   Staff may also skip the résumé step. Going back is not allowed (make a new decision instead).
// - Weekly reports: a camp week is 7 days from the camp start (week 1 = the first 7 days). A week that
//   has ended without a report is missing; a reported week under the minimum hours is flagged.
namespace hd {

enum class ApplicationStage {
    Applied,
    ResumeReceived,
    InterviewScheduled,
    Interviewed,
    Accepted,
    Waitlisted,
    Rejected,
    Withdrawn
};
inline constexpr int ApplicationStageCount = 8;

QString applicationStageKey(ApplicationStage stage); // "applied", "resume", "interview-scheduled" …
std::optional<ApplicationStage> applicationStageFromKey(QStringView key);
QString applicationStageName(ApplicationStage stage); // translated
bool canMoveApplication(ApplicationStage from, ApplicationStage to);

// An applicant's choices as read from their comment.
struct CampChoices
{
    int firstChoice = 0;
    QList<int> otherWishes;
    bool acceptsReassignment = true;
};

// Reads "【报名】：1 / 【其他意向】：2、4、6 / 不接受调剂"; nullopt with `reason` set when it is not an
// application or cannot be read (reason empty for ordinary chat).
std::optional<CampChoices> readCampApplication(QStringView comment, QString *reason);

// Why the applicant cannot be accepted on `project` (empty when they can): the project is full, or
// they did not wish for it and do not accept reassignment.
QString acceptanceProblem(const CampChoices &choices, int project, int seats, int alreadyAccepted);

// One camp week as the camper's page shows it.
struct CampWeek
{
    int week = 0;
    int hours = 0;
    bool reported = false;
    bool missing = false;      // ended without a report
    bool underMinimum = false; // reported with fewer than the minimum hours
};

// Camp week (1-based) of `day`, or 0 before the start.
int campWeekOf(QDate campStart, QDate day);
// Weeks 1 … `weeks` with their reports (week → hours), judged on `today`.
QList<CampWeek> campWeeks(const QList<std::pair<int, int>> &reports, int weeks, int minimumHours, QDate campStart,
                          QDate today);

} // namespace hd
