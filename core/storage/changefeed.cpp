#include "changefeed.h"

#include "database.h"
#include "model/error.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChangeFeed)
};
} // namespace

ChangeFeed::ChangeFeed(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (db.backend() != Backend::Postgres)
        throw Error(Tr::tr("%1 is a file: only a shared event (postgresql://…) announces its changes.").arg(db.path()));
    QSqlDriver *driver = db.connection().driver();
    if (!driver->subscribeToNotification(SqlDialect::changeChannel()))
        throw Error(Tr::tr("Cannot listen for changes on %1: %2").arg(db.path(), driver->lastError().text()));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (channel != SqlDialect::changeChannel())
                    return;
                const QByteArray json = payload.toString().toUtf8();
                const QJsonObject o = QJsonDocument::fromJson(json).object();
                emit changed(Change{o[u"table"_s].toString(), o[u"op"_s].toString(), o[u"key"_s].toObject(),
                                    QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)),
                                    source == QSqlDriver::SelfSource});
            });
    // A dropped connection says nothing by itself: ask the server now and then.
    m_check.setInterval(3000);
    connect(&m_check, &QTimer::timeout, this, [this] {
        QSqlQuery q(m_db.connection());
        if (!q.exec(u"SELECT 1"_s)) {
            m_check.stop();
            emit lost(Tr::tr("The connection to %1 was lost: %2").arg(m_db.path(), q.lastError().text()));
        }
    });
    m_check.start();
}

ChangeFeed::~ChangeFeed()
{
    if (QSqlDriver *driver = m_db.connection().driver())
        driver->unsubscribeFromNotification(SqlDialect::changeChannel());
}

} // namespace hd
