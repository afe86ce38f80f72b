#pragma once

#include "clock.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkProxy>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace hd {

// One GET with its headers and the longest pause allowed in its transfer.
struct HttpRequest
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    int transferTimeoutMs = 30'000;
};

// What came back: an HTTP status with headers and body, or a failure below HTTP.
struct HttpResponse
{
    enum class Failure {
        None,     // an HTTP answer, whatever its status
        Timeout,  // nothing moved for the transfer timeout
        Network,  // refused, reset, cut off mid-body, DNS, TLS …
        Cancelled // the cancel token was set
    };

    Failure failure = Failure::None;
    QString errorString; // for Timeout and Network
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

// Sends GETs one at a time and blocks the calling thread (running its event loop) until each ends.
class HttpTransport
{
public:
    virtual ~HttpTransport() = default;
    virtual HttpResponse get(const HttpRequest &request, const CancelToken &cancel) = 0;
};

// localhost, 127.0.0.0/8, ::1: never proxied, and plain HTTP with a token is allowed there (tests).
bool isLoopbackHost(const QString &host);

// The proxy a request to `url` goes through, from the environment as curl reads it: https_proxy for
// https, http_proxy for http (either also in capitals), all_proxy for both; "host:port", "http://[user:
// password@]host[:port]" (port 1080 when not given) or "socks5://…". No proxy for loopback hosts, nor for
// the hosts no_proxy lists ("*" for all; "example.org" and ".example.org" also cover its subdomains).
// Throws hd::Error naming the variable when it is not a proxy address.
QNetworkProxy proxyFor(const QUrl &url, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// The transport over QNetworkAccessManager, for the thread that creates it. Redirects are followed only
// to the same origin, so that a token never goes to another host; nothing is cached or stored on disk.
// Requests go through the proxy of the environment (proxyFor); a bad proxy setting fails the request
// with a Network failure that says so.
class NetworkTransport final : public HttpTransport
{
public:
    NetworkTransport();
    ~NetworkTransport() override;
    NetworkTransport(const NetworkTransport &) = delete;
    NetworkTransport &operator=(const NetworkTransport &) = delete;

    HttpResponse get(const HttpRequest &request, const CancelToken &cancel) override;

private:
    QNetworkAccessManager *m_nam;
};

} // namespace hd
