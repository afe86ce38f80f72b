#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace hd {

// The one error type of the core: a message fit to show a user, naming what went wrong and where.
class Error : public std::exception
{
public:
    explicit Error(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {}
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace hd
