#pragma once

#include "model/claim.h"
#include "model/pullrequest.h"
#include "parsing/claimcomment.h"
#include "parsing/prtitle.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The status ladder: moves the claims of the task track up as pull requests are opened and merged,
// and names each task's finisher. Pure: plain input structs in, a result out; no database, no I/O.
//
// Rules (the event's, see the domain brief):
// - Only PRs whose title is of Kind::Task move claims; closed-unmerged PRs and PRs created before
//   launchAt change nothing (and raise no problems). A PR naming several tasks counts for each.
// - A PR into the design-doc repo gives 提交RFC when open, 完成设计文档 when merged; elsewhere open gives
//   提交PR, merged with "-part" 部分完成, merged 完成任务. A claim's status only rises; flags are only added.
// - A PR from someone without a claim on the task creates one for them, flagged Unclaimed (also on a
//   locked task: staff decide).
// - The task's finisher is the author of its first merged, completing (not design-doc, not partial)
//   PR by merge time; ties go to the lower PR number, then the repo name. A task that already has a
//   finisher keeps it; a task locked without one (closed by staff) still gets its finisher. Later
//   completing merges raise their author's claim to 完成任务 but do not change the finisher. An
//   unclaimed author can be the finisher: the Unclaimed flag asks staff to look.
// - CodeBeforeRfc: a code PR (open or merged) on an rfcRequired task, created before the same author's
//   first design-doc PR for that task merged, or with no such merge at all (an unknown creation time
//   counts as after). Per author, because every claimant writes their own RFC; it is a flag for staff,
//   not a penalty.
// - Problems: a Task PR naming an unknown task (bot: "PR赛题编号【n】不存在") or a removed one (bot:
//   "抱歉，赛题【n】已删除"), and a Malformed title (no bot reply). Each once per PR and task.
// - Logins and repo names compare without case (and without a leading '@'). A merged PR without a
//   merge time sorts after every dated merge.
// - Deterministic whatever the input order: claims come out sorted by task number then login,
//   finishes by task number, problems by repo, PR number, task number. Duplicate claims (same task,
//   same login) are merged into one: the higher status, all flags.

namespace hd {

// A task of the task track as the ladder sees it.
struct LadderTask
{
    int number = 0;
    bool rfcRequired = false;
    bool locked = false;
    QString finisherLogin; // empty = nobody yet
    bool removed = false;
};

// A claim as the ladder sees it: who claimed which task, and how far they got.
struct LadderClaim
{
    int taskNumber = 0;
    QString login;
    ClaimStatus status = ClaimStatus::Registered;
    int flags = NoFlag; // ClaimFlag bits

    bool operator==(const LadderClaim &) const = default;
};

// A pull request with what its title refers to.
struct LadderPr
{
    QString repo; // owner/name
    int number = 0;
    QString authorLogin;
    PullRequest::State state = PullRequest::State::Open;
    QDateTime createdAt;
    QDateTime mergedAt;
    PrTitleRef title; // kind, task numbers, partial
};

// Everything the ladder reads.
struct LadderInput
{
    QList<LadderTask> tasks;
    QList<LadderClaim> claims;
    QList<LadderPr> prs;
    QString designRepo; // "PaddlePaddle/community": PRs into it are design docs (RFCs)
    QDateTime launchAt; // PRs created before it do not count; invalid = all count
    ReplyLanguage replyLanguage = ReplyLanguage::Chinese; // event.language: the bot's replies are written in it
};

// A claim after the ladder, with what it was before.
struct LadderClaimResult
{
    LadderClaim claim;
    ClaimStatus previousStatus = ClaimStatus::Registered;
    int previousFlags = NoFlag;
    bool created = false; // made for a PR by someone who had not claimed the task
    QString prRepo;       // this author's most advanced PR on the task, for the badge's link; empty = none
    int prNumber = 0;

    bool changed() const { return created || claim.status != previousStatus || claim.flags != previousFlags; }
};

// A task completed in this run: it gets its finisher and is to be locked.
struct LadderFinish
{
    int taskNumber = 0;
    QString finisherLogin; // spelt as in the claim
    QString prRepo;
    int prNumber = 0;
    QDateTime mergedAt;
};

// Something staff, or the bot, should answer.
struct LadderProblem
{
    enum class Kind { UnknownTask, RemovedTask, MalformedTitle };

    Kind kind = Kind::UnknownTask;
    QString prRepo;
    int prNumber = 0;
    QString login;      // the PR's author
    int taskNumber = 0; // 0 for MalformedTitle
    QString message;    // for staff, translated
    QString botReply;   // the event's wording for a GitHub comment; empty = the bot says nothing
};

// What the ladder decided.
struct LadderResult
{
    QList<LadderClaimResult> claims; // every claim, changed or not
    QList<LadderFinish> finishes;
    QList<LadderProblem> problems;
};

LadderResult applyStatusLadder(const LadderInput &input);

} // namespace hd
