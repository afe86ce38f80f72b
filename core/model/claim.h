#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace hd {

// The claim ladder of the event; a claim's status only rises.
enum class ClaimStatus { Registered, RfcSubmitted, DesignDone, PrSubmitted, PartlyDone, Completed };
inline constexpr int ClaimStatusCount = 6;

QString claimStatusBadge(ClaimStatus status);  // the event's own words: 报名 … 完成任务
QString claimStatusColour(ClaimStatus status); // badge colour, "2ECC71"
QString claimStatusName(ClaimStatus status);   // translated, for people
std::optional<ClaimStatus> claimStatusFromBadge(QStringView badge);

// Flags staff should look at.
enum ClaimFlag {
    NoFlag = 0,
    Unclaimed = 1,     // a PR came from someone who never claimed the task
    CodeBeforeRfc = 2, // a code PR on an RFC-required task before its RFC merged
};

// A participant's or a team's claim on a task.
struct Claim
{
    qint64 id = 0;
    qint64 taskId = 0;
    qint64 participantId = 0; // exactly one of participant and team is set
    qint64 teamId = 0;
    ClaimStatus status = ClaimStatus::Registered;
    int flags = NoFlag;
    QDateTime claimedAt;
    QDateTime updatedAt;
    bool manual = false; // added or corrected by hand: a sync only raises it, never lowers or removes it
};

} // namespace hd
