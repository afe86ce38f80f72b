#include "syncapply.h"

#include "model/participant.h"
#include "parsing/claimcomment.h"
#include "parsing/prtitle.h"
#include "programmes/camprules.h"
#include "storage/programmerepository.h"
#include "rules/statusladder.h"
#include "services/issueimport.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/problemrepository.h"
#include "storage/taskrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GitHubSync)
};

constexpr qsizetype MaxProblemText = 2000; // characters of a comment kept with its problem

QString prKey(QStringView repo, int number)
{
    return u"%1#%2"_s.arg(repo.toString().toLower()).arg(number);
}

QString prUrl(const QString &repo, int number)
{
    return u"https://github.com/%1/pull/%2"_s.arg(repo).arg(number);
}

// Problems wanted for one comment or PR: every reason and reply, joined into one row.
struct ProblemDraft
{
    QStringList reasons;
    QStringList replies;
    void add(const QString &reason, const QString &reply)
    {
        if (!reasons.contains(reason))
            reasons << reason;
        if (!reply.isEmpty() && !replies.contains(reply))
            replies << reply;
    }
};

class Applier
{
public:
    Applier(const Database &db, const SyncPlan &plan, const SyncSnapshot &snapshot, const QDateTime &now)
        : m_db(db)
        , m_plan(plan)
        , m_snap(snapshot)
        , m_now(now.toUTC())
        , m_events(db)
        , m_tasks(db)
        , m_people(db)
        , m_claims(db)
        , m_programmes(db)
        , m_problems(db)
        , m_titles(plan.prTitles, plan.prefix)
        , m_keywords{plan.claimKeywords}
        , m_language(replyLanguageFromSetting(plan.language))
    {}

    SyncReport run()
    {
        m_report.syncedAt = m_now;
        m_report.requests = m_snap.requests;
        m_report.notModified = m_snap.notModified;
        if (m_snap.core.isKnown()) {
            m_report.rateLimitRemaining = m_snap.core.remaining;
            m_report.rateLimitReset = m_snap.core.reset;
        }
        m_report.warnings = m_snap.warnings;

        Transaction tx(m_db);
        const Event event = m_events.requireEvent();
        m_launch = m_plan.since.isValid() ? m_plan.since : event.launchAt;
        for (const Track &t : m_events.tracks()) {
            m_tracks.insert(t.id, t);
            if (!m_trackOfKind.contains(t.kind))
                m_trackOfKind.insert(t.kind, t.id);
        }
        for (const FetchedIssue &issue : m_snap.issues) {
            if (!issue.bodyChanged || !m_tracks.contains(issue.ref.trackId))
                continue;
            // Read again because the issue changed (a comment, a label): imported only when its body did.
            const QString hash = syncBodyHash(issue.body);
            if (!m_plan.full && m_plan.bodyHashes.value(issue.ref.trackId) == hash)
                continue;
            importBody(issue);
            m_events.setSetting(u"github.sync.body.%1"_s.arg(issue.ref.trackId), hash);
        }
        for (const FetchedIssue &issue : m_snap.issues)
            if (m_tracks.contains(issue.ref.trackId))
                applyComments(issue);
        applyPrs();
        applySubTaskPrs();
        applyLadder();
        storePrProblems();
        storeCache();
        m_report.tasks = m_tasks.count();
        m_report.openProblems = m_problems.count(u"sync"_s);
        tx.commit();
        return m_report;
    }

private:
    // Participants by lower-case login, looked up once.
    qint64 participant(const QString &login, bool create)
    {
        const QString key = normalisedLogin(login);
        if (const auto it = m_participants.constFind(key); it != m_participants.constEnd())
            return *it;
        qint64 id = 0;
        if (const auto p = m_people.byLogin(login))
            id = p->id;
        else if (create)
            id = m_people.ensure(login);
        if (id)
            m_participants.insert(key, id);
        return id;
    }

    QHash<int, Task> tasksOf(qint64 trackId) const
    {
        QHash<int, Task> byNumber;
        for (const Task &t : m_tasks.all(trackId))
            byNumber.insert(t.number, t);
        return byNumber;
    }

    QString trackLabel(qint64 trackId) const { return m_tracks.value(trackId).name; }

