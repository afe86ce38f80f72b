#include "fakegithub.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace hd::test {

void ensureCoreApplication()
{
    if (QCoreApplication::instance())
        return;
    // Never deleted: it must outlive every Qt object of the test run.
    static int argc = 1;
    static char name[] = "core_tests";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
}

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue();
}

QJsonObject userJson(const QString &login, bool bot = false)
{
    return {{u"login"_s, login},
            {u"id"_s, qint64(qHash(login) % 100000000)},
            {u"type"_s, bot ? u"Bot"_s : u"User"_s},
            {u"avatar_url"_s, u"https://avatars.githubusercontent.com/u/1?v=4"_s},
            {u"html_url"_s, u"https://github.com/"_s + login},
            {u"site_admin"_s, false}};
}

// Times in search qualifiers: "2024-03-21T00:00:00Z" or a date ("2024-03-21": the whole day for an end).
QDateTime qualifierTime(const QString &text, bool end)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && text.contains(u'T'))
        return t.toUTC();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return {};
    return end ? d.addDays(1).startOfDay(QTimeZone::utc()).addSecs(-1) : d.startOfDay(QTimeZone::utc());
}

struct Limit
{
    int limit = 0;
    int remaining = 0;
    QDateTime reset;
    qint64 windowSecs = 3600;
};

struct FaultRule
{
    QString pathContains;
    FakeGitHub::Fault fault;
    int times = 1;
    int retryAfter = 1;
};

using Header = QPair<QByteArray, QByteArray>;

struct Answer
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool hang = false;
    bool cutOff = false;
    QString resource = u"core"_s;
    bool countsAgainstLimit = true;
};

} // namespace

class FakeGitHub::Server : public QThread
{
public:
    explicit Server(const QString &prefix)
        : m_prefix(prefix)
    {
        m_core = {5000, 5000, {}, 3600};
        m_search = {30, 30, {}, 60};
    }

    ~Server() override
    {
        quit();
        wait();
    }

    void startAndWait()
    {
        start();
        m_ready.acquire();
    }

    quint16 port() const { return m_port; }
    QString prefix() const { return m_prefix; }

