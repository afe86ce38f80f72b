// The storage on PostgreSQL: the same schema as SQLite's, built by the same migrations; URLs; refusals.

#include "model/error.h"
#include "storage/database.h"
#include "core/summaryevent.h"
#include "storage/eventcopy.h"
#include "storage/participantrepository.h"
#include "storage/rowversion.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "support/dbdump.h"
#include "support/pgtest.h"
#include "testutil.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

QStringList column(const Database &db, const QString &sql, int col = 0)
{
    SqlQuery q(db, sql);
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(col).toString();
    return out;
}

QString onDelete(const QString &action)
{
    static const QHash<QString, QString> pg = {
        {u"a"_s, u"NO ACTION"_s}, {u"r"_s, u"RESTRICT"_s}, {u"c"_s, u"CASCADE"_s}, {u"n"_s, u"SET NULL"_s}};
    return pg.value(action, action);
}

// One table as both back ends can say it: columns (name, type, NOT NULL, default, key), indexes and
// foreign keys, each line sorted.
QStringList describeTable(const Database &db, const QString &table)
{
    QStringList lines;
    if (db.backend() == Backend::Sqlite) {
        SqlQuery c(
            db,
            u"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('%1') ORDER BY cid"_s.arg(table));
        c.exec();
        while (c.next()) {
            const QString type = c.value(1).toString() == u"INTEGER" ? u"bigint"_s : c.value(1).toString().toLower();
            const bool notNull = c.value(2).toInt() || c.value(4).toInt();
            lines << u"column %1 %2%3 default=%4 key=%5"_s.arg(c.value(0).toString(), type,
                                                               notNull ? u" not null"_s : QString(),
                                                               c.value(3).toString(), c.value(4).toString());
        }
        QStringList indexes;
        SqlQuery i(db, u"SELECT name, \"unique\" FROM pragma_index_list('%1') WHERE origin <> 'pk'"_s.arg(table));
        i.exec();
        while (i.next())
            indexes << (i.value(1).toInt() ? u"unique("_s : u"index("_s) +
                           column(db, u"SELECT name FROM pragma_index_info('%1') ORDER BY seqno"_s.arg(
                                          i.value(0).toString()))
                               .join(u","_s) +
                           u')';
        SqlQuery f(
            db,
            u"SELECT id, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('%1') ORDER BY id, seq"_s
                .arg(table));
        f.exec();
        QMap<int, QStringList> fks;
        while (f.next()) {
            QStringList &fk = fks[f.value(0).toInt()];
            if (fk.isEmpty())
                fk = {f.value(1).toString(), {}, {}, f.value(4).toString()};
            fk[1] += (fk[1].isEmpty() ? u""_s : u","_s) + f.value(2).toString();
            fk[2] += (fk[2].isEmpty() ? u""_s : u","_s) + (f.value(3).isNull() ? u"id"_s : f.value(3).toString());
        }
        for (const QStringList &fk : fks)
            indexes << u"foreign(%1) -> %2(%3) on delete %4"_s.arg(fk[1], fk[0], fk[2], fk[3]);
        for (const QString &trigger : column(
                 db, u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '%1'"_s.arg(table)))
            indexes << u"trigger "_s + trigger;
        indexes.sort();
        return lines + indexes;
    }
    SqlQuery c(db, uR"(SELECT c.column_name, c.data_type, c.is_nullable, c.column_default,
                      (SELECT k.ordinal_position FROM information_schema.key_column_usage k
                       JOIN information_schema.table_constraints t ON t.constraint_name = k.constraint_name
                       WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_name = c.table_name
                         AND k.column_name = c.column_name)
                   FROM information_schema.columns c WHERE c.table_name = '%1' ORDER BY c.ordinal_position)"_s.arg(
                       table));
    c.exec();
    while (c.next()) {
        QString def = c.value(3).toString();
        static const QRegularExpression cast(u"::(text|bigint)$"_s);
        def.remove(cast);
        lines << u"column %1 %2%3 default=%4 key=%5"_s.arg(c.value(0).toString(), c.value(1).toString(),
                                                           c.value(2).toString() == u"NO" ? u" not null"_s : QString(),
                                                           def, c.value(4).isNull() ? u"0"_s : c.value(4).toString());
    }
    const QString attnames = uR"(array_to_string(array(SELECT a.attname FROM unnest(%1) WITH ORDINALITY k(n, o)
                                 JOIN pg_attribute a ON a.attrelid = %2 AND a.attnum = k.n ORDER BY k.o), ','))"_s;
    QStringList indexes;
    SqlQuery i(
        db, u"SELECT i.indisunique, %1 FROM pg_index i WHERE i.indrelid = '%2'::regclass AND NOT i.indisprimary"_s.arg(
                attnames.arg(u"i.indkey"_s, u"i.indrelid"_s), table));
    i.exec();
    while (i.next())
        indexes << (i.value(0).toBool() ? u"unique("_s : u"index("_s) + i.value(1).toString() + u')';
    SqlQuery f(
        db, u"SELECT c.confrelid::regclass::text, %1, %2, c.confdeltype FROM pg_constraint c "
            u"WHERE c.conrelid = '%3'::regclass AND c.contype = 'f'"_s.arg(
                attnames.arg(u"c.conkey"_s, u"c.conrelid"_s), attnames.arg(u"c.confkey"_s, u"c.confrelid"_s), table));
    f.exec();
    while (f.next())
        indexes << u"foreign(%1) -> %2(%3) on delete %4"_s.arg(f.value(1).toString(), f.value(0).toString(),
                                                               f.value(2).toString(), onDelete(f.value(3).toString()));
    // The schema's own triggers (row versions), without PostgreSQL's ids and change announcements.
    for (const QString &trigger :
         column(db, u"SELECT tgname::text FROM pg_trigger WHERE tgrelid = '%1'::regclass AND NOT tgisinternal "
                    u"AND tgname NOT LIKE '%_row_id' AND tgname NOT LIKE '%_notify'"_s.arg(table)))
        indexes << u"trigger "_s + trigger;
    indexes.sort();
    return lines + indexes;
}

} // namespace