    void importBody(const FetchedIssue &issue)
    {
        const Track track = m_tracks.value(issue.ref.trackId);
        const IssueImportReport r = importIssueBody(m_db, track, issue.body, false);
        m_report.tasksAdded += r.tasksAdded;
        m_report.tasksUpdated += r.tasksUpdated;
        m_report.claimsAdded += r.claimsAdded;
        m_report.statusChanges += r.statusChanges;
        m_report.completed += r.finishersSet;
        for (const QString &change : r.changes)
            m_report.changes << Tr::tr("%1: %2").arg(track.name, change);
        const QString url = issue.url.isEmpty()
                                ? u"https://github.com/%1/issues/%2"_s.arg(issue.ref.repo).arg(issue.ref.number)
                                : issue.url;
        for (const IssueProblem &p : r.problems)
            m_report.problems.append({u"row"_s, url, QString(), Tr::tr("line %1").arg(p.line), p.reason, QString()});
    }

    void applyComments(const FetchedIssue &issue)
    {
        if (issue.comments.isEmpty())
            return;
        const qint64 trackId = issue.ref.trackId;
        const QString trackName = trackLabel(trackId);
        const QHash<int, Task> tasks = tasksOf(trackId);
        QSet<std::pair<qint64, qint64>> claimed; // (task, participant)
        for (const Claim &c : m_claims.participantClaims(trackId))
            claimed.insert({c.taskId, c.participantId});

        const bool camp = m_tracks.value(trackId).kind == TrackKind::Camp;
        for (const FetchedComment &c : issue.comments) {
            if (c.bot)
                continue;
            const QString url = c.url.isEmpty()
                                    ? u"https://github.com/%1/issues/%2#issuecomment-%3"_s.arg(issue.ref.repo)
                                          .arg(issue.ref.number)
                                          .arg(c.id)
                                    : c.url;
            const ClaimComment parsed = parseClaimComment(c.body, m_keywords);
            ProblemDraft draft;
            const QString badFormat = botReplyBadFormat(c.login, m_keywords.first(), m_language);
            if (parsed.kind == ClaimComment::Kind::Unreadable) {
                draft.add(parsed.reason, badFormat);
            } else if (camp && parsed.kind == ClaimComment::Kind::Submit) {
                QString reason;
                readCampApplication(c.body, &reason);
                draft.add(reason, badFormat);
            } else if (parsed.kind == ClaimComment::Kind::Submit) {
                // 【提交】 is no claim: submitting is done by the PR's title.
                draft.add(Tr::tr("【提交】 is not a claim: a claim starts with %1, a submission is a PR whose "
                                 "title names the task.")
                              .arg(m_keywords.first()),
                          badFormat);
            } else if (parsed.kind == ClaimComment::Kind::Claim) {
                for (const int n : parsed.numbers) {
                    const auto task = tasks.constFind(n);
                    if (task == tasks.constEnd()) {
                        draft.add(Tr::tr("Task No.%1 does not exist.").arg(n),
                                  botReplyUnknownTask(c.login, n, m_language));
                        continue;
                    }
                    const qint64 known = participant(c.login, false);
                    if (known && claimed.contains({task->id, known}))
                        continue; // claimed before: nothing to do, nothing to answer
                    // A task done or locked is "already completed / locked", even when the list strikes it
                    // through as it does removed ones; only a struck task nobody took was removed.
                    if (task->locked || task->finisherId) {
                        draft.add(Tr::tr("Task No.%1 is locked.").arg(n), botReplyTakenTask(c.login, n, m_language));
                        continue;
                    }
                    if (task->removed) {
                        draft.add(Tr::tr("Task No.%1 was removed.").arg(n),
                                  botReplyRemovedTask(c.login, n, m_language));
                        continue;
                    }
                    if (!isValidLogin(c.login)) {
                        m_report.warnings
                            << Tr::tr("%1: \"%2\" is not a GitHub login; its claim is skipped.").arg(c.url, c.login);
                        break;
                    }
                    Claim claim;
                    claim.taskId = task->id;
                    claim.participantId = participant(c.login, true);
                    claim.status = ClaimStatus::Registered;
                    claim.claimedAt = c.createdAt.isValid() ? c.createdAt : m_now;
                    claim.updatedAt = m_now;
                    m_claims.insert(claim);
                    claimed.insert({task->id, claim.participantId});
                    ++m_report.claimsAdded;
                    m_report.changes << Tr::tr("%1 No.%2: claimed by @%3").arg(trackName, QString::number(n), c.login);
                }
                if (camp)
                    applyApplication(trackId, tasks, claimed, c, url, &draft);
            }
            storeCommentProblem(url, c.login, c.body.trimmed().left(MaxProblemText), draft);
        }
    }

