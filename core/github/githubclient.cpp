#include "githubclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GitHubClient)
};

// A URL as messages show it: no user info (a token could hide there), the query kept.
QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

std::optional<int> headerInt(const HttpResponse &r, const QByteArray &name)
{
    const QByteArray v = r.header(name).trimmed();
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

// Retry-After: seconds, or an HTTP date.
std::optional<qint64> retryAfterMs(const HttpResponse &r, const QDateTime &now)
{
    const QByteArray v = r.header("retry-after").trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return qMax<qint64>(0, seconds) * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (when.isValid())
        return qMax<qint64>(0, now.msecsTo(when));
    return std::nullopt;
}

QString messageOf(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? doc.object().value(u"message"_s).toString().simplified() : QString();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1);
}

} // namespace

QString CachedResponse::toSetting() const
{
    QJsonObject o{{u"n"_s, items}};
    if (!etag.isEmpty())
        o.insert(u"etag"_s, QString::fromLatin1(etag));
    if (!lastModified.isEmpty())
        o.insert(u"lm"_s, QString::fromLatin1(lastModified));
    if (!next.isEmpty())
        o.insert(u"next"_s, next);
    if (total >= 0)
        o.insert(u"total"_s, total);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

CachedResponse CachedResponse::fromSetting(const QString &value)
{
    const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    CachedResponse c;
    c.etag = o.value(u"etag"_s).toString().toLatin1();
    c.lastModified = o.value(u"lm"_s).toString().toLatin1();
    c.next = o.value(u"next"_s).toString();
    c.items = o.value(u"n"_s).toInt();
    c.total = o.value(u"total"_s).toInt(-1);
    return c;
}

SyncCancelled::SyncCancelled()
    : Error(Tr::tr("The sync was cancelled; nothing was changed."))
{}

GitHubClient::GitHubClient(HttpTransport &transport, Clock &clock, const GitHubOptions &options,
                           const CancelToken &cancel, SyncListener *listener)
    : m_transport(transport)
    , m_clock(clock)
    , m_options(options)
    , m_cancel(cancel)
    , m_listener(listener)
{}

QUrl GitHubClient::endpoint(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_options.apiUrl;
    QString base = url.path();
    if (!base.endsWith(u'/'))
        base += u'/';
    url.setPath(base + path);
    QStringList parts;
    for (const auto &[key, value] : query)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    url.setQuery(parts.isEmpty() ? QString() : parts.join(u'&'), QUrl::StrictMode);
    return url;
}

QUrl GitHubClient::nextLink(const QByteArray &linkHeader)
{
    // Link: <https://…?page=2>; rel="next", <https://…?page=5>; rel="last"
    static const QRegularExpression entry(uR"(<([^>]*)>((?:\s*;\s*[^;,]+)*))"_s);
    static const QRegularExpression rel(uR"re(;\s*rel\s*=\s*"?([^";]+)"?)re"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(linkHeader);
    auto it = entry.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto r = rel.match(m.captured(2));
        if (!r.hasMatch())
            continue;
        const QStringList rels = r.captured(1).split(u' ', Qt::SkipEmptyParts);
        if (rels.contains(u"next"_s, Qt::CaseInsensitive))
            return QUrl::fromEncoded(m.captured(1).trimmed().toLatin1(), QUrl::StrictMode);
    }
    return {};
}

RateLimit GitHubClient::rateLimit(const QString &resource) const
{
    RateLimit r = m_limits.value(resource);
    r.resource = resource;
    return r;
}

HttpRequest GitHubClient::request(const QUrl &url, const CachedResponse *validators) const
{
    HttpRequest req;
    req.url = url;
    req.transferTimeoutMs = m_options.transferTimeoutMs;
    req.headers = {{"User-Agent", QByteArrayLiteral("HackDesk/" HACKDESK_VERSION)},
                   {"Accept", "application/vnd.github+json"},
                   {"X-GitHub-Api-Version", "2022-11-28"}};
    if (!m_options.token.isEmpty())
        req.headers.append({"Authorization", "Bearer " + m_options.token.toUtf8()});
    if (validators && !validators->etag.isEmpty())
        req.headers.append({"If-None-Match", validators->etag});
    else if (validators && !validators->lastModified.isEmpty())
        req.headers.append({"If-Modified-Since", validators->lastModified});
    return req;
}

void GitHubClient::readRateLimit(const HttpResponse &response, const QString &resource)
{
    const auto remaining = headerInt(response, "x-ratelimit-remaining");
    if (!remaining)
        return;
    m_sawRateLimit = true;
    const QString name = response.headers.contains("x-ratelimit-resource")
                             ? QString::fromLatin1(response.header("x-ratelimit-resource").trimmed())
                             : resource;
    RateLimit &limit = m_limits[name];
    limit.resource = name;
    limit.remaining = *remaining;
    limit.limit = headerInt(response, "x-ratelimit-limit").value_or(-1);
    if (const auto reset = headerInt(response, "x-ratelimit-reset"))
        limit.reset = QDateTime::fromSecsSinceEpoch(*reset, QTimeZone::utc());
    if (name != resource) // a "search" answer tells about "search" even when asked as something else
        m_limits[resource] = limit;
}

QString GitHubClient::retryMessage(const QDateTime &when) const
{
    return when.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

void GitHubClient::waitFor(qint64 msecs, const QString &why)
{
    const auto tick = [this, &why](qint64 left) {
        if (m_listener)
            m_listener->waiting(left, why);
    };
    if (!m_clock.wait(msecs, m_cancel, tick))
        throw SyncCancelled();
}

void GitHubClient::waitForReset(const QString &resource)
{
    const RateLimit limit = m_limits.value(resource);
    if (limit.remaining != 0 || !limit.reset.isValid())
        return;
    const QDateTime now = m_clock.now();
    if (limit.reset <= now)
        return;
    const qint64 ms = now.msecsTo(limit.reset) + 1000;
    if (ms > m_options.maxWaitMs)
        throw Error(Tr::tr("GitHub's rate limit (%1) is used up until %2; sync again after that.")
                        .arg(resource, retryMessage(limit.reset)));
    waitFor(ms, Tr::tr("GitHub's rate limit (%1) is used up; waiting for its reset").arg(resource));
}

GitHubPage GitHubClient::get(const QUrl &url, const CachedResponse *validators, const QString &resource)
{
    if (!sameOrigin(url, m_options.apiUrl))
        throw Error(
            Tr::tr("Refusing to follow %1: it is not on the API host %2.").arg(shown(url), m_options.apiUrl.host()));
    if (validators && !validators->isValid())
        validators = nullptr;
    int retries = 0;
    int limitWaits = 0;
    for (;;) {
        if (m_cancel.isCancelled())
            throw SyncCancelled();
        waitForReset(resource);
        ++m_requests;
        const HttpResponse r = m_transport.get(request(url, validators), m_cancel);
        if (r.failure == HttpResponse::Failure::Cancelled)
            throw SyncCancelled();
        readRateLimit(r, resource);
        if (r.status == 304 && validators)
            ++m_notModified;
        if (m_listener)
            m_listener->requestDone(m_requests, m_notModified, rateLimit());

        // Failures worth another try: no answer, a cut-off answer, a server error.
        QString failure;
        std::optional<qint64> serverWait;
        if (r.failure == HttpResponse::Failure::Timeout)
            failure = Tr::tr("no answer within %1 s").arg(m_options.transferTimeoutMs / 1000.0);
        else if (r.failure == HttpResponse::Failure::Network)
            failure = r.errorString;
        else if (r.status >= 500) {
            failure = Tr::tr("HTTP %1").arg(r.status);
            serverWait = retryAfterMs(r, m_clock.now());
        }
        if (!failure.isEmpty()) {
            if (retries >= m_options.maxRetries)
                throw Error(Tr::tr("GitHub failed at %1: %2 (tried %3 times).")
                                .arg(shown(url), failure, QString::number(retries + 1)));
            const qint64 backoff = serverWait.value_or(m_options.backoffMs << retries);
            ++retries;
            waitFor(qMin(backoff, m_options.maxWaitMs), Tr::tr("%1 (%2); trying again").arg(shown(url), failure));
            continue;
        }

        // Rate limits: primary (403/429 with nothing remaining) or secondary (Retry-After, or it says so).
        const QString message = messageOf(r.body);
        if (r.status == 429 || r.status == 403) {
            const auto remaining = headerInt(r, "x-ratelimit-remaining");
            const auto after = retryAfterMs(r, m_clock.now());
            const bool limited =
                r.status == 429 || after || remaining == 0 || message.contains(u"rate limit"_s, Qt::CaseInsensitive);
            if (limited) {
                qint64 ms = 60'000; // GitHub: "wait for at least one minute" when it says nothing
                QDateTime until;
                if (after) {
                    ms = *after;
                } else if (remaining == 0 && m_limits.value(resource).reset.isValid()) {
                    until = rateLimit(resource).reset;
                    ms = qMax<qint64>(0, m_clock.now().msecsTo(until)) + 1000;
                }
                if (!until.isValid())
                    until = m_clock.now().addMSecs(ms);
                if (ms > m_options.maxWaitMs || limitWaits >= m_options.maxRateLimitWaits)
                    throw Error(Tr::tr("GitHub's rate limit stopped the sync at %1; sync again after %2.")
                                    .arg(shown(url), retryMessage(until)));
                ++limitWaits;
                waitFor(ms, Tr::tr("GitHub asks to slow down; waiting"));
                continue;
            }
        }

        if (r.status == 304 && validators) {
            GitHubPage page;
            page.url = url;
            page.notModified = true;
            page.validators = *validators;
            page.hadLinkHeader = r.headers.contains("link");
            page.next = page.hadLinkHeader ? nextLink(r.header("link")) : QUrl(validators->next);
            if (!page.next.isEmpty() && !sameOrigin(page.next, m_options.apiUrl))
                page.next.clear();
            return page;
        }
        if (r.status == 401)
            throw Error(Tr::tr("GitHub refused the token at %1 (401 %2). Check the token or remove it.")
                            .arg(shown(url), message));
        if (r.status < 200 || r.status >= 300)
            throw Error(message.isEmpty()
                            ? Tr::tr("GitHub answered %1 to %2.").arg(r.status).arg(shown(url))
                            : Tr::tr("GitHub answered %1 to %2: %3").arg(r.status).arg(shown(url), message));

        const QByteArray type = r.header("content-type").toLower();
        if (!type.contains("json"))
            throw Error(Tr::tr("%1 answered with %2 instead of JSON.")
                            .arg(shown(url), type.isEmpty() ? Tr::tr("no content type") : QString::fromLatin1(type)));
        QJsonParseError parseError;
        GitHubPage page;
        page.url = url;
        page.json = QJsonDocument::fromJson(r.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || page.json.isNull())
            throw Error(Tr::tr("%1 sent malformed or truncated JSON (%2 at byte %3 of %4).")
                            .arg(shown(url), parseError.errorString(), QString::number(parseError.offset),
                                 QString::number(r.body.size())));
        page.hadLinkHeader = r.headers.contains("link");
        page.next = nextLink(r.header("link"));
        if (!page.next.isEmpty() && !sameOrigin(page.next, m_options.apiUrl))
            throw Error(Tr::tr("%1 links its next page to another host (%2).").arg(shown(url), page.next.host()));
        page.validators.etag = r.header("etag");
        page.validators.lastModified = r.header("last-modified");
        page.validators.next = page.next.isEmpty() ? QString() : QString::fromLatin1(page.next.toEncoded());
        if (page.json.isArray())
            page.validators.items = int(page.json.array().size());
        else if (const QJsonObject o = page.json.object(); o.contains(u"items"_s)) {
            page.validators.items = int(o.value(u"items"_s).toArray().size());
            page.validators.total = o.value(u"total_count"_s).toInt(-1);
        }
        return page;
    }
}

} // namespace hd