    // The model, under m_mutex.
    mutable QMutex m_mutex;
    struct Issue
    {
        QString body;
        QList<FakeComment> comments;
        QDateTime updatedAt;
    };
    std::map<std::pair<QString, int>, Issue> m_issues; // (repo lower, number)
    QList<FakePr> m_prs;
    QList<FaultRule> m_faults;
    QList<FakeRequest> m_log;
    Limit m_core;
    Limit m_search;
    bool m_rateHeaders = true;
    bool m_linkOn304 = true;
    bool m_mergedAtInSearch = true;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
    qint64 m_nextCommentId = 1'000'000;

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                socket->setParent(nullptr);
                m_sockets.append(socket);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onReadyRead(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_ready.release();
        exec();
        for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets))
            delete s.data();
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        if (socket->property("hung").toBool()) {
            socket->readAll();
            return;
        }
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                break;
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const Answer answer = handle(QString::fromLatin1(requestLine.value(1)), headers);
            if (answer.hang) {
                socket->setProperty("hung", true);
                return;
            }
            write(socket, answer);
            if (answer.cutOff) {
                socket->disconnectFromHost();
                return;
            }
        }
        socket->setProperty("buffer", buffer);
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 304:
            return "Not Modified";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 422:
            return "Unprocessable Entity";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 502:
            return "Bad Gateway";
        default:
            return "Status";
        }
    }

    void write(QTcpSocket *socket, const Answer &a)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + reason(a.status) + "\r\n";
        bool hasType = false;
        for (const auto &[name, value] : a.headers) {
            out += name + ": " + value + "\r\n";
            hasType = hasType || name.toLower() == "content-type";
        }
        if (!hasType && a.status != 304)
            out += "Content-Type: application/json; charset=utf-8\r\n";
        QByteArray body = a.body;
        if (a.cutOff) {
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
            out += body.left(body.size() / 2);
            socket->write(out);
            socket->flush();
            return;
        }
        if (a.status != 304)
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "Connection: keep-alive\r\n\r\n";
        if (a.status != 304)
            out += body;
        socket->write(out);
    }

    Limit &limitOf(const QString &resource) { return resource == u"search" ? m_search : m_core; }

    void addRateHeaders(Answer &a, const Limit &l, const QString &resource) const
    {
        if (!m_rateHeaders)
            return;
        a.headers.append(Header{"x-ratelimit-limit", QByteArray::number(l.limit)});
        a.headers.append(Header{"x-ratelimit-remaining", QByteArray::number(l.remaining)});
        a.headers.append(Header{"x-ratelimit-reset", QByteArray::number(l.reset.toSecsSinceEpoch())});
        a.headers.append(Header{"x-ratelimit-used", QByteArray::number(l.limit - l.remaining)});
        a.headers.append(Header{"x-ratelimit-resource", resource.toLatin1()});
    }

    static Answer json(int status, const QJsonDocument &doc)
    {
        Answer a;
        a.status = status;
        a.body = doc.toJson(QJsonDocument::Compact);
        return a;
    }

    static Answer message(int status, const QString &text)
    {
        return json(status, QJsonDocument(QJsonObject{{u"message"_s, text},
                                                      {u"documentation_url"_s, u"https://docs.github.com/rest"_s}}));
    }

    Answer handle(const QString &target, const QHash<QByteArray, QByteArray> &headers)
    {
        QMutexLocker lock(&m_mutex);
        const QUrl url(target);
        QString path = url.path();
        if (!m_prefix.isEmpty() && path.startsWith(m_prefix))
            path = path.mid(m_prefix.size());
        FakeRequest logged{path, QUrlQuery(url).query(QUrl::FullyDecoded), headers, 0};
        const QString resource = path.startsWith(u"/search/"_s) ? u"search"_s : u"core"_s;
        Answer a = route(url, path, headers, resource);
        logged.status = a.hang ? 0 : a.status;
        m_log.append(logged);
        return a;
    }

    Answer route(const QUrl &url, const QString &path, const QHash<QByteArray, QByteArray> &headers,
                 const QString &resource)
    {
        const QDateTime now = m_now();
        Limit &limit = limitOf(resource);
        if (!limit.reset.isValid() || now >= limit.reset) {
            limit.remaining = limit.limit;
            limit.reset = now.addSecs(limit.windowSecs);
        }

        // Injected faults first.
        const QString full = path + u'?' + QUrlQuery(url).query(QUrl::FullyDecoded);
        for (FaultRule &rule : m_faults) {
            if (rule.times <= 0 || !full.contains(rule.pathContains))
                continue;
            --rule.times;
            Answer a;
            switch (rule.fault) {
            case Fault::Status500:
                a = message(500, u"Server Error"_s);
                break;
            case Fault::Status502:
                a = message(502, u"Bad Gateway"_s);
                break;
            case Fault::Hang:
                a.hang = true;
                return a;
            case Fault::TruncatedJson:
                a = answerFor(url, path, headers, resource);
                a.headers.removeIf([](const auto &h) { return h.first == "ETag"; });
                a.body = a.body.left(a.body.size() / 2);
                return a;
            case Fault::CutOff:
                a = answerFor(url, path, headers, resource);
                a.cutOff = true;
                return a;
            case Fault::WrongContentType:
                a.status = 200;
                a.body = "<html><body>Sign in to GitHub</body></html>";
                a.headers.append(Header{"Content-Type", "text/html; charset=utf-8"});
                return a;
            case Fault::SecondaryLimit:
                a = message(
                    403,
                    u"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."_s);
                a.headers.append(Header{"retry-after", QByteArray::number(rule.retryAfter)});
                addRateHeaders(a, limit, resource);
                return a;
            case Fault::SecondaryNoRetry:
                return message(
                    403,
                    u"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."_s);
            case Fault::TooMany:
                a = message(429, u"Too many requests"_s);
                a.headers.append(Header{"retry-after", QByteArray::number(rule.retryAfter)});
                return a;
            }
            addRateHeaders(a, limit, resource);
            return a;
        }
        return answerFor(url, path, headers, resource);
    }

    Answer answerFor(const QUrl &url, const QString &path, const QHash<QByteArray, QByteArray> &headers,
                     const QString &resource)
    {
        Limit &limit = limitOf(resource);
        if (m_rateHeaders && limit.remaining <= 0) {
            Answer a = message(403, u"API rate limit exceeded for 127.0.0.1. (Authenticated requests get a higher "
                                    u"rate limit.)"_s);
            addRateHeaders(a, limit, resource);
            return a;
        }
        Answer a = content(url, path);
        if (a.status == 200) {
            const QByteArray etag = "W/\"" + QCryptographicHash::hash(a.body, QCryptographicHash::Sha1).toHex() + '"';
            a.headers.append(Header{"ETag", etag});
            a.headers.append(Header{"Last-Modified", "Thu, 21 Mar 2024 00:00:00 GMT"});
            a.headers.append(Header{"Cache-Control", "private, max-age=60, s-maxage=60"});
            a.headers.append(Header{"Vary", "Accept, Authorization, Cookie, X-GitHub-OTP"});
            if (headers.value("if-none-match") == etag) {
                Answer n;
                n.status = 304;
                n.headers.append(Header{"ETag", etag});
                if (m_linkOn304)
                    for (const auto &h : std::as_const(a.headers))
                        if (h.first == "Link")
                            n.headers.append(h);
                addRateHeaders(n, limit, resource);
                return n;
            }
        }
        if (m_rateHeaders)
            --limit.remaining;
        addRateHeaders(a, limit, resource);
        return a;
    }

    QString base() const { return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(m_prefix); }

    // A URL of this server for page n, other parameters kept (in their order).
    QString pageUrl(const QUrl &url, int page) const
    {
        QUrlQuery q(url);
        q.removeAllQueryItems(u"page"_s);
        QString text = base() + url.path().mid(m_prefix.size()) + u'?';
        QStringList parts;
        for (const auto &[k, v] : q.queryItems(QUrl::FullyDecoded))
            parts << QString::fromLatin1(QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v));
        parts << u"page=%1"_s.arg(page);
        return text + parts.join(u'&');
    }

    void addLinks(Answer &a, const QUrl &url, int page, int lastPage) const
    {
        QStringList links;
        if (page < lastPage)
            links << u"<%1>; rel=\"next\""_s.arg(pageUrl(url, page + 1))
                  << u"<%1>; rel=\"last\""_s.arg(pageUrl(url, lastPage));
        if (page > 1)
            links << u"<%1>; rel=\"first\""_s.arg(pageUrl(url, 1))
                  << u"<%1>; rel=\"prev\""_s.arg(pageUrl(url, page - 1));
        if (!links.isEmpty())
            a.headers.append(Header{"Link", links.join(u", "_s).toLatin1()});
    }

    Answer content(const QUrl &url, const QString &path)
    {
        static const QRegularExpression issueRe(u"^/repos/([^/]+/[^/]+)/issues/(\\d+)$"_s);
        static const QRegularExpression commentsRe(u"^/repos/([^/]+/[^/]+)/issues/(\\d+)/comments$"_s);
        static const QRegularExpression pullRe(u"^/repos/([^/]+/[^/]+)/pulls/(\\d+)$"_s);
        if (const auto m = issueRe.match(path); m.hasMatch())
            return issue(m.captured(1), m.captured(2).toInt());
        if (const auto m = commentsRe.match(path); m.hasMatch())
            return comments(url, m.captured(1), m.captured(2).toInt());
        if (const auto m = pullRe.match(path); m.hasMatch())
            return pull(m.captured(1), m.captured(2).toInt());
        if (path == u"/search/issues")
            return search(url);
        return message(404, u"Not Found"_s);
    }

    Answer issue(const QString &repo, int number)
    {
        const auto it = m_issues.find({repo.toLower(), number});
        if (it == m_issues.end())
            return message(404, u"Not Found"_s);
        const QJsonObject o{{u"url"_s, base() + u"/repos/%1/issues/%2"_s.arg(repo).arg(number)},
                            {u"html_url"_s, u"https://github.com/%1/issues/%2"_s.arg(repo).arg(number)},
                            {u"number"_s, number},
                            {u"state"_s, u"open"_s},
                            {u"title"_s, u"【Hackathon 6th】任务合集"_s},
                            {u"body"_s, it->second.body},
                            {u"user"_s, userJson(u"staff"_s)},
                            {u"comments"_s, int(it->second.comments.size())},
                            {u"created_at"_s, u"2024-03-20T11:00:00Z"_s},
                            {u"updated_at"_s, isoOrNull(it->second.updatedAt)}};
        return json(200, QJsonDocument(o));
    }

    Answer comments(const QUrl &url, const QString &repo, int number)
    {
        const auto it = m_issues.find({repo.toLower(), number});
        if (it == m_issues.end())
            return message(404, u"Not Found"_s);
        const QUrlQuery q(url);
        const int perPage =
            std::clamp(q.hasQueryItem(u"per_page"_s) ? q.queryItemValue(u"per_page"_s).toInt() : 30, 1, 100);
        const int page = std::max(1, q.hasQueryItem(u"page"_s) ? q.queryItemValue(u"page"_s).toInt() : 1);
        const QDateTime since =
            q.hasQueryItem(u"since"_s)
                ? QDateTime::fromString(q.queryItemValue(u"since"_s, QUrl::FullyDecoded), Qt::ISODate)
                : QDateTime();
        QList<const FakeComment *> matching;
        for (const FakeComment &c : it->second.comments)
            if (!since.isValid() || c.updatedAt >= since)
                matching.append(&c);
        const int lastPage = std::max<int>(1, int((matching.size() + perPage - 1) / perPage));
        QJsonArray items;
        for (qsizetype i = qsizetype(page - 1) * perPage; i < matching.size() && i < qsizetype(page) * perPage; ++i) {
            const FakeComment &c = *matching[i];
            items.append(QJsonObject{
                {u"id"_s, c.id},
                {u"node_id"_s, u"IC_kwDO%1"_s.arg(c.id)},
                {u"url"_s, base() + u"/repos/%1/issues/comments/%2"_s.arg(repo).arg(c.id)},
                {u"html_url"_s, u"https://github.com/%1/issues/%2#issuecomment-%3"_s.arg(repo).arg(number).arg(c.id)},
                {u"issue_url"_s, base() + u"/repos/%1/issues/%2"_s.arg(repo).arg(number)},
                {u"user"_s, userJson(c.login, c.bot)},
                {u"created_at"_s, iso(c.createdAt)},
                {u"updated_at"_s, iso(c.updatedAt)},
                {u"author_association"_s, u"NONE"_s},
                {u"body"_s, c.body},
                {u"reactions"_s, QJsonObject{{u"total_count"_s, 0}, {u"+1"_s, 0}}},
            });
        }
        Answer a = json(200, QJsonDocument(items));
        addLinks(a, url, page, lastPage);
        return a;
    }

    QJsonObject prJson(const FakePr &pr, bool searchItem) const
    {
        QJsonObject details{{u"url"_s, base() + u"/repos/%1/pulls/%2"_s.arg(pr.repo).arg(pr.number)},
                            {u"html_url"_s, u"https://github.com/%1/pull/%2"_s.arg(pr.repo).arg(pr.number)},
                            {u"diff_url"_s, u"https://github.com/%1/pull/%2.diff"_s.arg(pr.repo).arg(pr.number)},
                            {u"patch_url"_s, u"https://github.com/%1/pull/%2.patch"_s.arg(pr.repo).arg(pr.number)}};
        if (m_mergedAtInSearch)
            details.insert(u"merged_at"_s, isoOrNull(pr.mergedAt));
        QJsonObject o{{u"number"_s, pr.number},
                      {u"title"_s, pr.title},
                      {u"user"_s, userJson(pr.login)},
                      {u"state"_s, pr.open ? u"open"_s : u"closed"_s},
                      {u"created_at"_s, iso(pr.createdAt)},
                      {u"updated_at"_s, iso(pr.mergedAt.isValid() ? pr.mergedAt : pr.createdAt)},
                      {u"closed_at"_s,
                       pr.open ? QJsonValue() : QJsonValue(iso(pr.mergedAt.isValid() ? pr.mergedAt : pr.createdAt))},
                      {u"html_url"_s, u"https://github.com/%1/pull/%2"_s.arg(pr.repo).arg(pr.number)}};
        if (searchItem) {
            o.insert(u"url"_s, base() + u"/repos/%1/issues/%2"_s.arg(pr.repo).arg(pr.number));
            o.insert(u"repository_url"_s, base() + u"/repos/"_s + pr.repo);
            o.insert(u"pull_request"_s, details);
            o.insert(u"score"_s, 1.0);
        } else {
            o.insert(u"url"_s, details.value(u"url"_s));
            o.insert(u"merged"_s, pr.mergedAt.isValid());
            o.insert(u"merged_at"_s, isoOrNull(pr.mergedAt));
            o.insert(u"base"_s, QJsonObject{{u"repo"_s, QJsonObject{{u"full_name"_s, pr.repo}}}});
        }
        return o;
    }

    Answer pull(const QString &repo, int number)
    {
        for (const FakePr &pr : std::as_const(m_prs))
            if (pr.repo.compare(repo, Qt::CaseInsensitive) == 0 && pr.number == number)
                return json(200, QJsonDocument(prJson(pr, false)));
        return message(404, u"Not Found"_s);
    }

    Answer search(const QUrl &url)
    {
        const QUrlQuery query(url);
        const QString q = query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
        if (q.size() > 256)
            return json(422, QJsonDocument(QJsonObject{
                                 {u"message"_s, u"Validation Failed"_s},
                                 {u"errors"_s,
                                  QJsonArray{QJsonObject{{u"message"_s, u"The search is longer than 256 characters."_s},
                                                         {u"resource"_s, u"Search"_s},
                                                         {u"field"_s, u"q"_s},
                                                         {u"code"_s, u"invalid"_s}}}}}));
        // Terms: "phrase", qualifiers, words.
        QStringList phrases, repos;
        QDateTime from, to; // inclusive
        static const QRegularExpression token(uR"re("([^"]*)"|(\S+))re"_s);
        auto it = token.globalMatch(q);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.capturedLength(1) || m.captured(0) == u"\"\"") {
                phrases << m.captured(1).toLower();
                continue;
            }
            const QString t = m.captured(2);
            if (t.startsWith(u"repo:"_s)) {
                repos << t.mid(5).toLower();
            } else if (t.startsWith(u"created:"_s)) {
                const QString v = t.mid(8);
                if (v.startsWith(u">="_s))
                    from = qualifierTime(v.mid(2), false);
                else if (v.startsWith(u'>'))
                    from = qualifierTime(v.mid(1), false).addSecs(1);
                else if (v.startsWith(u"<="_s))
                    to = qualifierTime(v.mid(2), true);
                else if (v.startsWith(u'<'))
                    to = qualifierTime(v.mid(1), false).addSecs(-1);
                else if (const qsizetype dots = v.indexOf(u".."_s); dots > 0) {
                    if (v.left(dots) != u"*")
                        from = qualifierTime(v.left(dots), false);
                    if (v.mid(dots + 2) != u"*")
                        to = qualifierTime(v.mid(dots + 2), true);
                }
            } else if (t.startsWith(u"in:"_s) || t.startsWith(u"is:"_s)) {
                continue;
            } else {
                phrases << t.toLower();
            }
        }
        QList<const FakePr *> matching;
        for (const FakePr &pr : std::as_const(m_prs)) {
            if (!repos.isEmpty() && !repos.contains(pr.repo.toLower()))
                continue;
            if ((from.isValid() && pr.createdAt < from) || (to.isValid() && pr.createdAt > to))
                continue;
            const QString title = pr.title.toLower().simplified();
            if (!std::all_of(phrases.cbegin(), phrases.cend(), [&](const QString &p) { return title.contains(p); }))
                continue;
            matching.append(&pr);
        }
        const bool desc = query.queryItemValue(u"order"_s) == u"desc";
        std::stable_sort(matching.begin(), matching.end(), [desc](const FakePr *a, const FakePr *b) {
            return desc ? a->createdAt > b->createdAt : a->createdAt < b->createdAt;
        });
        const int perPage =
            std::clamp(query.hasQueryItem(u"per_page"_s) ? query.queryItemValue(u"per_page"_s).toInt() : 30, 1, 100);
        const int page = std::max(1, query.hasQueryItem(u"page"_s) ? query.queryItemValue(u"page"_s).toInt() : 1);
        const qsizetype reachable = std::min<qsizetype>(matching.size(), 1000);
        if (qsizetype(page - 1) * perPage >= 1000)
            return message(422, u"Only the first 1000 search results are available"_s);
        QJsonArray items;
        for (qsizetype i = qsizetype(page - 1) * perPage; i < reachable && i < qsizetype(page) * perPage; ++i)
            items.append(prJson(*matching[i], true));
        Answer a = json(200, QJsonDocument(QJsonObject{{u"total_count"_s, int(matching.size())},
                                                       {u"incomplete_results"_s, false},
                                                       {u"items"_s, items}}));
        addLinks(a, url, page, std::max<int>(1, int((reachable + perPage - 1) / perPage)));
        return a;
    }

    QString m_prefix;
    quint16 m_port = 0;
    QSemaphore m_ready;
    QList<QPointer<QTcpSocket>> m_sockets;
};