    // A comment on the camp issue is also an application (【报名】 first choice, 【其他意向】, 不接受调剂): it adds
    // the applicant's camp_application or updates their wishes (see recordCommentApplication: a later
    // comment wins, the stage is never touched). Its first choice must be a project the claim above could
    // take (unknown, removed and locked ones were answered there); unknown or removed other wishes are left
    // out and answered.
    void applyApplication(qint64 trackId, const QHash<int, Task> &tasks, const QSet<std::pair<qint64, qint64>> &claimed,
                          const FetchedComment &c, const QString &url, ProblemDraft *draft)
    {
        QString reason;
        const std::optional<CampChoices> choices = readCampApplication(c.body, &reason);
        if (!choices || !isValidLogin(c.login))
            return;
        const auto first = tasks.constFind(choices->firstChoice);
        if (first == tasks.constEnd() || first->removed)
            return;
        const qint64 person = participant(c.login, false);
        if (first->locked && !(person && claimed.contains({first->id, person})))
            return;
        CampChoices kept = *choices;
        kept.otherWishes.clear();
        for (const int n : choices->otherWishes) {
            const auto wish = tasks.constFind(n);
            if (wish == tasks.constEnd())
                draft->add(Tr::tr("Camp project No.%1 of 【其他意向】 does not exist.").arg(n),
                           botReplyUnknownTask(c.login, n, m_language));
            else if (wish->removed)
                draft->add(Tr::tr("Camp project No.%1 of 【其他意向】 was removed.").arg(n),
                           botReplyRemovedTask(c.login, n, m_language));
            else
                kept.otherWishes.append(n);
        }
        const QString trackName = trackLabel(trackId);
        const qint64 applicant = person ? person : participant(c.login, true);
        switch (m_programmes.recordCommentApplication(trackId, applicant, kept, url,
                                                      c.createdAt.isValid() ? c.createdAt : m_now)) {
        case ApplicationChange::Added:
            ++m_report.applicationsAdded;
            m_report.changes
                << Tr::tr("%1 No.%2: @%3 applied").arg(trackName, QString::number(kept.firstChoice), c.login);
            break;
        case ApplicationChange::Updated:
            ++m_report.applicationsUpdated;
            m_report.changes << Tr::tr("%1: @%2's application updated (first choice No.%3)")
                                    .arg(trackName, c.login, QString::number(kept.firstChoice));
            break;
        case ApplicationChange::Unchanged:
        case ApplicationChange::Older:
            break;
        }
    }

    // Writes one problem row, replacing what the same comment or PR had; reports it when new or changed.
    void putProblem(const QString &kind, const QString &url, const QString &author, const QString &text,
                    const ProblemDraft &draft)
    {
        const QString reason = draft.reasons.join(u' ');
        const QString reply = draft.replies.join(u'\n');
        if (m_problems.put({0, u"sync"_s, kind, url, author, text, reason, reply, m_now}))
            m_report.problems.append({kind, url, author, text, reason, reply});
    }

    void storeCommentProblem(const QString &url, const QString &author, const QString &text, const ProblemDraft &draft)
    {
        if (draft.reasons.isEmpty()) {
            m_problems.removeAt(u"sync"_s, url, u"comment"_s);
            return;
        }
        m_problems.removeOthersAt({0, u"sync"_s, u"comment"_s, url, author, text, {}, {}, {}});
        putProblem(u"comment"_s, url, author, text, draft);
    }

    // The tasks a title links to, by its kind and track; unknown numbers go to `unknown`.
    // Returns false for titles that link nothing (no tag, unreadable): their links are left alone.
    bool linksFor(const PrTitleRef &ref, QList<qint64> *taskIds, QList<int> *unknown, qint64 *trackId)
    {
        TrackKind kind = TrackKind::Tasks;
        switch (ref.kind) {
        case PrTitleRef::Kind::Task:
            kind = TrackKind::Tasks;
            break;
        case PrTitleRef::Kind::Article:
            kind = TrackKind::Articles;
            break;
        case PrTitleRef::Kind::Fundable:
        case PrTitleRef::Kind::FundableSubtask:
            kind = TrackKind::Fundable;
            break;
        default:
            return false;
        }
        *trackId = m_trackOfKind.value(kind);
        if (!*trackId)
            return false;
        auto tasks = m_trackTasks.find(*trackId);
        if (tasks == m_trackTasks.end())
            tasks = m_trackTasks.insert(*trackId, tasksOf(*trackId));
        const QList<int> numbers =
            ref.kind == PrTitleRef::Kind::FundableSubtask ? QList<int>{ref.project} : ref.numbers;
        for (const int n : numbers) {
            const auto task = tasks->constFind(n);
            if (task == tasks->constEnd())
                unknown->append(n);
            else
                taskIds->append(task->id);
        }
        std::sort(taskIds->begin(), taskIds->end());
        return true;
    }

