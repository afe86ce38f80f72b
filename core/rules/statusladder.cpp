#include "statusladder.h"

#include "model/participant.h"
#include "parsing/claimcomment.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct TrStatusLadder
{
    Q_DECLARE_TR_FUNCTIONS(StatusLadder)
};

using ClaimKey = std::pair<int, QString>; // task number, normalised login

// The status a PR gives its author's claim; nullopt for a PR that changes nothing.
std::optional<ClaimStatus> statusFor(const LadderPr &pr, bool designDoc)
{
    switch (pr.state) {
    case PullRequest::State::Closed:
        return std::nullopt;
    case PullRequest::State::Open:
        return designDoc ? ClaimStatus::RfcSubmitted : ClaimStatus::PrSubmitted;
    case PullRequest::State::Merged:
        if (designDoc)
            return ClaimStatus::DesignDone;
        return pr.title.partial ? ClaimStatus::PartlyDone : ClaimStatus::Completed;
    }
    return std::nullopt;
}

// Orders merges: dated before undated, then by time, PR number, repo, author.
bool mergedEarlier(const LadderPr &a, const LadderPr &b)
{
    const auto key = [](const LadderPr &pr) {
        return std::make_tuple(!pr.mergedAt.isValid(), pr.mergedAt.isValid() ? pr.mergedAt.toMSecsSinceEpoch() : 0,
                               pr.number, pr.repo.toLower(), normalisedLogin(pr.authorLogin));
    };
    return key(a) < key(b);
}

// Orders the PRs behind a claim's badge: the most advanced one wins, then the latest created.
bool moreAdvanced(ClaimStatus aStatus, const LadderPr &a, ClaimStatus bStatus, const LadderPr &b)
{
    const auto key = [](ClaimStatus s, const LadderPr &pr) {
        return std::make_tuple(static_cast<int>(s), pr.createdAt.isValid() ? pr.createdAt.toMSecsSinceEpoch() : 0,
                               pr.repo.toLower(), pr.number);
    };
    return key(aStatus, a) > key(bStatus, b);
}

LadderProblem problem(LadderProblem::Kind kind, const LadderPr &pr, int taskNumber, ReplyLanguage language)
{
    LadderProblem p;
    p.kind = kind;
    p.prRepo = pr.repo;
    p.prNumber = pr.number;
    p.login = pr.authorLogin;
    p.taskNumber = taskNumber;
    const QString where = u"%1#%2"_s.arg(pr.repo, QString::number(pr.number));
    switch (kind) {
    case LadderProblem::Kind::UnknownTask:
        p.message =
            TrStatusLadder::tr("%1 names task %2, which does not exist.").arg(where, QString::number(taskNumber));
        p.botReply = botReplyUnknownTask(pr.authorLogin, taskNumber, language);
        break;
    case LadderProblem::Kind::RemovedTask:
        p.message = TrStatusLadder::tr("%1 names task %2, which was removed.").arg(where, QString::number(taskNumber));
        p.botReply = botReplyRemovedTask(pr.authorLogin, taskNumber, language);
        break;
    case LadderProblem::Kind::MalformedTitle:
        p.message = TrStatusLadder::tr("%1 has a title that cannot be read: %2").arg(where, pr.title.reason);
        break;
    }
    return p;
}

} // namespace

