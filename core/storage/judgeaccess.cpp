#include "judgeaccess.h"

#include "database.h"
#include "model/error.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JudgeAccess)
};

// A PostgreSQL identifier, quoted (roles are named after GitHub logins: hyphens, any case).
QString ident(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

void exec(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        db.throwSqlError(Tr::tr("setting up judges' access"), q.lastError());
}

void requireShared(const Database &db)
{
    if (!db.isShared())
        throw Error(Tr::tr("%1 is an SQLite file: judges' own logins need a shared event on a PostgreSQL server "
                           "(copy-to postgresql://…). Judges of a file score with judge packets "
                           "(judge-packet export --judge LOGIN).")
                        .arg(db.path()));
}

// The tables a judge's connection reads whole, and the columns of those it reads in part.
const QStringList readable = {u"hackdesk_schema"_s, u"event"_s, u"setting"_s, u"track"_s,     u"direction"_s,
                              u"reward_tier"_s,     u"task"_s,  u"rubric"_s,  u"criterion"_s, u"criterion_anchor"_s,
                              u"judging_lock"_s};
const QList<std::pair<QString, QString>> readableColumns = {{u"participant"_s, u"id, login"_s},
                                                            {u"team"_s, u"id, name"_s}};
// The judging tables under row-level security.
const QStringList guarded = {u"judge"_s,       u"judge_track"_s,     u"judge_conflict"_s,
                             u"submission"_s,  u"submission_link"_s, u"assignment"_s,
                             u"score_sheet"_s, u"score"_s,           u"judging_log"_s};

// Row-level security on the judging tables and the functions its policies use; run again by every grant
// (each statement replaces what an earlier grant made).
void setUpSecurity(const Database &db)
{
    const QString schema = SqlQuery::scalar(db, u"SELECT current_schema()"_s).toString();
    // No notices about policies that are not there yet.
    exec(db, u"SET LOCAL client_min_messages = warning"_s);
    exec(db, u"CREATE TABLE IF NOT EXISTS hackdesk_judge_role (role_name TEXT PRIMARY KEY, "
             u"judge_id BIGINT NOT NULL UNIQUE REFERENCES judge(id) ON DELETE CASCADE)"_s);
    exec(db, u"GRANT SELECT ON hackdesk_judge_role TO PUBLIC"_s);
    // The judge of this connection, or NULL for staff.
    exec(db, uR"(CREATE OR REPLACE FUNCTION hackdesk_current_judge() RETURNS bigint LANGUAGE sql STABLE AS
                 $$ SELECT judge_id FROM hackdesk_judge_role WHERE role_name = current_user::text $$)"_s);
    // May this connection write the judge's sheet for the submission: their own, in a track not final.
    exec(db, uR"(CREATE OR REPLACE FUNCTION hackdesk_may_score(j bigint, s bigint) RETURNS boolean
                 LANGUAGE sql STABLE AS $$
                 SELECT j = hackdesk_current_judge() AND NOT EXISTS (
                     SELECT 1 FROM judging_lock l JOIN submission x ON x.track_id = l.track_id WHERE x.id = s) $$)"_s);
    // The reviews of the submissions assigned to the judge of this session, counted over every judge's
    // sheets, which the judge cannot read themselves: counts only, never scores.
    exec(db, uR"(CREATE OR REPLACE FUNCTION hackdesk_review_counts()
                 RETURNS TABLE (submission_id bigint, reviews bigint, drafts bigint)
                 LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1, pg_temp AS $$
                 SELECT a.submission_id, count(*) FILTER (WHERE sh.status = 'submitted'),
                        count(*) FILTER (WHERE sh.status = 'draft')
                 FROM assignment a LEFT JOIN score_sheet sh ON sh.submission_id = a.submission_id
                 WHERE a.judge_id = (SELECT judge_id FROM hackdesk_judge_role WHERE role_name = session_user::text)
                 GROUP BY a.submission_id $$)"_s.arg(ident(schema)));
    exec(db, u"REVOKE ALL ON FUNCTION hackdesk_review_counts() FROM PUBLIC"_s);

    const QString judge = u"hackdesk_current_judge()"_s;
    const QString assigned = u"EXISTS (SELECT 1 FROM assignment a WHERE a.submission_id = %1.%2 AND a.judge_id = %3)"_s;
    const QList<std::pair<QString, QString>> reads = {
        {u"judge"_s, u"id = %1"_s.arg(judge)},
        {u"judge_track"_s, u"judge_id = %1"_s.arg(judge)},
        {u"judge_conflict"_s, u"judge_id = %1"_s.arg(judge)},
        {u"assignment"_s, u"judge_id = %1"_s.arg(judge)},
        {u"submission"_s, assigned.arg(u"submission"_s, u"id"_s, judge)},
        {u"submission_link"_s, assigned.arg(u"submission_link"_s, u"submission_id"_s, judge)},
        {u"score_sheet"_s, u"judge_id = %1"_s.arg(judge)},
        {u"score"_s, u"judge_id = %1"_s.arg(judge)},
        {u"judging_log"_s, u"judge = (SELECT login FROM judge WHERE id = %1) COLLATE \"C\""_s.arg(judge)},
    };
    for (const QString &table : guarded) {
        exec(db, u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table));
        // Staff (any role that is not a judge's) see and write everything, as without row-level security.
        exec(db, u"DROP POLICY IF EXISTS hackdesk_staff ON %1"_s.arg(table));
        exec(db, u"CREATE POLICY hackdesk_staff ON %1 USING (%2 IS NULL) WITH CHECK (%2 IS NULL)"_s.arg(table, judge));
        for (const QString &p : {u"hackdesk_judge_read"_s, u"hackdesk_judge_insert"_s, u"hackdesk_judge_update"_s,
                                 u"hackdesk_judge_delete"_s})
            exec(db, u"DROP POLICY IF EXISTS %1 ON %2"_s.arg(p, table));
    }
    for (const auto &[table, rule] : reads)
        exec(db, u"CREATE POLICY hackdesk_judge_read ON %1 FOR SELECT USING (%2)"_s.arg(table, rule));
    for (const QString &table : {u"score_sheet"_s, u"score"_s}) {
        const QString own = u"hackdesk_may_score(judge_id, submission_id)"_s;
        exec(db, u"CREATE POLICY hackdesk_judge_insert ON %1 FOR INSERT WITH CHECK (%2)"_s.arg(table, own));
        exec(db, u"CREATE POLICY hackdesk_judge_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)"_s.arg(table, own));
        exec(db, u"CREATE POLICY hackdesk_judge_delete ON %1 FOR DELETE USING (%2)"_s.arg(table, own));
    }
    exec(db, u"CREATE POLICY hackdesk_judge_insert ON judging_log FOR INSERT WITH CHECK (judge = "
             u"(SELECT login FROM judge WHERE id = hackdesk_current_judge()) COLLATE \"C\")"_s);
}

