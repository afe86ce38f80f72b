// The summary's tallies (migration 9): kept by triggers as rows change, on both back ends. After every one of
// a few hundred random writes of every kind that moves a figure (people, teams, tasks added, removed, moved,
// finished and deleted, claims and PR links added, moved and deleted, one row or several in a statement,
// writes the schema refuses), they equal the figures counted from the rows.

#include "summaryevent.h"
#include "support/backend.h"
#include "testutil.h"

#include "model/error.h"
#include "storage/eventcopy.h"

#include <QRandomGenerator>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// What differs between two sets of counts, in words; empty when they are the same.
QString difference(const SummaryCounts &got, const SummaryCounts &want)
{
    QStringList out;
    if (got.participants != want.participants || got.teams != want.teams || got.claims != want.claims)
        out << u"totals %1/%2/%3, counted %4/%5/%6"_s.arg(got.participants).arg(got.teams).arg(got.claims)
                   .arg(want.participants).arg(want.teams).arg(want.claims);
    QList<qint64> tracks = got.tracks.keys() + want.tracks.keys();
    std::sort(tracks.begin(), tracks.end());
    tracks.erase(std::unique(tracks.begin(), tracks.end()), tracks.end());
    for (qint64 t : tracks) {
        const TrackProgress g = got.tracks.value(t), w = want.tracks.value(t);
        if (got.tracks.contains(t) != want.tracks.contains(t) || g.tasks != w.tasks || g.claimed != w.claimed
            || g.submitted != w.submitted || g.completed != w.completed)
            out << u"track %1: %2/%3/%4/%5, counted %6/%7/%8/%9"_s.arg(t).arg(g.tasks).arg(g.claimed)
                       .arg(g.submitted).arg(g.completed).arg(w.tasks).arg(w.claimed).arg(w.submitted)
                       .arg(w.completed);
    }
    return out.join(u"; "_s);
}

QList<qint64> ids(const Database &db, const QString &sql)
{
    QList<qint64> out;
    SqlQuery q(db, sql);
    q.exec();
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

// A write the test makes; a write the schema refuses (a duplicate, a task with claims deleted) changes
// nothing, tallies included.
struct Writer
{
    const Database &db;
    QRandomGenerator random{20261207};
    int refused = 0;

    qint64 pick(const QString &sql)
    {
        const QList<qint64> all = ids(db, sql);
        return all.isEmpty() ? 0 : all[random.bounded(int(all.size()))];
    }
    void run(const QString &sql, const QVariantList &args)
    {
        try {
            SqlQuery q(db, sql);
            for (const QVariant &a : args)
                q.bindValue(a);
            q.exec();
        } catch (const Error &) {
            ++refused;
        }
    }
};

} // namespace