    static bool samePr(const PullRequest &a, const PullRequest &b)
    {
        return a.title == b.title && a.authorLogin == b.authorLogin && a.state == b.state &&
               a.createdAt == b.createdAt && a.mergedAt == b.mergedAt && a.taskIds == b.taskIds;
    }

    void applyPrs()
    {
        for (PullRequest &pr : m_claims.pullRequests()) {
            std::sort(pr.taskIds.begin(), pr.taskIds.end());
            m_prs.insert(prKey(pr.repo, pr.number), pr);
        }
        QSet<QString> fetched;
        for (const FetchedPr &f : m_snap.prs) {
            const QString key = prKey(f.repo, f.number);
            fetched.insert(key);
            const auto existing = m_prs.constFind(key);
            const bool known = existing != m_prs.constEnd();
            const bool wasMerged = known && existing->state == PullRequest::State::Merged;
            PullRequest pr = known ? *existing : PullRequest{};
            pr.repo = known ? existing->repo : f.repo;
            pr.number = f.number;
            pr.title = f.title;
            pr.authorLogin = f.author;
            if (!f.stateFromDatabase || !known) {
                pr.state = f.state;
                pr.mergedAt = f.mergedAt;
            }
            if (f.createdAt.isValid())
                pr.createdAt = f.createdAt;
            if (pr.state == PullRequest::State::Merged && !wasMerged)
                m_newlyMerged.insert(key);
            relink(&pr);
            if (known && samePr(*existing, pr))
                continue;
            if (!known) {
                ++m_report.prsAdded;
                m_report.changes << Tr::tr("PR %1#%2 by @%3 (%4): %5")
                                        .arg(pr.repo)
                                        .arg(pr.number)
                                        .arg(pr.authorLogin, prStateKey(pr.state), pr.title);
            } else {
                ++m_report.prsUpdated;
                if (existing->state != pr.state)
                    m_report.changes << Tr::tr("PR %1#%2: %3 → %4")
                                            .arg(pr.repo)
                                            .arg(pr.number)
                                            .arg(prStateKey(existing->state), prStateKey(pr.state));
            }
            pr.id = m_claims.upsertPullRequest(pr);
            m_prs.insert(key, pr);
        }
        // PRs read before: their tasks may have come (or gone) since.
        for (auto it = m_prs.begin(); it != m_prs.end(); ++it) {
            if (fetched.contains(it.key()) || it->title.isEmpty())
                continue;
            PullRequest pr = *it;
            relink(&pr);
            if (pr.taskIds != it->taskIds) {
                m_claims.upsertPullRequest(pr);
                *it = pr;
            }
        }
    }

    // Sets the PR's task links from its title and notes unknown article or fundable numbers.
    void relink(PullRequest *pr)
    {
        const PrTitleRef ref = m_titles.parse(pr->title);
        QList<qint64> ids;
        QList<int> unknown;
        qint64 trackId = 0;
        if (!linksFor(ref, &ids, &unknown, &trackId))
            return;
        pr->taskIds = ids;
        // Unknown tasks of the tasks track are the ladder's to report; the other tracks' are reported here.
        const bool counts = pr->state != PullRequest::State::Closed &&
                            !(m_launch.isValid() && pr->createdAt.isValid() && pr->createdAt < m_launch);
        if (ref.kind == PrTitleRef::Kind::Task || !counts)
            return;
        ProblemDraft &draft = m_prProblems[prKey(pr->repo, pr->number)];
        for (const int n : unknown)
            draft.add(Tr::tr("%1#%2 names No.%3 of %4, which does not exist.")
                          .arg(pr->repo)
                          .arg(pr->number)
                          .arg(n)
                          .arg(trackLabel(trackId)),
                      botReplyUnknownTask(pr->authorLogin, n, m_language));
        if (draft.reasons.isEmpty())
            m_prProblems.erase(prKey(pr->repo, pr->number));
    }