LadderResult applyStatusLadder(const LadderInput &input)
{
    QHash<int, const LadderTask *> tasks;
    for (const LadderTask &task : input.tasks)
        tasks.insert(task.number, &task);

    // The claims, duplicates merged.
    LadderResult result;
    QHash<ClaimKey, qsizetype> claimIndex;
    for (const LadderClaim &claim : input.claims) {
        const ClaimKey key{claim.taskNumber, normalisedLogin(claim.login)};
        const auto found = claimIndex.constFind(key);
        if (found == claimIndex.constEnd()) {
            claimIndex.insert(key, result.claims.size());
            result.claims += LadderClaimResult{claim, claim.status, claim.flags, false, {}, 0};
            continue;
        }
        LadderClaimResult &merged = result.claims[*found];
        merged.claim.status = std::max(merged.claim.status, claim.status);
        merged.claim.flags |= claim.flags;
        merged.claim.login = std::min(merged.claim.login, claim.login);
        merged.previousStatus = merged.claim.status;
        merged.previousFlags = merged.claim.flags;
    }

    // The PRs that count, in a fixed order so that created claims and problems do not depend on the input's.
    QList<const LadderPr *> prs;
    for (const LadderPr &pr : input.prs) {
        if (pr.state == PullRequest::State::Closed)
            continue;
        if (input.launchAt.isValid() && pr.createdAt.isValid() && pr.createdAt < input.launchAt)
            continue;
        if (pr.title.kind == PrTitleRef::Kind::Malformed)
            result.problems += problem(LadderProblem::Kind::MalformedTitle, pr, 0, input.replyLanguage);
        if (pr.title.kind == PrTitleRef::Kind::Task)
            prs += &pr;
    }
    std::sort(prs.begin(), prs.end(), [](const LadderPr *a, const LadderPr *b) { return mergedEarlier(*a, *b); });
    const QString designRepo = input.designRepo.toLower();
    const auto isDesignDoc = [&designRepo](const LadderPr &pr) {
        return !designRepo.isEmpty() && pr.repo.toLower() == designRepo;
    };

    // When each author's design doc for each task first merged.
    QHash<ClaimKey, QDateTime> designMerged;
    for (const LadderPr *pr : prs) {
        if (!isDesignDoc(*pr) || pr->state != PullRequest::State::Merged || !pr->mergedAt.isValid())
            continue;
        for (const int n : pr->title.numbers) {
            const ClaimKey key{n, normalisedLogin(pr->authorLogin)};
            if (!designMerged.contains(key)) // prs are in merge order
                designMerged.insert(key, pr->mergedAt);
        }
    }

    QHash<ClaimKey, std::pair<ClaimStatus, const LadderPr *>> badgePr;
    QHash<int, const LadderPr *> firstCompletion;
    for (const LadderPr *pr : prs) {
        const bool designDoc = isDesignDoc(*pr);
        const auto status = statusFor(*pr, designDoc);
        if (!status)
            continue;
        for (const int n : pr->title.numbers) {
            const LadderTask *task = tasks.value(n);
            if (!task) {
                result.problems += problem(LadderProblem::Kind::UnknownTask, *pr, n, input.replyLanguage);
                continue;
            }
            // Struck through and nobody took it: removed. A struck task that was done or locked is not.
            if (task->removed && !task->locked && task->finisherLogin.isEmpty()) {
                result.problems += problem(LadderProblem::Kind::RemovedTask, *pr, n, input.replyLanguage);
                continue;
            }
            const ClaimKey key{n, normalisedLogin(pr->authorLogin)};
            auto index = claimIndex.value(key, -1);
            if (index < 0) {
                index = result.claims.size();
                claimIndex.insert(key, index);
                LadderClaimResult created;
                created.claim = {n, pr->authorLogin, ClaimStatus::Registered, Unclaimed};
                created.created = true;
                result.claims += created;
            }
            LadderClaim &claim = result.claims[index].claim;
            claim.status = std::max(claim.status, *status);
            if (!designDoc && task->rfcRequired) {
                const auto rfc = designMerged.constFind(key);
                if (rfc == designMerged.constEnd() || (pr->createdAt.isValid() && pr->createdAt < *rfc))
                    claim.flags |= CodeBeforeRfc;
            }
            const auto best = badgePr.constFind(key);
            if (best == badgePr.constEnd() || moreAdvanced(*status, *pr, best->first, *best->second))
                badgePr.insert(key, {*status, pr});
            if (*status == ClaimStatus::Completed && !firstCompletion.contains(n))
                firstCompletion.insert(n, pr); // prs are in merge order
        }
    }

    for (auto it = badgePr.cbegin(); it != badgePr.cend(); ++it) {
        LadderClaimResult &claim = result.claims[claimIndex.value(it.key())];
        claim.prRepo = it->second->repo;
        claim.prNumber = it->second->number;
    }

    for (auto it = firstCompletion.cbegin(); it != firstCompletion.cend(); ++it) {
        const LadderTask *task = tasks.value(it.key());
        if (!task->finisherLogin.isEmpty())
            continue;
        const LadderPr &pr = **it;
        const auto &claim = result.claims.at(claimIndex.value({it.key(), normalisedLogin(pr.authorLogin)}));
        result.finishes += LadderFinish{it.key(), claim.claim.login, pr.repo, pr.number, pr.mergedAt};
    }

    std::sort(result.claims.begin(), result.claims.end(), [](const auto &a, const auto &b) {
        return std::make_tuple(a.claim.taskNumber, normalisedLogin(a.claim.login), a.claim.login) <
               std::make_tuple(b.claim.taskNumber, normalisedLogin(b.claim.login), b.claim.login);
    });
    std::sort(result.finishes.begin(), result.finishes.end(),
              [](const auto &a, const auto &b) { return a.taskNumber < b.taskNumber; });
    const auto problemKey = [](const LadderProblem &p) {
        return std::make_tuple(p.prRepo.toLower(), p.prNumber, p.taskNumber, static_cast<int>(p.kind),
                               normalisedLogin(p.login));
    };
    std::sort(result.problems.begin(), result.problems.end(),
              [&problemKey](const auto &a, const auto &b) { return problemKey(a) < problemKey(b); });
    result.problems.erase(
        std::unique(result.problems.begin(), result.problems.end(),
                    [&problemKey](const auto &a, const auto &b) { return problemKey(a) == problemKey(b); }),
        result.problems.end());
    return result;
}

} // namespace hd
