#include "sqldialect.h"

#include "migrations.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)
};

// The tables whose first column is "id INTEGER PRIMARY KEY" (an identity column on PostgreSQL).
const QSet<QString> &tablesWithId()
{
    static const QSet<QString> all = [] {
        QSet<QString> s;
        static const QRegularExpression re(uR"(^\s*CREATE TABLE (\w+) \(\s*id INTEGER PRIMARY KEY)"_s);
        for (const Migration &m : migrations())
            for (const QString &sql : m.statements)
                if (const auto match = re.match(sql); match.hasMatch())
                    s.insert(match.captured(1));
        return s;
    }();
    return all;
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

PostgresUrl PostgresUrl::parse(const QString &url)
{
    // postgresql://[user@]host[:port]/dbname[?key=value&...], the form libpq takes; a socket folder as the
    // host is percent-encoded (%2Fvar%2Frun%2Fpostgresql) or given as ?host=/var/run/postgresql.
    static const QRegularExpression re(
        uR"(^postgres(?:ql)?://(?:([^@/?]*)@)?(\[[^\]]*\]|[^:/?]*)(?::([^/?]*))?(?:/([^?]*))?(?:\?(.*))?$)"_s);
    const auto m = re.match(url);
    if (!m.hasMatch())
        throw Error(Tr::tr("%1 is not a PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE).").arg(url));
    PostgresUrl u;
    QString userInfo = m.captured(1);
    if (userInfo.contains(u':'))
        throw Error(Tr::tr("The URL %1 carries a password: HackDesk never takes one in a URL (it would show in "
                           "process lists and shell history). Put it in PGPASSWORD or ~/.pgpass instead.")
                        .arg(url.section(u'@', -1)));
    u.user = decoded(userInfo);
    u.host = decoded(m.captured(2));
    if (u.host.startsWith(u'[') && u.host.endsWith(u']'))
        u.host = u.host.mid(1, u.host.size() - 2);
    if (!m.captured(3).isEmpty()) {
        bool ok = false;
        u.port = m.captured(3).toInt(&ok);
        if (!ok || u.port <= 0 || u.port > 65535)
            throw Error(Tr::tr("The port in %1 is not a number between 1 and 65535.").arg(url));
    }
    u.database = decoded(m.captured(4));
    QStringList options;
    const QUrlQuery query(m.captured(5));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password")
            throw Error(Tr::tr("The URL carries a password: HackDesk never takes one in a URL. Put it in PGPASSWORD "
                               "or ~/.pgpass instead."));
        if (key == u"host")
            u.host = value;
        else if (key == u"user")
            u.user = value;
        else if (key == u"dbname")
            u.database = value;
        else if (key == u"port")
            u.port = value.toInt();
        else
            options << key + u'=' + value;
    }
    if (u.database.isEmpty())
        throw Error(Tr::tr("The URL %1 names no database (postgresql://USER@HOST:PORT/DATABASE).").arg(url));
    u.options = options.join(u';');
    return u;
}

QString PostgresUrl::toString() const
{
    QString s = u"postgresql://"_s;
    if (!user.isEmpty())
        s += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    return s + QString::fromUtf8(QUrl::toPercentEncoding(host)) + u':' + QString::number(port) + u'/' +
           QString::fromUtf8(QUrl::toPercentEncoding(database));
}

