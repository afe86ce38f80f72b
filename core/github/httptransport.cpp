#include "httptransport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace hd {

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