FakeGitHub::FakeGitHub(const QString &apiPrefix)
    : m_server(std::make_unique<Server>(apiPrefix))
{
    ensureCoreApplication();
    m_server->startAndWait();
}

FakeGitHub::~FakeGitHub() = default;

QString FakeGitHub::apiUrl() const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_server->port()).arg(m_server->prefix());
}

void FakeGitHub::setIssue(const QString &repo, int number, const QString &body)
{
    QMutexLocker lock(&m_server->m_mutex);
    auto &issue = m_server->m_issues[{repo.toLower(), number}];
    issue.body = body;
    issue.updatedAt = m_server->m_now();
}

qint64 FakeGitHub::addComment(const QString &repo, int number, const QString &login, const QString &body,
                              const QDateTime &createdAt, bool bot)
{
    QMutexLocker lock(&m_server->m_mutex);
    auto &issue = m_server->m_issues[{repo.toLower(), number}];
    const qint64 id = ++m_server->m_nextCommentId;
    issue.comments.append({id, login, body, createdAt.toUTC(), createdAt.toUTC(), bot});
    return id;
}

void FakeGitHub::editComment(qint64 id, const QString &body, const QDateTime &updatedAt)
{
    QMutexLocker lock(&m_server->m_mutex);
    for (auto &[key, issue] : m_server->m_issues)
        for (FakeComment &c : issue.comments)
            if (c.id == id) {
                c.body = body;
                c.updatedAt = updatedAt.toUTC();
            }
}

