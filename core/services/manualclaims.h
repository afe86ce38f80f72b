#pragma once

#include "model/claim.h"
#include "model/task.h"
#include "storage/rowsnapshot.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Claims staff add, correct and remove by hand: the Claims page, `hackdesk claim add|remove`, and
// (for completion) a claims CSV. Rules:
// - The claimant is a participant named by GitHub login; an unknown login becomes a participant, as in a
//   sync. A claim saved by hand is marked manual: a later sync only raises its status, never lowers or
//   removes it (the status ladder only rises; sync never deletes claims).
// - By hand the status is set as given (staff correct what a comment got wrong), so it may go down.
// - Completion, as in a sync: a claim at 完成任务 on a task of a tasks track without a finisher makes its
//   claimant the finisher and locks the task (other kinds of track have no finishers by themselves). A finisher whose
//   claim falls below 完成任务, moves or is removed stops being the finisher, and the task is unlocked. Staff may also
//   name or unname the finisher outright.
// - Removed tasks take no claims; team claims are left to the fundable projects' editor.

namespace hd {

class Database;

// The claim statuses `hackdesk claim add --status` takes, and the words it accepts for them: claimed,
// submitted, merged (部分完成: merged without completing), completed; also the CSV keys (registered, rfc,
// design, pr, partial, completed) and the event's badge words (报名 … 完成任务).
std::optional<ClaimStatus> claimStatusFromWord(QStringView word);
QStringList claimStatusWords(); // "claimed", "submitted", "merged", "completed"

// What to do with the task's finisher when a claim is saved by hand.
enum class FinisherChange {
    Auto,  // as a sync would: 完成任务 on a task without a finisher makes one; falling below clears it
    Set,   // this claimant finished the task: finisher, locked, status 完成任务
    Clear, // this claimant is not the finisher (the task is unlocked if they were)
};

// A claim to save by hand.
struct ClaimEdit
{
    qint64 claimId = 0; // the claim edited (it may move to another task or claimant); 0 = new or found by task+login
    qint64 taskId = 0;
    QString login;                     // with or without '@'
    std::optional<ClaimStatus> status; // nullopt: a new claim is 报名, an existing one keeps its status
    FinisherChange finisher = FinisherChange::Auto;
    qint64 newClaimId = 0; // id for a claim this edit creates (redo after undo keeps ids); 0 = the next one
};

// What saving did.
struct ClaimEditResult
{
    qint64 claimId = 0;
    qint64 participantId = 0;
    ClaimStatus status = ClaimStatus::Registered; // the claim's status now
    bool created = false;                         // no claim of this claimant on the task before
    bool participantAdded = false;                // the login was new
    bool finisherSet = false;                     // the claimant became the task's finisher
    QList<qint64> finisherCleared;                // tasks whose finisher this edit took away
};

// The rows an edit or removal may change, copied before it, to undo it exactly.
struct ClaimUndoState
{
    QList<Claim> claims; // claims that existed (by id)
    QList<qint64> claimIds;
    QList<Task> tasks;
    qint64 participantAdded = 0; // a participant the edit created, removed again on undo
};

// Saves and removes claims made by hand (see the top of this header); every write is one transaction.
class ManualClaims
{
    Q_DECLARE_TR_FUNCTIONS(ManualClaims)
public:
    explicit ManualClaims(const Database &db)
        : m_db(db)
    {}

    // The task numbered `number` in the track given by id or kind; throws naming what is unknown.
    Task requireTask(const QString &track, int number) const;

    ClaimEditResult save(const ClaimEdit &edit);
    // Removes the participant's claim on the task; throws when there is none.
    void remove(qint64 taskId, const QString &login);
    void removeById(qint64 claimId);

    // Copies what saving `edit` (or removing claim `claimId`) may change; restore() puts it back.
    ClaimUndoState before(const ClaimEdit &edit) const;
    ClaimUndoState beforeRemove(qint64 claimId) const;
    void restore(const ClaimUndoState &state, const QList<qint64> &claimsNow, qint64 participantAdded);

    // A claimant reached 完成任务: when the task has no finisher yet, they become it and the task is
    // locked. Returns whether they did.
    bool complete(qint64 taskId, qint64 participantId);

private:
    void releaseFinisher(qint64 taskId, qint64 participantId, ClaimEditResult *result);
    const Database &m_db;
};

} // namespace hd