void grantTo(const Database &db, const QString &role)
{
    const QString r = ident(role);
    const QString database = SqlQuery::scalar(db, u"SELECT current_database()"_s).toString();
    exec(db, u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(ident(database), r));
    exec(db, u"GRANT SELECT ON %1 TO %2"_s.arg(readable.join(u", "_s), r));
    for (const auto &[table, columns] : readableColumns)
        exec(db, u"GRANT SELECT (%1) ON %2 TO %3"_s.arg(columns, table, r));
    exec(db, u"GRANT SELECT ON %1 TO %2"_s.arg(guarded.join(u", "_s), r));
    exec(db, u"GRANT INSERT, UPDATE, DELETE ON score_sheet, score TO %1"_s.arg(r));
    exec(db, u"GRANT INSERT ON judging_log TO %1"_s.arg(r));
    exec(db, u"GRANT USAGE ON SEQUENCE %1 TO %2"_s.arg(
                 SqlQuery::scalar(db, u"SELECT pg_get_serial_sequence('judging_log', 'id')"_s).toString(), r));
    exec(db, u"GRANT EXECUTE ON FUNCTION hackdesk_review_counts() TO %1"_s.arg(r));
}

void revokeFrom(const Database &db, const QString &role)
{
    const QString r = ident(role);
    const QString schema = SqlQuery::scalar(db, u"SELECT current_schema()"_s).toString();
    exec(db, u"REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2"_s.arg(ident(schema), r));
    exec(db, u"REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2"_s.arg(ident(schema), r));
    exec(db, u"REVOKE ALL ON FUNCTION hackdesk_review_counts() FROM %1"_s.arg(r));
    // Column privileges are not covered by REVOKE ALL ON ALL TABLES.
    for (const auto &[table, columns] : readableColumns)
        exec(db, u"REVOKE SELECT (%1) ON %2 FROM %3"_s.arg(columns, table, r));
    const QString database = SqlQuery::scalar(db, u"SELECT current_database()"_s).toString();
    exec(db, u"REVOKE CONNECT ON DATABASE %1 FROM %2"_s.arg(ident(database), r));
}