    // PRs titled for sub-tasks of a fundable project ("【Hackathon 6th Fundable Projects 4 No.3、5】") are
    // listed on those sub-tasks: their URL is added to the sub-task's PRs unless it names them already. Like
    // a task PR on track 1 (merged = 完成任务, merged with -part = 部分完成), a merged PR without -part completes
    // its sub-tasks — once: when it merges or when it is first listed on a sub-task already merged, so that a
    // sub-task staff set back to not done stays so. Only PRs that count do this (open or merged, created
    // after the launch); sub-tasks that do not exist are problems of the PR. Nothing is ever unlisted.
    void applySubTaskPrs()
    {
        const qint64 trackId = m_trackOfKind.value(TrackKind::Fundable);
        if (!trackId)
            return;
        auto tasks = m_trackTasks.find(trackId);
        if (tasks == m_trackTasks.end())
            tasks = m_trackTasks.insert(trackId, tasksOf(trackId));
        const QString trackName = trackLabel(trackId);
        QStringList keys = m_prs.keys();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const PullRequest pr = m_prs.value(key);
            if (pr.title.isEmpty() || pr.state == PullRequest::State::Closed ||
                (m_launch.isValid() && pr.createdAt.isValid() && pr.createdAt < m_launch))
                continue;
            const PrTitleRef ref = m_titles.parse(pr.title);
            if (ref.kind != PrTitleRef::Kind::FundableSubtask)
                continue;
            const auto project = tasks->constFind(ref.project);
            if (project == tasks->constEnd() || project->removed)
                continue; // an unknown project is the PR's problem already (relink)
            using Complete = ProgrammeRepository::Complete;
            const Complete complete = pr.state != PullRequest::State::Merged || ref.partial ? Complete::Never
                                      : m_newlyMerged.contains(key)                         ? Complete::Always
                                                                                            : Complete::IfNewlyLinked;
            for (const int n : ref.numbers) {
                const SubTaskPrLink link = m_programmes.linkSubTaskPr(project->id, n, pr.repo, pr.number, complete);
                const QString where = Tr::tr("%1 No.%2, sub-task %3").arg(trackName).arg(ref.project).arg(n);
                if (!link.found) {
                    m_prProblems[key].add(Tr::tr("%1#%2 names sub-task No.%3 of %4 No.%5, which has no such sub-task.")
                                              .arg(pr.repo)
                                              .arg(pr.number)
                                              .arg(n)
                                              .arg(trackName)
                                              .arg(ref.project),
                                          QString());
                    continue;
                }
                if (link.linked) {
                    ++m_report.subTasksLinked;
                    m_report.changes << Tr::tr("%1: %2#%3 listed").arg(where, pr.repo, QString::number(pr.number));
                }
                if (link.completed) {
                    ++m_report.subTasksDone;
                    m_report.changes
                        << Tr::tr("%1: done (%2#%3 merged)").arg(where, pr.repo, QString::number(pr.number));
                }
            }
        }
    }

    void applyLadder()
    {
        const qint64 trackId = m_trackOfKind.value(TrackKind::Tasks);
        if (!trackId)
            return;
        QHash<qint64, QString> logins;
        for (const Participant &p : m_people.all())
            logins.insert(p.id, p.login);
        const QHash<int, Task> tasks = tasksOf(trackId);

        LadderInput in;
        in.designRepo = m_plan.designRepo;
        in.launchAt = m_launch;
        in.replyLanguage = m_language;
        for (const Task &t : tasks)
            in.tasks.append({t.number, t.rfcRequired, t.locked, logins.value(t.finisherId), t.removed});
        QHash<std::pair<int, QString>, qint64> claimIds; // (task number, login) → claim id
        for (const ClaimRow &row : m_claims.rows(trackId)) {
            if (!row.claim.participantId)
                continue; // team claims are not moved by PRs
            const QString login = logins.value(row.claim.participantId);
            in.claims.append({row.taskNumber, login, row.claim.status, row.claim.flags});
            claimIds.insert({row.taskNumber, normalisedLogin(login)}, row.claim.id);
        }
        for (const PullRequest &pr : std::as_const(m_prs)) {
            if (pr.title.isEmpty())
                continue;
            const PrTitleRef ref = m_titles.parse(pr.title);
            if (ref.kind != PrTitleRef::Kind::Task && ref.kind != PrTitleRef::Kind::Malformed)
                continue;
            in.prs.append({pr.repo, pr.number, pr.authorLogin, pr.state, pr.createdAt, pr.mergedAt, ref});
        }
        const LadderResult result = applyStatusLadder(in);

        const QString trackName = trackLabel(trackId);
        for (const LadderClaimResult &r : result.claims) {
            if (!r.changed())
                continue;
            const auto task = tasks.constFind(r.claim.taskNumber);
            if (task == tasks.constEnd())
                continue;
            if (r.created) {
                if (!isValidLogin(r.claim.login))
                    continue;
                Claim claim;
                claim.taskId = task->id;
                claim.participantId = participant(r.claim.login, true);
                claim.status = r.claim.status;
                claim.flags = r.claim.flags;
                claim.claimedAt = m_now;
                claim.updatedAt = m_now;
                m_claims.insert(claim);
                ++m_report.claimsAdded;
                m_report.changes << Tr::tr("%1 No.%2: @%3 has a PR without a claim (%4)")
                                        .arg(trackName, QString::number(r.claim.taskNumber), r.claim.login,
                                             claimStatusBadge(r.claim.status));
                continue;
            }
            auto claim = m_claims.get(claimIds.value({r.claim.taskNumber, normalisedLogin(r.claim.login)}));
            if (!claim)
                continue;
            if (claim->status < r.claim.status) {
                ++m_report.statusChanges;
                m_report.changes << Tr::tr("%1 No.%2: @%3 %4 → %5")
                                        .arg(trackName, QString::number(r.claim.taskNumber), r.claim.login,
                                             claimStatusBadge(claim->status), claimStatusBadge(r.claim.status));
            }
            // A claim only rises: one made or corrected by hand (manual) is never lowered by GitHub.
            claim->status = std::max(claim->status, r.claim.status);
            claim->flags = r.claim.flags;
            claim->updatedAt = m_now;
            m_claims.update(*claim);
        }
        for (const LadderFinish &f : result.finishes) {
            auto task = m_tasks.byNumber(trackId, f.taskNumber);
            if (!task || !isValidLogin(f.finisherLogin))
                continue;
            task->finisherId = participant(f.finisherLogin, true);
            task->locked = true;
            m_tasks.update(*task);
            ++m_report.completed;
            m_report.changes << Tr::tr("%1 No.%2: completed by @%3 (%4#%5)")
                                    .arg(trackName, QString::number(f.taskNumber), f.finisherLogin, f.prRepo,
                                         QString::number(f.prNumber));
        }
        for (const LadderProblem &p : result.problems)
            m_prProblems[prKey(p.prRepo, p.prNumber)].add(p.message, p.botReply);
    }

    // PR problems are recomputed every sync: the stored ones are made to match.
    void storePrProblems()
    {
        QSet<std::pair<QString, QString>> wanted; // (url, text)
        for (const auto &[key, draft] : m_prProblems) {
            const PullRequest pr = m_prs.value(key);
            const QString url = prUrl(pr.repo, pr.number);
            wanted.insert({url, pr.title});
            putProblem(u"pr"_s, url, pr.authorLogin, pr.title, draft);
        }
        for (const ProblemRow &p : m_problems.all(u"sync"_s, u"pr"_s))
            if (!wanted.contains({p.url, p.text}))
                m_problems.remove(p.id);
    }

    void storeCache()
    {
        QHash<qint64, QString> contexts; // after this sync's imports
        QSet<QString> live;
        for (const FetchedPage &page : m_snap.pages) {
            if (page.notModified) {
                live.insert(page.lookupKey);
                continue;
            }
            QString key = page.lookupKey;
            if (page.trackId) {
                auto ctx = contexts.find(page.trackId);
                if (ctx == contexts.end())
                    ctx = contexts.insert(page.trackId, syncTrackContext(syncTrackTasks(m_db, page.trackId)));
                key = syncCacheKey(page.url, *ctx);
            }
            m_events.setSetting(key, page.validators.toSetting());
            live.insert(key);
        }
        for (const QString &key : m_plan.cacheKeys)
            if (!live.contains(key))
                m_events.removeSetting(key);
        for (auto it = m_snap.settings.cbegin(); it != m_snap.settings.cend(); ++it)
            m_events.setSetting(it.key(), it.value());
        if (m_snap.searched)
            for (auto it = m_plan.searchPlans.cbegin(); it != m_plan.searchPlans.cend(); ++it)
                if (!m_snap.settings.contains(it.key()))
                    m_events.removeSetting(it.key());
        m_events.setSetting(u"github.sync.last"_s, m_now.toString(Qt::ISODate));
        m_events.setSetting(u"github.sync.rate-remaining"_s,
                            m_report.rateLimitRemaining ? QString::number(*m_report.rateLimitRemaining) : QString());
        m_events.setSetting(u"github.sync.rate-reset"_s, m_report.rateLimitReset.isValid()
                                                             ? m_report.rateLimitReset.toString(Qt::ISODate)
                                                             : QString());
    }

    const Database &m_db;
    const SyncPlan &m_plan;
    const SyncSnapshot &m_snap;
    QDateTime m_now;
    QDateTime m_launch;
    EventRepository m_events;
    TaskRepository m_tasks;
    ParticipantRepository m_people;
    ClaimRepository m_claims;
    ProgrammeRepository m_programmes;
    ProblemRepository m_problems;
    PrTitleParser m_titles;
    ClaimKeywords m_keywords;
    ReplyLanguage m_language;
    SyncReport m_report;
    QHash<qint64, Track> m_tracks;
    QMap<TrackKind, qint64> m_trackOfKind;        // the first track of each kind
    QHash<qint64, QHash<int, Task>> m_trackTasks; // for PR links, loaded once the comments are in
    QHash<QString, qint64> m_participants;
    QHash<QString, PullRequest> m_prs;            // by prKey
    QSet<QString> m_newlyMerged;                  // prKeys of PRs that merged since the last sync
    std::map<QString, ProblemDraft> m_prProblems; // by prKey, ordered for a stable report
};

} // namespace