void FakeGitHub::addPr(const FakePr &pr)
{
    QMutexLocker lock(&m_server->m_mutex);
    m_server->m_prs.append(pr);
}

void FakeGitHub::mergePr(const QString &repo, int number, const QDateTime &mergedAt)
{
    QMutexLocker lock(&m_server->m_mutex);
    for (FakePr &pr : m_server->m_prs)
        if (pr.repo == repo && pr.number == number) {
            pr.open = false;
            pr.mergedAt = mergedAt.toUTC();
        }
}

void FakeGitHub::closePr(const QString &repo, int number)
{
    QMutexLocker lock(&m_server->m_mutex);
    for (FakePr &pr : m_server->m_prs)
        if (pr.repo == repo && pr.number == number) {
            pr.open = false;
            pr.mergedAt = {};
        }
}

int FakeGitHub::commentCount() const
{
    QMutexLocker lock(&m_server->m_mutex);
    int n = 0;
    for (const auto &[key, issue] : m_server->m_issues)
        n += int(issue.comments.size());
    return n;
}

void FakeGitHub::failNext(const QString &pathContains, Fault fault, int times, int retryAfterSeconds)
{
    QMutexLocker lock(&m_server->m_mutex);
    m_server->m_faults.append({pathContains, fault, times, retryAfterSeconds});
}