bool hasRoleTable(const Database &db)
{
    return SqlQuery::scalar(db, u"SELECT to_regclass('hackdesk_judge_role') IS NOT NULL"_s).toBool();
}

qint64 judgeIdOf(const Database &db, const QString &login)
{
    QString clean = login.trimmed();
    if (clean.startsWith(u'@'))
        clean.remove(0, 1);
    const QVariant id = SqlQuery::scalar(db, u"SELECT id FROM judge WHERE login = ? COLLATE NOCASE"_s, {clean});
    if (!id.isValid())
        throw Error(Tr::tr("There is no judge \"%1\" in %2: add them first (judges add %1).").arg(clean, db.path()));
    return id.toLongLong();
}

} // namespace

namespace JudgeAccess {

Granted grant(const Database &db, const QString &login, const QString &roleName)
{
    requireShared(db);
    Transaction tx(db);
    const qint64 judgeId = judgeIdOf(db, login);
    Granted g;
    g.login = SqlQuery::scalar(db, u"SELECT login FROM judge WHERE id = ?"_s, {judgeId}).toString();
    g.role = roleName.trimmed().isEmpty() ? g.login : roleName.trimmed();
    if (g.role.toUtf8().size() > 63)
        throw Error(Tr::tr("The role name \"%1\" is too long for PostgreSQL (63 bytes at most): give a shorter "
                           "one with --role.")
                        .arg(g.role));
    if (connectedJudge(db))
        throw Error(Tr::tr("A judge's connection cannot grant access: connect as staff."));

    SqlQuery existing(db, u"SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication, "
                          u"rolname = current_user OR EXISTS (SELECT 1 FROM pg_class c WHERE "
                          u"c.relnamespace = current_schema()::regnamespace AND pg_has_role(pg_roles.oid, c.relowner, "
                          u"'USAGE')) "
                          u"FROM pg_roles WHERE rolname = ?"_s);
    existing.bind(g.role).exec();
    if (existing.next()) {
        if (existing.value(0).toBool() || existing.value(1).toBool())
            throw Error(Tr::tr("The role \"%1\" is an administrator's or staff's role on the server: a judge "
                               "needs a role of their own (choose another name with --role).")
                            .arg(g.role));
    } else {
        QSqlQuery create(db.connection());
        exec(db, u"SAVEPOINT hackdesk_create_role"_s);
        if (!create.exec(u"CREATE ROLE %1 LOGIN"_s.arg(ident(g.role)))) {
            if (create.lastError().nativeErrorCode() == u"42501")
                throw Error(Tr::tr("%1 may not create roles on this server. Ask its administrator to create the "
                                   "judge's login (createuser --pwprompt %2), then run grant-judge again.")
                                .arg(SqlQuery::scalar(db, u"SELECT current_user"_s).toString(), g.role));
            db.throwSqlError(Tr::tr("creating the role %1").arg(g.role), create.lastError());
        }
        exec(db, u"RELEASE SAVEPOINT hackdesk_create_role"_s);
        g.created = true;
    }
    setUpSecurity(db);
    const QVariant other =
        SqlQuery::scalar(db,
                         u"SELECT j.login FROM hackdesk_judge_role r JOIN judge j ON j.id = r.judge_id "
                         u"WHERE r.role_name = ? AND r.judge_id <> ?"_s,
                         {g.role, judgeId});
    if (other.isValid())
        throw Error(Tr::tr("The role \"%1\" belongs to the judge @%2 already.").arg(g.role, other.toString()));
    // A judge has one role: a new name replaces the old one.
    const QString previous = roleOf(db, judgeId);
    if (!previous.isEmpty() && previous != g.role)
        revokeFrom(db, previous);
    SqlQuery(db, u"DELETE FROM hackdesk_judge_role WHERE judge_id = ?"_s).bind(judgeId).exec();
    SqlQuery(db, u"INSERT INTO hackdesk_judge_role (role_name, judge_id) VALUES (?, ?)"_s).bind(g.role, judgeId).exec();
    grantTo(db, g.role);
    tx.commit();
    return g;
}

QString revoke(const Database &db, const QString &login)
{
    requireShared(db);
    Transaction tx(db);
    const qint64 judgeId = judgeIdOf(db, login);
    const QString role = roleOf(db, judgeId);
    if (role.isEmpty())
        return {};
    revokeFrom(db, role);
    SqlQuery(db, u"DELETE FROM hackdesk_judge_role WHERE judge_id = ?"_s).bind(judgeId).exec();
    tx.commit();
    return role;
}

QString roleOf(const Database &db, qint64 judgeId)
{
    if (!db.isShared() || !hasRoleTable(db))
        return {};
    return SqlQuery::scalar(db, u"SELECT role_name FROM hackdesk_judge_role WHERE judge_id = ?"_s, {judgeId})
        .toString();
}

QStringList keepRolesAcross(const Database &db, const std::function<void()> &replaceRows)
{
    QList<std::pair<QString, QString>> roles; // role, the login of its judge
    if (db.isShared() && hasRoleTable(db)) {
        SqlQuery q(db, u"SELECT r.role_name, j.login FROM hackdesk_judge_role r JOIN judge j ON j.id = r.judge_id "
                       u"ORDER BY r.role_name"_s);
        q.exec();
        while (q.next())
            roles.append({q.value(0).toString(), q.value(1).toString()});
    }
    replaceRows();
    QStringList lost;
    for (const auto &[role, login] : roles) {
        const QVariant judge = SqlQuery::scalar(db, u"SELECT id FROM judge WHERE login = ?"_s, {login});
        if (judge.isValid()) {
            SqlQuery(db, u"DELETE FROM hackdesk_judge_role WHERE role_name = ?"_s).bind(role).exec();
            SqlQuery(db, u"INSERT INTO hackdesk_judge_role (role_name, judge_id) VALUES (?, ?)"_s)
                .bind(role, judge.toLongLong())
                .exec();
        } else {
            revokeFrom(db, role);
            lost << role;
        }
    }
    return lost;
}

qint64 connectedJudge(const Database &db)
{
    if (!db.isShared() || !hasRoleTable(db))
        return 0;
    return SqlQuery::scalar(db, u"SELECT hackdesk_current_judge()"_s).toLongLong();
}

} // namespace JudgeAccess

