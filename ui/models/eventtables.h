#pragma once

#include "tablemodel.h"

#include <QCoreApplication>

namespace hd {

// The window's tables, each a TableModel with its columns and loader.
class EventTables
{
    Q_DECLARE_TR_FUNCTIONS(EventTables)
public:
    enum TaskColumn { TaskTrack, TaskNumber, TaskDirection, TaskTitle, TaskStars, TaskClaims, TaskFinisher, TaskState };
    enum ClaimColumn {
        ClaimTrack,
        ClaimTask,
        ClaimTitle,
        ClaimClaimant,
        ClaimStatusColumn,
        ClaimPrs,
        ClaimFlags,
        ClaimDate
    };

    static TableModel *tracks(EventSession *session, QObject *parent);
    static TableModel *tasks(EventSession *session, QObject *parent);
    static TableModel *participants(EventSession *session, QObject *parent);
    static TableModel *teams(EventSession *session, QObject *parent);
    static TableModel *claims(EventSession *session, QObject *parent);

    enum BoardColumn { BoardTrack, BoardNumber, BoardDirection, BoardTitle, BoardClaimants, BoardPrs, BoardFinisher };
    // One row per task with its claimants as chips in the badge colours.
    static TableModel *board(EventSession *session, QObject *parent);

    enum PayoutColumn { PayLogin, PayName, PayStars, PayGross, PayPaid, PayCapped, PayItems };
    static TableModel *payoutPeople(EventSession *session, QObject *parent);
    enum TrackPayColumn { TrackPayName, TrackPayBudget, TrackPayCommitted, TrackPayRemaining };
    static TableModel *payoutTracks(EventSession *session, QObject *parent);

    enum ProblemColumn { ProblemSource, ProblemKind, ProblemWhere, ProblemAuthor, ProblemReason, ProblemReply };
    static TableModel *problems(EventSession *session, QObject *parent);
    static QString replyOf(const Database &db, qint64 problemId);

    enum CampColumn {
        CampNumber,
        CampTitle,
        CampMentors,
        CampSeats,
        CampCampers,
        CampApplicants,
        CampHours,
        CampStage
    };
    static TableModel *campBoard(EventSession *session, QObject *parent);
    enum ApplicationColumn { AppLogin, AppFirst, AppWishes, AppConsent, AppStage, AppProject, AppWeeks };
    // Applications with each camper's weeks as chips: reported, short, missing, still to come.
    static TableModel *applications(EventSession *session, QObject *parent);
    enum FundableColumn {
        FundNumber,
        FundTitle,
        FundLeader,
        FundTeam,
        FundStars,
        FundCompletion,
        FundSubTasks,
        FundDefence
    };
    static TableModel *fundable(EventSession *session, QObject *parent);
};

} // namespace hd
