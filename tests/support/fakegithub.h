#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

// A local HTTP/1.1 server on 127.0.0.1 that answers like GitHub's REST API for what the sync reads, with
// shapes from GitHub's REST documentation:
//   GET /repos/{o}/{r}/issues/{n}            the issue (title, body, html_url, user …)
//   GET /repos/{o}/{r}/issues/{n}/comments   per_page (≤ 100), page, since; Link rel="next"/"last"
//   GET /search/issues                        q with "phrase", in:title, is:pr, repo:, created:; sort=created,
//                                             order; 422 beyond 256 characters or the first 1,000 results
//   GET /repos/{o}/{r}/pulls/{n}              the pull request (merged, merged_at …)
// Every 200 has a weak ETag (a hash of the body) and Last-Modified; If-None-Match gives 304 without
// counting against the rate limit. Rate limits per resource (core: an hour, search: a minute) with
// x-ratelimit-* headers, or none at all (GitHub Enterprise). Faults can be injected per path. The server
// runs on its own thread; the model is safe to change from the test's thread between requests.

namespace hd::test {

// Makes sure a QCoreApplication exists (core_tests run without one).
void ensureCoreApplication();

struct FakeComment
{
    qint64 id = 0;
    QString login;
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool bot = false;
};

struct FakePr
{
    QString repo;
    int number = 0;
    QString title;
    QString login;
    bool open = true;
    QDateTime createdAt;
    QDateTime mergedAt; // closed and merged when valid
};

// One request as the server saw it.
struct FakeRequest
{
    QString path;                          // without the API prefix
    QString query;                         // decoded
    QHash<QByteArray, QByteArray> headers; // lower-case names
    int status = 0;                        // 0 = not answered (a hang)
};

class FakeGitHub
{
public:
    enum class Fault {
        Status500,
        Status502,
        Hang,             // accept, read, never answer
        TruncatedJson,    // a complete HTTP answer whose JSON stops half-way
        CutOff,           // Content-Length says more than is sent, then the connection closes
        WrongContentType, // 200 with text/html
        SecondaryLimit,   // 403 "secondary rate limit" with Retry-After (retryAfter seconds)
        SecondaryNoRetry, // 403 "secondary rate limit" without Retry-After or rate-limit headers
        TooMany,          // 429 with Retry-After
    };

    explicit FakeGitHub(const QString &apiPrefix = {}); // "/api/v3" for GitHub Enterprise
    ~FakeGitHub();
    FakeGitHub(const FakeGitHub &) = delete;
    FakeGitHub &operator=(const FakeGitHub &) = delete;

    QString apiUrl() const; // http://127.0.0.1:PORT[/api/v3]

    // The model.
    void setIssue(const QString &repo, int number, const QString &body);
    qint64 addComment(const QString &repo, int number, const QString &login, const QString &body,
                      const QDateTime &createdAt, bool bot = false);
    void editComment(qint64 id, const QString &body, const QDateTime &updatedAt);
    void addPr(const FakePr &pr);
    void mergePr(const QString &repo, int number, const QDateTime &mergedAt);
    void closePr(const QString &repo, int number);
    int commentCount() const;

    // Behaviour.
    void failNext(const QString &pathContains, Fault fault, int times = 1, int retryAfterSeconds = 1);
    void setCoreLimit(int limit, int remaining, const QDateTime &reset);
    void setSearchLimit(int perMinute);
    void setRateLimitHeaders(bool on); // off: GitHub Enterprise without rate limits
    void setLinkOn304(bool on);
    void setMergedAtInSearch(bool on);           // off: older GitHub Enterprise
    void setNow(std::function<QDateTime()> now); // the server's clock (for rate-limit resets)

    // What happened.
    QList<FakeRequest> requests() const;
    void clearRequests();
    int count(int status) const; // requests answered with this status

private:
    class Server;
    std::unique_ptr<Server> m_server;
};

} // namespace hd::test