TEST(Tally, EqualsTheCountedFiguresAfterEveryKindOfWrite)
{
    TempDir dir;
    Database db(eventDb(dir, u"t.sqlite"_s));
    addSummaryCorners(db);
    ASSERT_EQ(difference(ProgressRepository(db).summaryCounts(), summaryCountsFigureByFigure(db)), QString());

    Writer w{db};
    const QString anyTrack = u"SELECT id FROM track"_s, anyTask = u"SELECT id FROM task"_s,
                  anyPerson = u"SELECT id FROM participant"_s, anyPr = u"SELECT id FROM pull_request"_s;
    struct Step
    {
        const char *name;
        std::function<void()> write;
    };
    int serial = 0;
    const QList<Step> steps = {
        {"add a person", [&] { w.run(u"INSERT INTO participant (login) VALUES (?)"_s, {u"tally-%1"_s.arg(++serial)}); }},
        {"delete a person",
         [&] { w.run(u"DELETE FROM participant WHERE id = ?"_s, {w.pick(u"SELECT id FROM participant WHERE substr(login, 1, 6) = 'tally-'"_s)}); }},
        {"add a team", [&] { w.run(u"INSERT INTO team (name) VALUES (?)"_s, {u"tally-team-%1"_s.arg(++serial)}); }},
        {"delete a team", [&] { w.run(u"DELETE FROM team WHERE id = ?"_s, {w.pick(u"SELECT id FROM team"_s)}); }},
        {"add a task",
         [&] {
             w.run(u"INSERT INTO task (track_id, number, title, removed, finisher_id) VALUES (?, ?, 'tally', ?, ?)"_s,
                   {w.pick(anyTrack), 1000 + ++serial, w.random.bounded(4) == 0 ? 1 : 0,
                    w.random.bounded(3) == 0 ? QVariant(w.pick(anyPerson)) : QVariant(QMetaType::fromType<qint64>())});
         }},
        {"try to delete a claimed task", [&] { w.run(u"DELETE FROM task WHERE id = ?"_s, {w.pick(u"SELECT task_id FROM claim"_s)}); }},
        {"delete a task without claims",
         [&] { w.run(u"DELETE FROM task WHERE id = ?"_s, {w.pick(u"SELECT id FROM task WHERE id NOT IN (SELECT task_id FROM claim)"_s)}); }},
        {"remove or restore a task", [&] { w.run(u"UPDATE task SET removed = 1 - removed WHERE id = ?"_s, {w.pick(anyTask)}); }},
        {"move a task to another track",
         [&] { w.run(u"UPDATE task SET track_id = ?, number = ? WHERE id = ?"_s, {w.pick(anyTrack), 5000 + ++serial, w.pick(anyTask)}); }},
        {"finish a task", [&] { w.run(u"UPDATE task SET finisher_id = ? WHERE id = ?"_s, {w.pick(anyPerson), w.pick(anyTask)}); }},
        {"unfinish a task", [&] { w.run(u"UPDATE task SET finisher_id = NULL WHERE id = ?"_s, {w.pick(anyTask)}); }},
        {"edit a task without moving a figure",
         [&] { w.run(u"UPDATE task SET title = title || '.', removed = removed, track_id = track_id WHERE id = ?"_s, {w.pick(anyTask)}); }},
        {"add a claim",
         [&] {
             w.run(u"INSERT INTO claim (task_id, participant_id, claimed_at, updated_at) VALUES (?, ?, 'x', 'x')"_s,
                   {w.pick(anyTask), w.pick(anyPerson)});
         }},
        {"add two claims to a task in one statement",
         [&] {
             const qint64 task = w.pick(anyTask);
             w.run(u"INSERT INTO claim (task_id, participant_id, claimed_at, updated_at) VALUES (?, ?, 'x', 'x'), "
                   u"(?, ?, 'x', 'x')"_s,
                   {task, w.pick(anyPerson), task, w.pick(anyPerson)});
         }},
        {"move every claim of a task to another", [&] { w.run(u"UPDATE claim SET task_id = ? WHERE task_id = ?"_s, {w.pick(anyTask), w.pick(u"SELECT task_id FROM claim"_s)}); }},
        {"delete every claim of a task", [&] { w.run(u"DELETE FROM claim WHERE task_id = ?"_s, {w.pick(u"SELECT task_id FROM claim"_s)}); }},
        {"remove or restore every task of a track", [&] { w.run(u"UPDATE task SET removed = ? WHERE track_id = ?"_s, {w.random.bounded(2), w.pick(anyTrack)}); }},
        {"delete a claim", [&] { w.run(u"DELETE FROM claim WHERE id = ?"_s, {w.pick(u"SELECT id FROM claim"_s)}); }},
        {"move a claim to another task",
         [&] { w.run(u"UPDATE claim SET task_id = ? WHERE id = ?"_s, {w.pick(anyTask), w.pick(u"SELECT id FROM claim"_s)}); }},
        {"link a PR", [&] { w.run(u"INSERT INTO pr_task (pr_id, task_id) VALUES (?, ?)"_s, {w.pick(anyPr), w.pick(anyTask)}); }},
        {"unlink a PR", [&] { w.run(u"DELETE FROM pr_task WHERE task_id = ?"_s, {w.pick(u"SELECT task_id FROM pr_task"_s)}); }},
        {"move a PR link",
         [&] { w.run(u"UPDATE pr_task SET task_id = ? WHERE task_id = ?"_s, {w.pick(anyTask), w.pick(u"SELECT task_id FROM pr_task"_s)}); }},
        {"delete a PR with its links", [&] { w.run(u"DELETE FROM pull_request WHERE id = ?"_s, {w.pick(anyPr)}); }},
        {"add a track", [&] { w.run(u"INSERT INTO track (position, name, kind) VALUES (9, ?, 'tasks')"_s, {u"tally-track-%1"_s.arg(++serial)}); }},
        {"delete a track", [&] { w.run(u"DELETE FROM track WHERE id = ?"_s, {w.pick(anyTrack)}); }},
    };
    QSet<QString> done, refused;
    for (int i = 0; i < 500; ++i) {
        const Step &step = steps[w.random.bounded(int(steps.size()))];
        const int refusedBefore = w.refused;
        step.write();
        (w.refused == refusedBefore ? done : refused).insert(QString::fromLatin1(step.name));
        const QString diff = difference(ProgressRepository(db).summaryCounts(), summaryCountsFigureByFigure(db));
        ASSERT_EQ(diff, QString()) << "after write " << i + 1 << ": " << step.name;
    }
    // Every kind of write happened, and the schema refused some (those must change no figure either), among
    // them a task delete after its trigger had taken the task's figures from its track.
    for (const Step &step : steps) {
        if (const QString name = QString::fromLatin1(step.name); !name.startsWith(u"try")) {
            EXPECT_TRUE(done.contains(name)) << step.name;
        }
    }
    EXPECT_TRUE(refused.contains(u"try to delete a claimed task"_s));
    EXPECT_FALSE(done.contains(u"try to delete a claimed task"_s));
    EXPECT_GT(refused.size(), 1);
}

// copy-to does not copy the tallies: the destination's triggers build the same ones from the rows.
TEST(Tally, ACopyRebuildsTheSameTallies)
{
    TempDir dir;
    Database from(dir.path(u"from.sqlite"_s));
    addSummaryCorners(from);
    Database to(eventDb(dir, u"to.sqlite"_s));
    copyEvent(from, to);
    EXPECT_EQ(difference(ProgressRepository(to).summaryCounts(), ProgressRepository(from).summaryCounts()), QString());
    EXPECT_EQ(difference(ProgressRepository(to).summaryCounts(), summaryCountsFigureByFigure(to)), QString());
}
