#include "camprules.h"

#include "parsing/claimcomment.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct TrCamp
{
    Q_DECLARE_TR_FUNCTIONS(CampRules)
};

const char16_t *const stageKeys[ApplicationStageCount] = {u"applied",     u"resume",   u"interview-scheduled",
                                                          u"interviewed", u"accepted", u"waitlisted",
                                                          u"rejected",    u"withdrawn"};
} // namespace

QString applicationStageKey(ApplicationStage stage)
{
    return QString::fromUtf16(stageKeys[static_cast<int>(stage)]);
}

std::optional<ApplicationStage> applicationStageFromKey(QStringView key)
{
    for (int i = 0; i < ApplicationStageCount; ++i)
        if (key == QStringView(stageKeys[i]))
            return static_cast<ApplicationStage>(i);
    return std::nullopt;
}

QString applicationStageName(ApplicationStage stage)
{
    switch (stage) {
    case ApplicationStage::Applied:
        return TrCamp::tr("Applied");
    case ApplicationStage::ResumeReceived:
        return TrCamp::tr("Résumé received");
    case ApplicationStage::InterviewScheduled:
        return TrCamp::tr("Interview scheduled");
    case ApplicationStage::Interviewed:
        return TrCamp::tr("Interviewed");
    case ApplicationStage::Accepted:
        return TrCamp::tr("Accepted");
    case ApplicationStage::Waitlisted:
        return TrCamp::tr("Waitlisted");
    case ApplicationStage::Rejected:
        return TrCamp::tr("Rejected");
    case ApplicationStage::Withdrawn:
        return TrCamp::tr("Withdrawn");
    }
    return {};
}

bool canMoveApplication(ApplicationStage from, ApplicationStage to)
{
    using S = ApplicationStage;
    if (from == to)
        return false;
    if (to == S::Withdrawn)
        return from != S::Rejected;
    switch (from) {
    case S::Applied:
        return to == S::ResumeReceived || to == S::InterviewScheduled || to == S::Rejected;
    case S::ResumeReceived:
        return to == S::InterviewScheduled || to == S::Rejected;
    case S::InterviewScheduled:
        return to == S::Interviewed;
    case S::Interviewed:
        return to == S::Accepted || to == S::Waitlisted || to == S::Rejected;
    case S::Waitlisted:
        return to == S::Accepted || to == S::Rejected;
    case S::Accepted:
    case S::Rejected:
    case S::Withdrawn:
        return false;
    }
    return false;
}

std::optional<CampChoices> readCampApplication(QStringView comment, QString *reason)
{
    const ClaimComment c = parseClaimComment(comment);
    if (reason)
        reason->clear();
    switch (c.kind) {
    case ClaimComment::Kind::None:
        return std::nullopt;
    case ClaimComment::Kind::Unreadable:
        if (reason)
            *reason = c.reason;
        return std::nullopt;
    case ClaimComment::Kind::Submit:
        if (reason)
            *reason = TrCamp::tr("A camp application uses 【报名】, not 【提交】.");
        return std::nullopt;
    case ClaimComment::Kind::Claim:
        break;
    }
    CampChoices choices;
    choices.firstChoice = c.numbers.first();
    for (int n : c.numbers.mid(1) + c.otherWishes)
        if (n != choices.firstChoice && !choices.otherWishes.contains(n))
            choices.otherWishes.append(n);
    choices.acceptsReassignment = !c.noReassignment;
    return choices;
}

QString acceptanceProblem(const CampChoices &choices, int project, int seats, int alreadyAccepted)
{
    const int capacity = seats > 0 ? seats : 1;
    if (alreadyAccepted >= capacity)
        return TrCamp::tr("Project %1 has no seat left (%n seat(s), all filled).", nullptr, capacity).arg(project);
    const bool wished = project == choices.firstChoice || choices.otherWishes.contains(project);
    if (!wished && !choices.acceptsReassignment)
        return TrCamp::tr("The applicant did not wish for project %1 and does not accept reassignment (不接受调剂).")
            .arg(project);
    return {};
}

int campWeekOf(QDate campStart, QDate day)
{
    if (!campStart.isValid() || !day.isValid() || day < campStart)
        return 0;
    return int(campStart.daysTo(day) / 7) + 1;
}

QList<CampWeek> campWeeks(const QList<std::pair<int, int>> &reports, int weeks, int minimumHours, QDate campStart,
                          QDate today)
{
    QHash<int, int> hours;
    for (const auto &[week, h] : reports)
        hours[week] += h;
    // A week has ended once today is past its seventh day.
    const int current = campWeekOf(campStart, today);
    QList<CampWeek> out;
    for (int w = 1; w <= weeks; ++w) {
        CampWeek week;
        week.week = w;
        week.reported = hours.contains(w);
        week.hours = hours.value(w);
        week.missing = !week.reported && current > w;
        week.underMinimum = week.reported && week.hours < minimumHours;
        out.append(week);
    }
    return out;
}

} // namespace hd
