#pragma once

#include "demo/demoevent.h"
#include "github/sync.h"
#include "parsing/issuemarkdown.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sqlquery.h"
#include "support/fakegithub.h"
#include "support/backend.h"
#include "support/dbdump.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QTimeZone>

#include <memory>

// Shared by the sync tests and the sync benchmark: an event like the 6th edition whose GitHub is a
// FakeGitHub, a manual clock and helpers to build issue bodies and look at the database.

namespace hd::test {

inline const QString TasksIssueRepo = QStringLiteral("PaddlePaddle/Paddle");
inline constexpr int TasksIssue = 62905;

// A task table in the event's format: numbers, some of them struck (removed).
inline QString taskTableBody(const QList<int> &numbers, const QList<int> &removed = {},
                             TrackKind kind = TrackKind::Tasks)
{
    IssueTaskList list;
    list.preamble = QStringLiteral("任务列表");
    list.directions << QStringLiteral("框架 API 开发");
    for (const int n : numbers) {
        IssueTask t;
        t.direction = list.directions.first();
        t.number = n;
        t.stars = Stars::whole(1);
        t.title = QStringLiteral("任务 %1").arg(n);
        t.url = QStringLiteral("https://github.com/PaddlePaddle/Paddle/issues/%1").arg(70000 + n);
        t.struck = removed.contains(n);
        list.tasks.append(t);
    }
    return writeIssueBody(list, kind);
}

// Every row of the tables a sync writes, as one hash: equal hashes, equal databases.
inline QByteArray databaseHash(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &table : {QStringLiteral("task"), QStringLiteral("participant"), QStringLiteral("claim"),
                                 QStringLiteral("pull_request"), QStringLiteral("pr_task"), QStringLiteral("problem"),
                                 QStringLiteral("setting"), QStringLiteral("direction"), QStringLiteral("track")}) {
        SqlQuery q(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        q.exec();
        while (q.next()) {
            const QSqlRecord r = q.raw().record();
            for (int i = 0; i < r.count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\n");
        }
        hash.addData(table.toUtf8());
    }
    return hash.result().toHex();
}

// An initialised event synced against a fake GitHub with a manual clock.
class SyncFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ensureCoreApplication();
        db = std::make_unique<Database>(databaseLocation());
        initEvent(*db);
        EventRepository events(*db);
        events.setSetting(QStringLiteral("github.api-url"), server.apiUrl());
        for (const Track &t : events.tracks())
            events.setSetting(QStringLiteral("track.%1.issue").arg(t.id), QString());
        tasksTrack = events.resolveTrack(QStringLiteral("tasks"));
        events.setSetting(QStringLiteral("track.%1.issue").arg(tasksTrack.id),
                          QStringLiteral("%1#%2").arg(TasksIssueRepo).arg(TasksIssue));
        server.setNow([this] { return clock.now(); });
        options.transferTimeoutMs = 2000;
    }

    // Where the event lives: an SQLite file, or a database on the server (tests/support/backend.h).
    virtual QString databaseLocation() { return eventDb(dir, QStringLiteral("e.sqlite")); }

    SyncReport sync()
    {
        NetworkTransport transport;
        return runSync(*db, options, transport, clock, cancel, listener);
    }

    // The sync's error message, or empty when it succeeded.
    QString syncError()
    {
        try {
            sync();
        } catch (const Error &e) {
            return e.message();
        }
        return {};
    }

    int count(const QString &sql) const { return SqlQuery::scalar(*db, sql).toInt(); }
    QDateTime at(int day, int hour = 12) const
    {
        return QDateTime(QDate(2024, 3, day), QTime(hour, 0), QTimeZone::utc());
    }

    TempDir dir;
    std::unique_ptr<Database> db;
    Track tasksTrack;
    ManualClock clock{QDateTime(QDate(2024, 4, 20), QTime(12, 0), QTimeZone::utc())};
    FakeGitHub server;
    SyncOptions options;
    CancelToken cancel;
    SyncListener *listener = nullptr;
};

} // namespace hd::test