QString SyncReport::programmeSummary() const
{
    QStringList parts;
    if (applicationsAdded || applicationsUpdated)
        parts << Tr::tr("Camp applications: %1 added, %2 updated.").arg(applicationsAdded).arg(applicationsUpdated);
    if (subTasksLinked || subTasksDone)
        parts << Tr::tr("Fundable sub-tasks: %1 linked to PRs, %2 done.").arg(subTasksLinked).arg(subTasksDone);
    return parts.join(u' ');
}

QJsonObject SyncReport::toJson() const
{
    QJsonArray problemArray;
    for (const SyncProblem &p : problems)
        problemArray.append(QJsonObject{{u"kind"_s, p.kind},
                                        {u"url"_s, p.url},
                                        {u"author"_s, p.author},
                                        {u"text"_s, p.text},
                                        {u"reason"_s, p.reason},
                                        {u"reply"_s, p.reply}});
    return {{u"synced_at"_s, syncedAt.toString(Qt::ISODate)},
            {u"requests"_s, requests},
            {u"not_modified"_s, notModified},
            {u"rate_limit_remaining"_s, rateLimitRemaining ? QJsonValue(*rateLimitRemaining) : QJsonValue()},
            {u"rate_limit_reset"_s,
             rateLimitReset.isValid() ? QJsonValue(rateLimitReset.toString(Qt::ISODate)) : QJsonValue()},
            {u"tasks"_s, tasks},
            {u"tasks_added"_s, tasksAdded},
            {u"tasks_updated"_s, tasksUpdated},
            {u"claims_added"_s, claimsAdded},
            {u"status_changes"_s, statusChanges},
            {u"completed"_s, completed},
            {u"prs_added"_s, prsAdded},
            {u"prs_updated"_s, prsUpdated},
            {u"applications_added"_s, applicationsAdded},
            {u"applications_updated"_s, applicationsUpdated},
            {u"sub_tasks_linked"_s, subTasksLinked},
            {u"sub_tasks_done"_s, subTasksDone},
            {u"problems"_s, problemArray},
            {u"open_problems"_s, openProblems},
            {u"changes"_s, QJsonArray::fromStringList(changes)},
            {u"warnings"_s, QJsonArray::fromStringList(warnings)}};
}

SyncReport applySyncSnapshot(const Database &db, const SyncPlan &plan, const SyncSnapshot &snapshot,
                             const QDateTime &now)
{
    return Applier(db, plan, snapshot, now).run();
}

} // namespace hd