std::optional<NextSubmission> nextSubmission(const Database &db, qint64 judgeId, qint64 trackId)
{
    // The judge's own connection counts through the server's function; staff read the sheets directly.
    const bool own = judgeId == JudgeAccess::connectedJudge(db) && judgeId != 0 && db.isShared();
    const QString counts = own ? u"SELECT submission_id, reviews, drafts FROM hackdesk_review_counts()"_s
                               : u"SELECT submission_id, count(CASE WHEN status = 'submitted' THEN 1 END) AS reviews, "
                                 u"count(CASE WHEN status = 'draft' THEN 1 END) AS drafts "
                                 u"FROM score_sheet GROUP BY submission_id"_s;
    SqlQuery q(db, u"SELECT a.submission_id, s.track_id, coalesce(c.reviews, 0), coalesce(c.drafts, 0), "
                   u"CASE WHEN mine.status IS NULL THEN 0 ELSE 1 END "
                   u"FROM assignment a JOIN submission s ON s.id = a.submission_id "
                   u"LEFT JOIN (%1) c ON c.submission_id = a.submission_id "
                   u"LEFT JOIN score_sheet mine ON mine.judge_id = a.judge_id AND mine.submission_id = a.submission_id "
                   u"WHERE a.judge_id = ? AND (? = 0 OR s.track_id = ?) "
                   u"AND (mine.status IS NULL OR mine.status <> 'submitted') "
                   u"AND NOT EXISTS (SELECT 1 FROM judging_lock l WHERE l.track_id = s.track_id) "
                   u"ORDER BY 5 DESC, 3, coalesce(c.drafts, 0) - CASE WHEN mine.status IS NULL THEN 0 ELSE 1 END, "
                   u"a.submission_id LIMIT 1"_s.arg(counts));
    q.bind(judgeId, trackId, trackId).exec();
    if (!q.next())
        return std::nullopt;
    NextSubmission n;
    n.submissionId = q.value(0).toLongLong();
    n.trackId = q.value(1).toLongLong();
    n.reviews = q.value(2).toInt();
    n.drafts = q.value(3).toInt();
    n.ownDraft = q.value(4).toInt() == 1;
    return n;
}

} // namespace hd