namespace SqlDialect {

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

QString statement(Backend backend, const QString &sql)
{
    if (backend == Backend::Sqlite)
        return sql;
    QString s = sql.trimmed();
    static const QRegularExpression orIgnore(uR"(^INSERT\s+OR\s+IGNORE\s+INTO\b)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (orIgnore.match(s).hasMatch()) {
        s.replace(orIgnore, u"INSERT INTO"_s);
        s += u" ON CONFLICT DO NOTHING"_s;
    }
    static const QRegularExpression groupConcat(uR"(\bgroup_concat\s*\()"_s, QRegularExpression::CaseInsensitiveOption);
    s.replace(groupConcat, u"string_agg("_s);
    if (returnsId(backend, sql))
        s += u" RETURNING id"_s;
    return s;
}

bool hasIdColumn(const QString &table)
{
    return tablesWithId().contains(table);
}

bool returnsId(Backend backend, const QString &sql)
{
    if (backend == Backend::Sqlite)
        return false;
    static const QRegularExpression insert(uR"(^\s*INSERT\s+(?:OR\s+IGNORE\s+)?INTO\s+(\w+))"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const auto m = insert.match(sql);
    return m.hasMatch() && tablesWithId().contains(m.captured(1)) && !sql.contains(u"RETURNING"_s, Qt::CaseInsensitive);
}

QStringList ddl(Backend backend, const QString &sql)
{
    if (backend == Backend::Sqlite)
        return {sql};
    QString s = sql;
    static const QRegularExpression idKey(uR"(\bid INTEGER PRIMARY KEY\b)"_s);
    const bool numbered = s.contains(idKey);
    s.replace(idKey, u"id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    static const QRegularExpression integer(uR"(\bINTEGER\b)"_s);
    s.replace(integer, u"BIGINT"_s);
    // A row-version trigger: PostgreSQL raises the version in the row being written (BEFORE UPDATE).
    static const QRegularExpression rowVersion(
        uR"(^CREATE TRIGGER (\w+) AFTER UPDATE ON (\w+) FOR EACH ROW WHEN NEW\.version = OLD\.version BEGIN UPDATE \2 SET version = OLD\.version \+ 1 WHERE id = NEW\.id; END$)"_s);
    if (const auto m = rowVersion.match(sql); m.hasMatch())
        return {u"CREATE TRIGGER %1 BEFORE UPDATE ON %2 FOR EACH ROW EXECUTE FUNCTION hackdesk_row_version()"_s.arg(
            m.captured(1), m.captured(2))};
    // Any other trigger: its body becomes a plpgsql function of the trigger's name. Bodies are written in
    // the SQL both dialects share; a row trigger's NEW and OLD read the same in both.
    static const QRegularExpression trigger(
        uR"(^CREATE TRIGGER (\w+) (BEFORE|AFTER) (INSERT|DELETE|UPDATE(?: OF [\w, ]+)?) ON (\w+) FOR EACH ROW(?: WHEN (\(.+?\)))? BEGIN (.*); END$)"_s,
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = trigger.match(sql); m.hasMatch()) {
        const QString name = m.captured(1), timing = m.captured(2), event = m.captured(3);
        const QString result = timing == u"AFTER" ? u"NULL"_s : event == u"DELETE" ? u"OLD"_s : u"NEW"_s;
        const QString when = m.captured(5).isEmpty() ? QString() : u" WHEN "_s + m.captured(5);
        return {
            u"CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN %2; RETURN %3; END $$"_s.arg(
                name, m.captured(6), result),
            u"CREATE TRIGGER %1 %2 %3 ON %4 FOR EACH ROW%5 EXECUTE FUNCTION %1()"_s.arg(name, timing, event,
                                                                                        m.captured(4), when)};
    }
    QStringList out{s};
    static const QRegularExpression create(uR"(^\s*CREATE TABLE (\w+))"_s);
    if (const auto m = create.match(sql); numbered && m.hasMatch())
        out << u"CREATE TRIGGER %1_row_id BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION hackdesk_row_id()"_s.arg(
            m.captured(1));
    return out;
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.isNull() ? QVariant(QMetaType::fromType<int>()) : QVariant(value.toBool() ? 1 : 0);
    return value;
}

QStringList tables()
{
    static const QStringList all = [] {
        QStringList t;
        static const QRegularExpression re(uR"(^\s*CREATE TABLE (\w+))"_s);
        for (const Migration &m : migrations())
            for (const QString &sql : m.statements)
                if (const auto match = re.match(sql); match.hasMatch())
                    t << match.captured(1);
        return t;
    }();
    return all;
}

bool keptByTriggers(const QString &table)
{
    return table.endsWith(u"_tally");
}

QStringList postgresPrelude()
{
    return {
        // Logins and names compare and sort without regard to case, as SQLite's NOCASE does.
        u"CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"_s,
        // PRAGMA application_id and user_version, as a table.
        u"CREATE TABLE IF NOT EXISTS hackdesk_schema (application_id BIGINT NOT NULL, version BIGINT NOT NULL)"_s,
        // SQLite's INTEGER PRIMARY KEY: a NULL id is the next number, and an explicit id (a copy, an undo)
        // moves the numbering past it.
        uR"(CREATE OR REPLACE FUNCTION hackdesk_row_id() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE seq regclass := pg_get_serial_sequence(quote_ident(TG_TABLE_NAME), 'id')::regclass;
            BEGIN
                IF NEW.id IS NULL THEN
                    NEW.id := nextval(seq);
                ELSIF NEW.id > coalesce(pg_sequence_last_value(seq), 0) THEN
                    PERFORM setval(seq, NEW.id);
                END IF;
                RETURN NEW;
            END $$)"_s,
        // A write raises the row's version, unless it sets the version itself.
        uR"(CREATE OR REPLACE FUNCTION hackdesk_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.version = OLD.version THEN
                    NEW.version := OLD.version + 1;
                END IF;
                RETURN NEW;
            END $$)"_s,
    };
}

QString changeChannel()
{
    return u"hackdesk"_s;
}

QStringList postgresPostlude()
{
    return {
        // Each committed row change is announced on the channel "hackdesk" as one JSON object: the table,
        // the operation and the row's key, e.g. {"table": "claim", "op": "update", "key": {"id": 12}}.
        uR"(CREATE OR REPLACE FUNCTION hackdesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                r jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
                k jsonb := '{}';
            BEGIN
                FOR i IN 0 .. TG_NARGS - 1 LOOP
                    k := k || jsonb_build_object(TG_ARGV[i], r -> TG_ARGV[i]);
                END LOOP;
                PERFORM pg_notify('hackdesk', jsonb_build_object('table', TG_TABLE_NAME, 'op', lower(TG_OP),
                                                                 'key', k)::text);
                RETURN NULL;
            END $$)"_s,
        // On every table of the event, with its primary key's columns: tables added by later migrations
        // get theirs when the upgrade runs this again.
        uR"(DO $$
            DECLARE t record;
            BEGIN
                FOR t IN SELECT c.relname, array(
                             SELECT quote_literal(a.attname) FROM pg_index i
                             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                             WHERE i.indrelid = c.oid AND i.indisprimary ORDER BY a.attnum) AS keys
                         FROM pg_class c
                         WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
                           AND c.relname <> 'hackdesk_schema' AND c.relname NOT LIKE '%\_tally'
                LOOP
                    EXECUTE format('CREATE OR REPLACE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                                   'FOR EACH ROW EXECUTE FUNCTION hackdesk_notify(%s)',
                                   t.relname || '_notify', t.relname, array_to_string(t.keys, ', '));
                END LOOP;
            END $$)"_s,
    };
}

} // namespace SqlDialect

} // namespace hd
