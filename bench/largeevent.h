#pragma once

// The large event the window and shared-event benchmarks open: ten times the 6th edition's track 1
// (2,000 tasks in ten directions, 6,000 people, 10,000 claims in every status), next to the demo data.

#include "model/error.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QList>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace hd::bench {

struct LargeEventSizes
{
    int tasks = 2000;
    int people = 6000;
    int claims = 10000;
};

inline void execOrThrow(QSqlQuery &q)
{
    if (!q.exec())
        throw Error(QStringLiteral("%1: %2").arg(q.lastQuery(), q.lastError().text()));
}

// Track-1 tasks in ten directions, people, and claims spread over them in every status.
inline void populateLargeEvent(const Database &db, const LargeEventSizes &sizes)
{
    using namespace Qt::StringLiterals;
    QRandomGenerator rng(20240320);
    Transaction tx(db);
    EventRepository events(db);
    const qint64 track = events.resolveTrack(u"tasks"_s).id;
    QList<qint64> directions;
    for (int d = 0; d < 10; ++d)
        directions << events.ensureDirection(track, u"方向 %1"_s.arg(d + 1));
    QSqlQuery task(db.connection()), person(db.connection()), claim(db.connection());
    task.prepare(u"INSERT INTO task (track_id, number, title, direction_id, stars_milli) VALUES (?, ?, ?, ?, ?)"_s);
    person.prepare(u"INSERT INTO participant (login, name) VALUES (?, ?)"_s);
    claim.prepare(u"INSERT OR IGNORE INTO claim (task_id, participant_id, status, claimed_at, updated_at) "
                  u"VALUES (?, ?, ?, '2024-03-25T00:00:00Z', '2024-04-25T00:00:00Z')"_s);
    QList<qint64> tasks, people;
    for (int i = 0; i < sizes.tasks; ++i) {
        task.bindValue(0, track);
        task.bindValue(1, 1000 + i);
        task.bindValue(2, u"为 Paddle 新增 api_%1 API"_s.arg(i + 1));
        task.bindValue(3, directions[i % directions.size()]);
        task.bindValue(4, 1000 * (1 + i % 3));
        execOrThrow(task);
        tasks << task.lastInsertId().toLongLong();
    }
    for (int i = 0; i < sizes.people; ++i) {
        person.bindValue(0, u"dev-%1"_s.arg(i + 1));
        person.bindValue(1, u"开发者 %1"_s.arg(i + 1));
        execOrThrow(person);
        people << person.lastInsertId().toLongLong();
    }
    for (int i = 0; i < sizes.claims; ++i) {
        claim.bindValue(0, tasks[rng.bounded(int(tasks.size()))]);
        claim.bindValue(1, people[rng.bounded(int(people.size()))]);
        claim.bindValue(2, int(rng.bounded(6)));
        execOrThrow(claim);
    }
    tx.commit();
}

} // namespace hd::bench
