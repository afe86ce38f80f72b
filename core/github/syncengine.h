#pragma once

#include "githubclient.h"
#include "model/pullrequest.h"
#include "model/track.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// The fetch phase of a GitHub sync: reads what changed on GitHub into a plain SyncSnapshot and writes
// nothing. The apply phase (syncapply.h) then takes the snapshot into the database in one transaction.
//
// What is read, for each track whose track.<id>.issue is set:
// - GET /repos/{o}/{r}/issues/{n}: the issue body (its task tables);
// - GET /repos/{o}/{r}/issues/{n}/comments?per_page=100[&since=github.since]: the claim comments,
//   every page by Link rel="next";
// and once for the event: GET /search/issues?q="<prefix>" in:title is:pr repo:… created:…, sorted by
// creation, 100 a page. The watched repos are split over several queries so that none is longer than
// 256 characters; a query that finds more than 1,000 PRs is split by creation time into halves until
// each finds at most 1,000 (the split is remembered for the next sync). GET /repos/{o}/{r}/pulls/{n}
// only for a closed PR whose search item lacks pull_request.merged_at (older GitHub Enterprise).
//
// Incremental: every page is requested with the validators of the time it was last applied. A 304
// means the page was applied as it is, so it is not read again: a sync with nothing changed costs the
// search queries and 304s. Comment pages are cached together with a fingerprint of the track's task
// numbers (and which are removed), so that when tasks come or go their comments are read again — in the
// same sync when the change comes with the issue body, whose task list is read ahead for this.

namespace hd {

class Database;

// A track's GitHub issue as the sync reads it.
struct SyncIssueRef
{
    qint64 trackId = 0;
    TrackKind kind = TrackKind::Tasks;
    QString trackName;
    QString repo; // owner/name
    int number = 0;
    QMap<int, bool> tasks; // the track's task numbers, true for removed ones, when the plan was made
};

// What a sync needs to know before it asks GitHub anything: settings and what earlier syncs kept.
struct SyncPlan
{
    QUrl apiUrl;
    QString prefix;     // github.prefix: empty = no PR search (unless prTitles are set)
    QStringList prTitles;      // github.pr-titles: patterns with {n}; searched by their words, else the prefix
    QStringList claimKeywords; // claims.keywords: what a claim comment starts with; empty = 【报名】
    QString language;          // event.language: the bot's replies are written in it
    QDateTime since;    // github.since: PRs created before do not count; invalid = no limit
    QStringList repos;  // github.repos
    QString designRepo; // github.design-repo
    QList<SyncIssueRef> issues;
    QHash<QString, CachedResponse> cache; // by cache key; empty for a full sync
    QSet<QString> cacheKeys;              // every stored key, also for a full sync (to drop stale ones)
    QHash<QString, QString> searchPlans;  // setting key → stored split of a search
    QHash<qint64, QString> bodyHashes;    // track → hash of the issue body last imported
    bool full = false;                    // read and import everything again
    QStringList warnings;
};

// A comment on a track's issue.
struct FetchedComment
{
    qint64 id = 0;
    QString login;
    bool bot = false; // written by an app or bot account
    QString body;
    QString url; // html_url
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A page read with validators, to be stored once it is applied.
struct FetchedPage
{
    QString url;
    QString lookupKey;  // the cache key it was looked up under
    qint64 trackId = 0; // comment pages: their track (the key depends on its tasks); 0 otherwise
    bool notModified = false;
    CachedResponse validators;
};

// A track's issue as read.
struct FetchedIssue
{
    SyncIssueRef ref;
    bool bodyChanged = false; // the body was read (first sync, or it changed)
    QString body;
    QString url;                    // html_url
    QList<FetchedComment> comments; // from the comment pages that changed, in order
};

// A pull request as search (and, where needed, the pulls endpoint) reported it.
struct FetchedPr
{
    QString repo;
    int number = 0;
    QString title;
    QString author;
    PullRequest::State state = PullRequest::State::Open;
    QDateTime createdAt;
    QDateTime mergedAt;
    bool stateFromDatabase = false; // its details were unchanged (304): keep the stored state and merge time
};

// Everything a sync read, ready to apply.
struct SyncSnapshot
{
    QList<FetchedIssue> issues;
    QList<FetchedPr> prs;             // from search pages that changed
    QList<FetchedPage> pages;         // every page read with validators, changed or not
    QHash<QString, QString> settings; // search splits to remember
    bool searched = false;            // the PR search ran (a prefix and repos are set)
    int requests = 0;
    int notModified = 0;
    RateLimit core;
    RateLimit search;
    QStringList warnings;
};

// Reads the settings and what earlier syncs stored. apiUrlOverride replaces github.api-url when set;
// full ignores the stored validators. Throws hd::Error naming a setting that cannot be read.
SyncPlan readSyncPlan(const Database &db, const QString &apiUrlOverride = {}, bool full = false);

// Asks GitHub; throws hd::Error (or SyncCancelled) and then nothing is to be applied.
SyncSnapshot fetchSyncSnapshot(const SyncPlan &plan, GitHubClient &client, Clock &clock,
                               SyncListener *listener = nullptr);

// The key under which a page's validators are stored: github.cache.<sha1 of URL and context>.
QString syncCacheKey(const QString &url, const QString &context = {});
// A fingerprint of a track's tasks: their numbers and which are removed (see syncTrackTasks).
QString syncTrackContext(const QMap<int, bool> &tasks);
QMap<int, bool> syncTrackTasks(const Database &db, qint64 trackId);

// The hash of an issue body under which the last import is remembered (github.sync.body.<track id>).
QString syncBodyHash(const QString &body);

// Repo names and issue references as the settings hold them.
bool isRepoName(QStringView text); // owner/name
// "owner/name#123" or "https://github.com/owner/name/issues/123"; false when it is neither.
bool parseIssueRef(QStringView text, QString *repo, int *number);

} // namespace hd
