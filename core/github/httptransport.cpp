#include "httptransport.h"

#include "model/error.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GitHubClient)
};

QString variable(const QProcessEnvironment &env, const QString &name, QString *found)
{
    for (const QString &n : {name, name.toUpper()}) {
        const QString value = env.value(n).trimmed();
        if (!value.isEmpty()) {
            *found = n;
            return value;
        }
    }
    return {};
}

bool listedInNoProxy(const QString &host, const QString &noProxy)
{
    for (QString entry : noProxy.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed();
        if (entry == u"*")
            return true;
        if (const qsizetype colon = entry.lastIndexOf(u':'); colon > 0 && !entry.contains(u']'))
            entry.truncate(colon); // a port: every port
        while (entry.startsWith(u'.') || entry.startsWith(u'*'))
            entry.remove(0, 1);
        if (entry.isEmpty())
            continue;
        if (host.compare(entry, Qt::CaseInsensitive) == 0 || host.endsWith(u'.' + entry, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost"_s, Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QNetworkProxy proxyFor(const QUrl &url, const QProcessEnvironment &env)
{
    const QString host = url.host();
    if (host.isEmpty() || isLoopbackHost(host))
        return QNetworkProxy::NoProxy;
    QString name;
    QString value = variable(env, url.scheme() == u"https" ? u"https_proxy"_s : u"http_proxy"_s, &name);
    if (value.isEmpty())
        value = variable(env, u"all_proxy"_s, &name);
    if (value.isEmpty())
        return QNetworkProxy::NoProxy;
    QString noProxyName;
    if (listedInNoProxy(host, variable(env, u"no_proxy"_s, &noProxyName)))
        return QNetworkProxy::NoProxy;

    const QUrl proxy = QUrl(value.contains(u"://"_s) ? value : u"http://"_s + value, QUrl::StrictMode);
    const QString scheme = proxy.scheme().toLower();
    const bool socks = scheme == u"socks5" || scheme == u"socks5h";
    if (!proxy.isValid() || proxy.host().isEmpty() || (!socks && scheme != u"http" && scheme != u"https"))
        throw Error(Tr::tr("%1 \"%2\" is not a proxy address (http://host:port).").arg(name, value));
    QNetworkProxy p(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, proxy.host(),
                    quint16(proxy.port(1080)));
    p.setUser(proxy.userName(QUrl::FullyDecoded));
    p.setPassword(proxy.password(QUrl::FullyDecoded));
    return p;
}

NetworkTransport::NetworkTransport()
    : m_nam(new QNetworkAccessManager)
{
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

NetworkTransport::~NetworkTransport()
{
    delete m_nam;
}

HttpResponse NetworkTransport::get(const HttpRequest &request, const CancelToken &cancel)
{
    HttpResponse response;
    if (cancel.isCancelled()) {
        response.failure = HttpResponse::Failure::Cancelled;
        return response;
    }
    try {
        m_nam->setProxy(proxyFor(request.url));
    } catch (const Error &e) {
        response.failure = HttpResponse::Failure::Network;
        response.errorString = e.message();
        return response;
    }
    QNetworkRequest req(request.url);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    req.setTransferTimeout(request.transferTimeoutMs);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    QNetworkReply *reply = m_nam->get(req);
    bool cancelled = false;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled() && !cancelled) {
            cancelled = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        poll.start();
        loop.exec();
    }

    const QNetworkReply::NetworkError error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (cancelled) {
        response.failure = HttpResponse::Failure::Cancelled;
    } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        // QNetworkRequest's transfer timeout aborts the reply: the only other abort is ours.
        response.failure = HttpResponse::Failure::Timeout;
        response.errorString = reply->errorString();
    } else if ((error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) || !status.isValid()) {
        // Below HTTP (connection, proxy, TLS) or a body cut off: there is no whole answer to read.
        response.failure = HttpResponse::Failure::Network;
        response.errorString = reply->errorString();
    } else {
        response.status = status.toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        response.body = reply->readAll();
    }
    delete reply; // finished: safe to delete here, outside its signals

    return response;
}

} // namespace hd