void FakeGitHub::setCoreLimit(int limit, int remaining, const QDateTime &reset)
{
    QMutexLocker lock(&m_server->m_mutex);
    m_server->m_core.limit = limit;
    m_server->m_core.remaining = remaining;
    m_server->m_core.reset = reset.toUTC();
}

void FakeGitHub::setSearchLimit(int perMinute)
{
    QMutexLocker lock(&m_server->m_mutex);
    m_server->m_search.limit = perMinute;
    m_server->m_search.remaining = perMinute;
    m_server->m_search.reset = {};
}

void FakeGitHub::setRateLimitHeaders(bool on)
{
    QMutexLocker lock(&m_server->m_mutex);
    m_server->m_rateHeaders = on;
}

void FakeGitHub::setLinkOn304(bool on)
{
    QMutexLocker lock(&m_server->m_mutex);
    m_server->m_linkOn304 = on;
}

void FakeGitHub::setMergedAtInSearch(bool on)
{
    QMutexLocker lock(&m_server->m_mutex);
    m_server->m_mergedAtInSearch = on;
}

void FakeGitHub::setNow(std::function<QDateTime()> now)
{
    QMutexLocker lock(&m_server->m_mutex);
    m_server->m_now = std::move(now);
}

QList<FakeRequest> FakeGitHub::requests() const
{
    QMutexLocker lock(&m_server->m_mutex);
    return m_server->m_log;
}

void FakeGitHub::clearRequests()
{
    QMutexLocker lock(&m_server->m_mutex);
    m_server->m_log.clear();
}

int FakeGitHub::count(int status) const
{
    QMutexLocker lock(&m_server->m_mutex);
    return int(std::count_if(m_server->m_log.cbegin(), m_server->m_log.cend(),
                             [status](const FakeRequest &r) { return r.status == status; }));
}

} // namespace hd::test
