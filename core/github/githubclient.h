#pragma once

#include "clock.h"
#include "httptransport.h"
#include "model/error.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QString>
#include <QUrl>

// A polite client for GitHub's REST API (and GitHub Enterprise's /api/v3), used by the sync.
//
// - Every request carries User-Agent: HackDesk/<version>, Accept: application/vnd.github+json,
//   X-GitHub-Api-Version: 2022-11-28 and, with a token, Authorization: Bearer <token>. The token is never
//   put in a message, a URL or the database.
// - One request at a time, each with a transfer timeout. 5xx answers, timeouts and cut connections are
//   retried a few times with exponential backoff (Retry-After is honoured when a 5xx carries it).
// - Rate limits: x-ratelimit-remaining/-reset/-resource are read from every answer; with nothing left
//   the next request of that resource waits for the reset. A 403 or 429 that says it is a primary or
//   secondary limit waits as told (Retry-After, else the reset, else a minute) with a countdown, or,
//   when that is longer than the allowed wait, stops with a message saying when to sync again. No
//   rate-limit headers at all (GitHub Enterprise without limits) is fine.
// - Conditional requests: validators (ETag, Last-Modified) of a page applied before are sent back; a
//   304 costs no primary rate limit. Pages follow Link rel="next" only, never built by hand, and never
//   to another host.
// - A 2xx that is not JSON (wrong content type, truncated or malformed) is an error naming the URL.

namespace hd {

// The rate limit of one resource ("core", "search") as GitHub last reported it.
struct RateLimit
{
    QString resource;
    int limit = -1;     // -1 = not reported
    int remaining = -1; // -1 = not reported
    QDateTime reset;    // UTC; invalid = not reported

    bool isKnown() const { return remaining >= 0; }
};

// How the client talks to GitHub.
struct GitHubOptions
{
    QUrl apiUrl;   // https://api.github.com or https://HOST/api/v3
    QString token; // empty = anonymous (60 requests an hour)
    int transferTimeoutMs = 30'000;
    int maxRetries = 3;         // for 5xx, timeouts and cut connections
    qint64 backoffMs = 1'000;   // the first retry's wait, doubled each time
    qint64 maxWaitMs = 300'000; // a rate-limit wait longer than this stops the sync instead
    int maxRateLimitWaits = 5;  // per request
};

// Validators of a page applied before, stored between syncs, with what the next sync needs to go on
// from a 304 (the next page, the page's size) and the context it was applied in.
struct CachedResponse
{
    QByteArray etag;
    QByteArray lastModified;
    QString next;   // the page's Link rel="next" when it was read
    int items = 0;  // items on the page
    int total = -1; // search: total_count
    bool isValid() const { return !etag.isEmpty() || !lastModified.isEmpty(); }

    QString toSetting() const;
    static CachedResponse fromSetting(const QString &value); // invalid on anything unreadable
};

// One page read from GitHub.
struct GitHubPage
{
    QUrl url;
    bool notModified = false; // 304: the page is as it was when applied before; json is empty
    QJsonDocument json;
    QUrl next; // Link rel="next"; on a 304 without a Link header, the cached one
    bool hadLinkHeader = false;
    CachedResponse validators; // to store once the page is applied; invalid when GitHub sent none
};

// Thrown when the cancel token stops a sync.
class SyncCancelled : public Error
{
public:
    SyncCancelled();
};

// Hears what a sync does, for a progress display or a log. Called on the syncing thread.
class SyncListener
{
public:
    virtual ~SyncListener() = default;
    virtual void step(const QString &what) { Q_UNUSED(what) }
    // A rate-limit or backoff wait: called at its start and about once a second, msecsLeft reaching 0.
    virtual void waiting(qint64 msecsLeft, const QString &why)
    {
        Q_UNUSED(msecsLeft)
        Q_UNUSED(why)
    }
    virtual void requestDone(int requests, int notModified, const RateLimit &core)
    {
        Q_UNUSED(requests)
        Q_UNUSED(notModified)
        Q_UNUSED(core)
    }
    virtual void warning(const QString &message) { Q_UNUSED(message) }
};

// GETs pages of GitHub's REST API; see the rules above.
class GitHubClient
{
public:
    GitHubClient(HttpTransport &transport, Clock &clock, const GitHubOptions &options, const CancelToken &cancel,
                 SyncListener *listener = nullptr);

    // The API URL of path ("repos/o/r/issues/1") with its query, values percent-encoded.
    QUrl endpoint(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    // GETs url, conditionally when validators are given; resource names the rate limit it counts on.
    GitHubPage get(const QUrl &url, const CachedResponse *validators = nullptr,
                   const QString &resource = QStringLiteral("core"));

    int requests() const { return m_requests; }
    int notModified() const { return m_notModified; }
    RateLimit rateLimit(const QString &resource = QStringLiteral("core")) const;
    bool sawRateLimitHeaders() const { return m_sawRateLimit; }
    const GitHubOptions &options() const { return m_options; }

    // "<url>; rel=\"next\", <url>; rel=\"last\"" → the next URL, or an empty one.
    static QUrl nextLink(const QByteArray &linkHeader);

private:
    HttpRequest request(const QUrl &url, const CachedResponse *validators) const;
    void readRateLimit(const HttpResponse &response, const QString &resource);
    void waitFor(qint64 msecs, const QString &why);
    void waitForReset(const QString &resource);
    QString retryMessage(const QDateTime &when) const;

    HttpTransport &m_transport;
    Clock &m_clock;
    GitHubOptions m_options;
    CancelToken m_cancel;
    SyncListener *m_listener;
    QHash<QString, RateLimit> m_limits;
    int m_requests = 0;
    int m_notModified = 0;
    bool m_sawRateLimit = false;
};

} // namespace hd
