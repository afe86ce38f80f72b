#pragma once

// The back end an event test runs on. By default an SQLite file; with HACKDESK_TEST_BACKEND set to the
// throw-away PostgreSQL server's URL (the ctest names "pg:…", label postgres, tests/CMakeLists.txt) a fresh
// database on that server instead, so that the core and command-line suites run unchanged on both back ends.
//
// A test asks for its event with eventDb(dir, name) where it would have used dir.path(name). Tests about
// the SQLite file itself (its bytes, backups beside it, old schema files, corruption) keep dir.path().

#include "support/pgtest.h"
#include "testutil.h"

#include <QHash>
#include <QStringList>

#include <gtest/gtest.h>

namespace hd::test {

inline bool onPostgres()
{
    return qEnvironmentVariable("HACKDESK_TEST_BACKEND").startsWith(QLatin1String("postgresql://"));
}

namespace detail {

// The databases this test made on the server, dropped when it ends (after its fixture is gone), so that a
// whole run does not fill the server's disk.
class PostgresEvents : public ::testing::EmptyTestEventListener
{
public:
    static PostgresEvents &instance()
    {
        static PostgresEvents *events = [] {
            auto *e = new PostgresEvents;
            ::testing::UnitTest::GetInstance()->listeners().Append(e); // gtest owns it
            return e;
        }();
        return *events;
    }

    QString urlFor(const QString &key)
    {
        auto it = m_urls.constFind(key);
        if (it != m_urls.constEnd())
            return *it;
        const QString url = freshPostgresDatabase();
        if (!url.isEmpty())
            m_urls.insert(key, url);
        return url;
    }

    void OnTestEnd(const ::testing::TestInfo &) override
    {
        using namespace Qt::StringLiterals;
        if (m_urls.isEmpty())
            return;
        QStringList drops;
        for (const QString &url : std::as_const(m_urls))
            drops << u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(url.section(u'/', -1));
        onPostgresServer(drops);
        m_urls.clear();
    }

private:
    QHash<QString, QString> m_urls;
};

} // namespace detail

// Where a test's event lives: the file `name` in `dir`, or on PostgreSQL a database of its own (the same
// one each time it is asked for with the same folder and name).
inline QString eventDb(const TempDir &dir, const QString &name)
{
    const QString file = dir.path(name);
    return onPostgres() ? detail::PostgresEvents::instance().urlFor(file) : file;
}

} // namespace hd::test

// Skips a test that is about the SQLite file itself, naming why, when the suite runs on PostgreSQL.
#define HD_SQLITE_FILE_ONLY(why)                                                                                   \
    do {                                                                                                           \
        if (::hd::test::onPostgres())                                                                              \
            GTEST_SKIP() << "about the SQLite file itself: " << (why);                                             \
    } while (false)
