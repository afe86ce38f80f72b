#pragma once

#include <QString>
#include <QStringList>

#include <functional>

#include <optional>

namespace hd {

class Database;

// Judges' own logins on a shared event (PostgreSQL), enforced by the server.
//
// `grant-judge LOGIN` gives the judge @LOGIN a PostgreSQL role (by default named as the login) that may
// connect to the event's database. The table hackdesk_judge_role maps roles to judges: a connection whose
// current_user is in it is that judge's connection, every other one a staff connection. Row-level
// security on the judging tables lets a judge's connection read only their own judge row, tracks and
// declared conflicts, assignments,
// the submissions assigned to them (with links), their own score sheets and scores and their own lines of
// the judging log, and write only their own sheets and scores, in tracks that are not final. Rubrics,
// tracks, the event, tasks and the logins and team names that name authors are readable; nothing else
// (claims, payouts, e-mail addresses, packets' secrets) is. Staff roles, the tables' owner included,
// see everything as before.
//
// The role's password is never handled here: the server's administrator sets it (psql's \password, or
// createuser --pwprompt before granting). Creating a role needs the CREATEROLE privilege; without it,
// grant-judge says so and works once the administrator has created the role.
namespace JudgeAccess {

struct Granted
{
    QString role;
    QString login;        // the judge's login
    bool created = false; // the role was created now (it existed before otherwise)
};

// Sets up (or renews) the judge's role and the row-level security of the event. Throws hd::Error, in
// words, on SQLite, for an unknown judge, or for a role that is staff's or an administrator's.
Granted grant(const Database &db, const QString &login, const QString &role = {});
// Takes the judge's role off the event (its privileges here and its mapping); the role itself stays on
// the server (other events may use it). Returns the role, empty when the judge had none.
QString revoke(const Database &db, const QString &login);
// The role granted to the judge, or empty.
QString roleOf(const Database &db, qint64 judgeId);

// The judge this connection belongs to (0: staff, or an SQLite file).
qint64 connectedJudge(const Database &db);

// Runs `replaceRows` (a restore: every row of the event deleted and written anew, judges included, which
// takes their roles' mappings with them) and then gives each role back to the judge of the same login.
// A role whose judge is gone loses its privileges on the event, as revoke does; those roles are returned.
// Call it inside a transaction. Nothing to do on SQLite or before any grant.
QStringList keepRolesAcross(const Database &db, const std::function<void()> &replaceRows);

} // namespace JudgeAccess

// A submission a judge should score next.
struct NextSubmission
{
    qint64 submissionId = 0;
    qint64 trackId = 0;
    int reviews = 0; // submitted sheets of every judge
    int drafts = 0;  // sheets in progress of every judge (the judge's own included)
    bool ownDraft = false;
};

// Among the submissions assigned to the judge that they have not submitted yet, in tracks that are not
// final (only `trackId`'s when set): the one with the judge's own draft (finish what was started), else
// the one with the fewest submitted reviews, then the fewest drafts of others, then the lowest id. On a judge's own
// connection the counts come from the server (the judge cannot read other judges' sheets). nullopt when nothing is
// left.
std::optional<NextSubmission> nextSubmission(const Database &db, qint64 judgeId, qint64 trackId = 0);

} // namespace hd
