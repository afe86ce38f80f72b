#pragma once

// A fresh PostgreSQL database per test, on the throw-away server of the ctest fixture "postgres"
// (tests/support/pgserver.sh), whose URL is in HACKDESK_TEST_PG.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <atomic>
#include <gtest/gtest.h>

namespace hd::test {

// The server's URL (its maintenance database "postgres"), or empty outside ctest: HACKDESK_TEST_PG for the
// PostgreSQL tests, HACKDESK_TEST_BACKEND for the core and command-line suites run on it (support/backend.h).
inline QString postgresServerUrl()
{
    const QString pg = qEnvironmentVariable("HACKDESK_TEST_PG");
    return pg.isEmpty() ? qEnvironmentVariable("HACKDESK_TEST_BACKEND") : pg;
}

// Runs statements one by one on the server's maintenance database as its superuser, over the socket;
// true when every one succeeded, else false with the first error in `error`.
inline bool onPostgresServer(const QStringList &statements, QString *error = nullptr)
{
    using namespace Qt::StringLiterals;
    // postgresql://hackdesk@%2Fsocket%2Fdir:5432/postgres
    const QString socket =
        postgresServerUrl().section(u'@', 1).section(u':', 0, 0).replace(u"%2F"_s, u"/"_s);
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pgtest-admin"_s);
        admin.setHostName(socket);
        admin.setUserName(u"hackdesk"_s);
        admin.setDatabaseName(u"postgres"_s);
        ok = admin.open();
        if (!ok && error)
            *error = admin.lastError().text();
        QSqlQuery q(admin);
        for (qsizetype i = 0; ok && i < statements.size(); ++i) {
            ok = q.exec(statements[i]);
            if (!ok && error)
                *error = q.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"pgtest-admin"_s);
    return ok;
}

// Creates an empty database (C collation, UTF-8) and returns its postgresql:// URL; empty, with a test
// failure, when the server cannot be reached.
inline QString freshPostgresDatabase()
{
    using namespace Qt::StringLiterals;
    const QString server = postgresServerUrl();
    if (server.isEmpty()) {
        ADD_FAILURE() << "HACKDESK_TEST_PG is not set: run the PostgreSQL tests through ctest (fixture postgres)";
        return {};
    }
    static std::atomic<int> counter{0};
    const QString name = u"hd_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter);
    QString error;
    if (!onPostgresServer(
            {u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"_s.arg(name)},
            &error)) {
        ADD_FAILURE() << "cannot create a test database on " << server.toStdString() << ": " << error.toStdString();
        return {};
    }
    return QString(server).replace(u"/postgres"_s, u'/' + name);
}

} // namespace hd::test