TEST(PostgresSchema, SameTablesColumnsKeysAndIndexesAsSqlite)
{
    const QString url = freshPostgresDatabase();
    ASSERT_FALSE(url.isEmpty());
    TempDir dir;
    Database lite(dir.path(u"e.sqlite"_s));
    Database pg(url);
    EXPECT_EQ(pg.backend(), Backend::Postgres);
    EXPECT_EQ(pg.schemaVersion(), Database::SchemaVersion);

    QStringList liteTables = column(lite, u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList pgTables = column(pg, u"SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() "
                                      u"AND tablename <> 'hackdesk_schema' ORDER BY 1"_s);
    QStringList known = SqlDialect::tables();
    known.sort();
    EXPECT_EQ(liteTables, known);
    ASSERT_EQ(pgTables, liteTables);
    for (const QString &table : liteTables) {
        const QStringList l = describeTable(lite, table), p = describeTable(pg, table);
        EXPECT_FALSE(l.isEmpty());
        EXPECT_EQ(p, l) << table.toStdString() << "\nPostgreSQL:\n"
                        << p.join(u'\n').toStdString() << "\nSQLite:\n"
                        << l.join(u'\n').toStdString();
    }
}

TEST(PostgresSchema, LoginsAreCaseInsensitiveAndMoneyIs64Bit)
{
    const QString url = freshPostgresDatabase();
    ASSERT_FALSE(url.isEmpty());
    TempDir dir;
    for (const QString &where : {dir.path(u"e.sqlite"_s), url}) {
        SCOPED_TRACE(where.toStdString());
        Database db(where);
        ParticipantRepository people(db);
        Participant p;
        p.login = u"Alice"_s;
        p.id = people.insert(p);
        EXPECT_GT(p.id, 0);
        ASSERT_TRUE(people.byLogin(u"aLiCe"_s).has_value());
        EXPECT_EQ(people.byLogin(u"ALICE"_s)->id, p.id);
        Participant twin;
        twin.login = u"alice"_s;
        EXPECT_THROW(people.insert(twin), Error);
        EXPECT_THROW(SqlQuery(db, u"INSERT INTO participant (login) VALUES ('ALICE')"_s).exec(), Error)
            << "the schema itself keeps logins unique whatever their case";
        Participant bob;
        bob.login = u"bob"_s;
        // In order; PostgreSQL may skip the number a refused insert took (its sequences are not rolled back).
        EXPECT_GT(people.insert(bob), p.id);
        Participant carol;
        carol.login = u"carol"_s;
        carol.id = 10; // an explicit id (an undo, a copy) moves the numbering past it
        EXPECT_EQ(people.insert(carol), 10);
        Participant dave;
        dave.login = u"dave"_s;
        EXPECT_EQ(people.insert(dave), 11);
        // Money beyond 32 bits: 30 billion fen.
        SqlQuery(db, u"INSERT INTO event (id, uid, name, time_zone, star_fen, cap_fen, pool_fen) "
                     u"VALUES (1, 'u', 'E', 'UTC', ?, 0, 0)"_s)
            .bind(qint64(30'000'000'000))
            .exec();
        EXPECT_EQ(SqlQuery::scalar(db, u"SELECT star_fen FROM event"_s).toLongLong(), 30'000'000'000);
        EXPECT_EQ(SqlQuery::scalar(db, u"SELECT sum(star_fen) * 2 FROM event"_s).toLongLong(), 60'000'000'000);
    }
}

TEST(PostgresSchema, BothBackEndsRefuseANewerSchema)
{
    const QString url = freshPostgresDatabase();
    ASSERT_FALSE(url.isEmpty());
    TempDir dir;
    const QString file = dir.path(u"e.sqlite"_s);
    {
        Database pg(url);
        SqlQuery(pg, u"UPDATE hackdesk_schema SET version = version + 1"_s).exec();
        Database lite(file);
        SqlQuery(lite, u"PRAGMA user_version = %1"_s.arg(Database::SchemaVersion + 1)).exec();
    }
    for (const QString &where : {file, url}) {
        try {
            Database db(where);
            ADD_FAILURE() << "opened " << where.toStdString();
        } catch (const Error &e) {
            EXPECT_TRUE(e.message().contains(u"newer HackDesk"_s)) << e.message().toStdString();
            EXPECT_TRUE(e.message().contains(u"schema %1"_s.arg(Database::SchemaVersion + 1)))
                << e.message().toStdString();
        }
    }
}

// An event on a server at schema 8 (before the tallies) with data: the upgrade builds the tallies from the
// rows already there, and the triggers it adds keep them from then on.
TEST(PostgresSchema, UpgradeFromSchema8BuildsTheTalliesFromTheRows)
{
    const QString url = freshPostgresDatabase();
    ASSERT_FALSE(url.isEmpty());
    TempDir dir;
    {
        Database lite(dir.path(u"demo.sqlite"_s));
        addSummaryCorners(lite);
        Database pg(url);
        copyEvent(lite, pg);
        // Back to schema 8: migration 9 added the tallies, their triggers and the triggers' functions.
        QSqlQuery q(pg.connection());
        for (const QString &function : column(pg, u"SELECT proname::text FROM pg_proc WHERE proname LIKE 'tally_on_%'"_s))
            ASSERT_TRUE(q.exec(u"DROP FUNCTION %1() CASCADE"_s.arg(function))) << q.lastError().text().toStdString();
        ASSERT_TRUE(q.exec(u"DROP TABLE event_tally, track_tally, task_tally"_s));
        ASSERT_TRUE(q.exec(u"UPDATE hackdesk_schema SET version = 8"_s));
    }
    Database pg(url);
    EXPECT_EQ(pg.schemaVersion(), Database::SchemaVersion);
    const SummaryCounts counted = summaryCountsFigureByFigure(pg);
    ASSERT_GT(counted.claims, 0);
    expectSameCounts(ProgressRepository(pg).summaryCounts(), counted);
    SqlQuery(pg, u"DELETE FROM claim WHERE task_id = (SELECT min(task_id) FROM claim)"_s).exec();
    SqlQuery(pg, u"UPDATE task SET removed = 1 - removed"_s).exec();
    expectSameCounts(ProgressRepository(pg).summaryCounts(), summaryCountsFigureByFigure(pg));
}

TEST(PostgresSchema, RefusesADatabaseHoldingOtherTables)
{
    const QString url = freshPostgresDatabase();
    ASSERT_FALSE(url.isEmpty());
    {
        Database pg(url);
        QSqlQuery q(pg.connection());
        ASSERT_TRUE(q.exec(u"DROP TABLE hackdesk_schema"_s));
    }
    try {
        Database db(url);
        FAIL() << "opened a database with other tables";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(u"other tables"_s)) << e.message().toStdString();
    }
}

TEST(PostgresUrl, TakesTheFormsOfLibpqAndRefusesPasswords)
{
    PostgresUrl u = PostgresUrl::parse(u"postgresql://staff@db.example.org:6543/hackathon"_s);
    EXPECT_EQ(u.user, u"staff"_s);
    EXPECT_EQ(u.host, u"db.example.org"_s);
    EXPECT_EQ(u.port, 6543);
    EXPECT_EQ(u.database, u"hackathon"_s);
    u = PostgresUrl::parse(u"postgresql://staff@%2Fvar%2Frun%2Fpostgresql/event?sslmode=require"_s);
    EXPECT_EQ(u.host, u"/var/run/postgresql"_s);
    EXPECT_EQ(u.port, 5432);
    EXPECT_EQ(u.options, u"sslmode=require"_s);
    EXPECT_EQ(u.toString(), u"postgresql://staff@%2Fvar%2Frun%2Fpostgresql:5432/event"_s);
    u = PostgresUrl::parse(u"postgres:///event?host=/tmp"_s);
    EXPECT_EQ(u.host, u"/tmp"_s);
    for (const QString &bad :
         {u"postgresql://staff:secret@db/event"_s, u"postgresql://staff@db/event?password=secret"_s}) {
        try {
            PostgresUrl::parse(bad);
            ADD_FAILURE() << "took " << bad.toStdString();
        } catch (const Error &e) {
            EXPECT_TRUE(e.message().contains(u"PGPASSWORD"_s)) << e.message().toStdString();
            EXPECT_FALSE(e.message().contains(u"secret"_s)) << "the password is not repeated";
        }
    }
    EXPECT_THROW(PostgresUrl::parse(u"postgresql://staff@db:99999/event"_s), Error);
    EXPECT_THROW(PostgresUrl::parse(u"postgresql://staff@db"_s), Error);
}

TEST(PostgresDialect, RewritesWhatDiffers)
{
    EXPECT_EQ(
        SqlDialect::statement(Backend::Postgres, u"INSERT OR IGNORE INTO pr_task (pr_id, task_id) VALUES (?, ?)"_s),
        u"INSERT INTO pr_task (pr_id, task_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
    EXPECT_EQ(SqlDialect::statement(Backend::Postgres, u"SELECT group_concat(name, ', ') FROM team"_s),
              u"SELECT string_agg(name, ', ') FROM team"_s);
    EXPECT_EQ(SqlDialect::statement(Backend::Postgres, u"INSERT INTO team (name) VALUES (?)"_s),
              u"INSERT INTO team (name) VALUES (?) RETURNING id"_s);
    EXPECT_FALSE(SqlDialect::returnsId(Backend::Postgres, u"INSERT INTO team_member (team_id) VALUES (?)"_s));
    EXPECT_EQ(SqlDialect::statement(Backend::Sqlite, u"INSERT OR IGNORE INTO x VALUES (1)"_s),
              u"INSERT OR IGNORE INTO x VALUES (1)"_s);
    EXPECT_EQ(SqlDialect::bindable(QVariant(true)), QVariant(1));
    // A row trigger: its body in a plpgsql function of its name, returning what its timing needs.
    EXPECT_EQ(SqlDialect::ddl(Backend::Postgres, u"CREATE TRIGGER t AFTER UPDATE OF a, b ON x FOR EACH ROW "
                                                 u"WHEN (OLD.a <> NEW.a) BEGIN UPDATE y SET n = n + 1; END"_s),
              (QStringList{u"CREATE OR REPLACE FUNCTION t() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           u"UPDATE y SET n = n + 1; RETURN NULL; END $$"_s,
                           u"CREATE TRIGGER t AFTER UPDATE OF a, b ON x FOR EACH ROW WHEN (OLD.a <> NEW.a) "
                           u"EXECUTE FUNCTION t()"_s}));
    EXPECT_TRUE(SqlDialect::ddl(Backend::Postgres, u"CREATE TRIGGER t BEFORE DELETE ON x FOR EACH ROW BEGIN "
                                                   u"DELETE FROM y; END"_s)
                    .first()
                    .contains(u"RETURN OLD;"_s));
}

TEST(PostgresSchema, EveryWriteOfAnyClientRaisesTheRowsVersionOnce)
{
    const QString url = freshPostgresDatabase();
    ASSERT_FALSE(url.isEmpty());
    Database one(url), two(url);
    Participant p;
    p.login = u"octocat"_s;
    p.id = ParticipantRepository(one).insert(p);
    EXPECT_EQ(RowVersion::of(two, u"participant"_s, p.id), 1);
    p.name = u"Octo Cat"_s;
    ParticipantRepository(two).update(p);
    EXPECT_EQ(RowVersion::of(one, u"participant"_s, p.id), 2);
    ParticipantRepository(one).update(p); // the same values: still a write
    EXPECT_EQ(RowVersion::of(two, u"participant"_s, p.id), 3);
    // A copy keeps the versions as they were.
    TempDir dir;
    Database lite(dir.path(u"copy.sqlite"_s));
    copyEvent(one, lite);
    EXPECT_EQ(RowVersion::of(lite, u"participant"_s, p.id), 3);
}
