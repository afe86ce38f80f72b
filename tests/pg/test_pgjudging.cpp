// Judging on a shared event: judges' own roles under row-level security (the server refuses what a judge
// may not read or write), the next submission with the fewest reviews, and scoring, finalising and
// results through the command line on PostgreSQL as on SQLite.

#include "core/summaryevent.h"
#include "storage/database.h"
#include "storage/judgeaccess.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/rubricrepository.h"
#include "storage/scorerepository.h"
#include "storage/sqlquery.h"
#include "storage/submissionrepository.h"
#include "support/clirunner.h"
#include "support/dbdump.h"
#include "support/judgingevent.h"
#include "support/pgtest.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// Runs `sql` on the connection; returns the server's error, or empty when it ran.
QString refusal(const Database &db, const QString &sql, int *rows = nullptr)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return q.lastError().databaseText().isEmpty() ? u"(error)"_s : q.lastError().databaseText();
    if (rows)
        *rows = q.numRowsAffected();
    return {};
}

int count(const Database &db, const QString &sql)
{
    return SqlQuery::scalar(db, sql).toInt();
}

class JudgeRoles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        url = freshPostgresDatabase();
        ASSERT_FALSE(url.isEmpty());
        staff = std::make_unique<Database>(url);
        // 4 judges, 8 submissions, 4 each: judge 1 has #1-#4, judge 2 #3-#6, judge 3 #5-#8, judge 4 #7-#2.
        e = buildJudgingEvent(*staff, 4, 8, 4);
        roleA = roleFor(url, u"a"_s);
        roleB = roleFor(url, u"b"_s);
        JudgeAccess::grant(*staff, u"judge-01"_s, roleA);
        JudgeAccess::grant(*staff, u"judge-02"_s, roleB);
        a = e.judges[0];
        b = e.judges[1];
    }

    QString url;
    std::unique_ptr<Database> staff;
    JudgingEvent e;
    QString roleA, roleB;
    qint64 a = 0, b = 0;
};

} // namespace

TEST_F(JudgeRoles, AJudgeSeesOnlyTheirOwnAndWritesOnlyTheirScoresEnforcedByTheServer)
{
    Database asA(urlAs(url, roleA));
    EXPECT_EQ(JudgeAccess::connectedJudge(asA), a);
    EXPECT_EQ(JudgeAccess::connectedJudge(*staff), 0);
    // What A's connection sees and writes, and what staff's does.
    const JudgeAssignmentRepository judgeAssignments(asA);
    const SubmissionRepository judgeSubmissions(asA);
    ScoreRepository judgeScores(asA), staffScores(*staff);

    // Reads: their judge row, assignments and submissions only; the rubric whole.
    ASSERT_EQ(judgeAssignments.judges().size(), 1);
    EXPECT_EQ(judgeAssignments.judges().first().id, a);
    QList<qint64> seen;
    for (const Submission &s : judgeSubmissions.submissions())
        seen << s.id;
    EXPECT_EQ(seen, e.assigned[a]);
    for (const Assignment &x : judgeAssignments.assignments())
        EXPECT_EQ(x.judgeId, a);
    EXPECT_EQ(judgeAssignments.assignments().size(), e.assigned[a].size());
    EXPECT_EQ(RubricRepository(asA).requireRubric(e.trackId), e.rubric);
    EXPECT_EQ(judgeSubmissions.authorLabel(judgeSubmissions.submissions().first()), u"@author-1"_s);

    // Judge B's scores on a submission both judge: A cannot read them.
    const qint64 both = e.assigned[a][2];
    ASSERT_TRUE(e.assigned[b].contains(both));
    ASSERT_TRUE(staffScores.saveSheet(roundSheet(e, b, both, 1, true), u"staff"_s));
    EXPECT_FALSE(judgeScores.sheet(b, both));
    EXPECT_TRUE(judgeScores.sheets(e.trackId).isEmpty());
    EXPECT_EQ(count(asA, u"SELECT count(*) FROM score"_s), 0);
    // Of the log, only the lines about A (added, assigned).
    const QString ownLines = u"SELECT count(*) FROM judging_log WHERE judge = 'judge-01'"_s;
    EXPECT_GT(count(*staff, u"SELECT count(*) FROM judging_log WHERE judge = 'judge-02'"_s), 0);
    EXPECT_EQ(count(asA, u"SELECT count(*) FROM judging_log"_s), count(*staff, ownLines));
    const int linesBefore = count(asA, ownLines);
    EXPECT_EQ(count(asA, u"SELECT count(*) FROM judge_track"_s), 1);
    // Nothing else of the event: claims, e-mail addresses, packets' secrets, conflicts.
    EXPECT_TRUE(refusal(asA, u"SELECT * FROM claim"_s).contains(u"permission denied"_s));
    EXPECT_TRUE(refusal(asA, u"SELECT email FROM participant"_s).contains(u"permission denied"_s));
    EXPECT_TRUE(refusal(asA, u"SELECT * FROM judge_packet"_s).contains(u"permission denied"_s));
    EXPECT_TRUE(refusal(asA, u"SELECT * FROM pull_request"_s).contains(u"permission denied"_s));
    EXPECT_TRUE(refusal(asA, u"SELECT * FROM hackdesk_review_counts()"_s).isEmpty());

    // Writes: their own sheet, through the repository as the window and the commands do.
    EXPECT_TRUE(judgeScores.saveSheet(roundSheet(e, a, both, 2, true), u"@judge-01"_s));
    EXPECT_TRUE(staffScores.sheet(a, both)->sameContent(roundSheet(e, a, both, 2, true)));
    EXPECT_EQ(count(asA, ownLines), linesBefore + 5); // the status, three scores and the comment

    // Another judge's sheet: refused by the client (it is not assigned to A, as far as A can see) ...
    EXPECT_THROW(judgeScores.saveSheet(roundSheet(e, b, both, 3, true), u"@judge-01"_s), Error);
    // ... and by the server, whatever SQL A sends.
    const int bScore = count(*staff, u"SELECT sum(value) FROM score WHERE judge_id = %1"_s.arg(b));
    EXPECT_TRUE(refusal(asA, u"INSERT INTO score_sheet (judge_id, submission_id, status, updated_at) VALUES "
                             u"(%1, %2, 'draft', 'now')"_s.arg(b)
                                 .arg(e.assigned[b].last()))
                    .contains(u"row-level security"_s));
    int rows = -1;
    EXPECT_TRUE(refusal(asA, u"UPDATE score SET value = 1 WHERE judge_id = %1"_s.arg(b), &rows).isEmpty());
    EXPECT_EQ(rows, 0);
    EXPECT_TRUE(refusal(asA, u"DELETE FROM score WHERE judge_id = %1"_s.arg(b), &rows).isEmpty());
    EXPECT_EQ(rows, 0);
    EXPECT_TRUE(refusal(asA, u"UPDATE score SET judge_id = %1 WHERE judge_id = %2"_s.arg(b).arg(a))
                    .contains(u"row-level security"_s));
    EXPECT_EQ(count(*staff, u"SELECT sum(value) FROM score WHERE judge_id = %1"_s.arg(b)), bScore);
    EXPECT_TRUE(refusal(asA, u"INSERT INTO judging_log (at, actor, action, judge) VALUES ('now', 'x', 'score', "
                             u"'judge-02')"_s)
                    .contains(u"row-level security"_s));
    EXPECT_TRUE(refusal(asA, u"UPDATE submission SET title = 'x'"_s).contains(u"permission denied"_s));
    EXPECT_TRUE(refusal(asA, u"INSERT INTO assignment (judge_id, submission_id) VALUES (%1, %2)"_s.arg(a).arg(
                                 e.assigned[b].last()))
                    .contains(u"permission denied"_s));

    // A final track: the server refuses A's own changes too.
    JudgingResultRepository(*staff).finalise(e.trackId, u"staff"_s);
    EXPECT_TRUE(refusal(asA, u"UPDATE score SET value = 1 WHERE judge_id = %1"_s.arg(a), &rows).isEmpty());
    EXPECT_EQ(rows, 0);
    EXPECT_TRUE(refusal(asA, u"INSERT INTO score_sheet (judge_id, submission_id, status, updated_at) VALUES "
                             u"(%1, %2, 'draft', 'now')"_s.arg(a)
                                 .arg(e.assigned[a].last()))
                    .contains(u"row-level security"_s));
    EXPECT_THROW(judgeScores.saveSheet(roundSheet(e, a, both, 4, true), u"@judge-01"_s), Error);
}

TEST_F(JudgeRoles, GrantingIsRefusedInWordsWhereItCannotBeRight)
{
    // Not a judge; the server's superuser; a role that is already another judge's.
    EXPECT_THROW(JudgeAccess::grant(*staff, u"nobody-here"_s), Error);
    try {
        JudgeAccess::grant(*staff, u"judge-03"_s, u"hackdesk"_s);
        ADD_FAILURE() << "granted the superuser's role to a judge";
    } catch (const Error &x) {
        EXPECT_TRUE(x.message().contains(u"administrator's or staff's role"_s)) << x.message().toStdString();
    }
    try {
        JudgeAccess::grant(*staff, u"judge-03"_s, roleA);
        ADD_FAILURE() << "one role for two judges";
    } catch (const Error &x) {
        EXPECT_TRUE(x.message().contains(u"@judge-01"_s)) << x.message().toStdString();
    }
    // A judge's connection cannot grant.
    Database asA(urlAs(url, roleA));
    EXPECT_THROW(JudgeAccess::grant(asA, u"judge-03"_s, roleFor(url, u"c"_s)), Error);

    // Granting again changes nothing; a new name replaces the old role, which loses its access.
    EXPECT_FALSE(JudgeAccess::grant(*staff, u"judge-01"_s, roleA).created);
    const QString renamed = roleFor(url, u"a2"_s);
    EXPECT_TRUE(JudgeAccess::grant(*staff, u"judge-01"_s, renamed).created);
    EXPECT_EQ(JudgeAccess::roleOf(*staff, a), renamed);
    EXPECT_EQ(JudgeAccess::connectedJudge(Database(urlAs(url, renamed))), a);
    try {
        Database old(urlAs(url, roleA));
        ADD_FAILURE() << "the replaced role still opens the event";
    } catch (const Error &x) {
        EXPECT_TRUE(x.message().contains(u"grant-judge"_s)) << x.message().toStdString();
    }

    // Revoked: the judge's role opens nothing any more; the role stays on the server.
    EXPECT_EQ(JudgeAccess::revoke(*staff, u"judge-02"_s), roleB);
    EXPECT_THROW({ Database revoked(urlAs(url, roleB)); }, Error);
    EXPECT_EQ(JudgeAccess::revoke(*staff, u"judge-02"_s), QString());
    EXPECT_EQ(count(*staff, u"SELECT count(*) FROM pg_roles WHERE rolname = '%1'"_s.arg(roleB)), 1);

    // On an SQLite file: refused in words.
    TempDir dir;
    Database file(dir.path(u"e.sqlite"_s));
    try {
        JudgeAccess::grant(file, u"judge-01"_s);
        ADD_FAILURE() << "granted on a file";
    } catch (const Error &x) {
        EXPECT_TRUE(x.message().contains(u"SQLite file"_s)) << x.message().toStdString();
    }
}

TEST_F(JudgeRoles, NextIsTheAssignedSubmissionWithTheFewestReviewsForStaffAndForTheJudge)
{
    ScoreRepository repo(*staff);
    Database asA(urlAs(url, roleA));
    // Reviews by the other judges of A's submissions #1-#4: #1 and #3 have one, #2 a draft, #4 nothing.
    auto othersOf = [&](qint64 s) { return e.othersOf(a, s); };
    const QList<qint64> mine = e.assigned[a];
    ASSERT_EQ(mine.size(), 4);
    ASSERT_GE(othersOf(mine[2]).size(), 1);
    ASSERT_GE(othersOf(mine[1]).size(), 1);
    for (const qint64 j : othersOf(mine[2]))
        repo.saveSheet(roundSheet(e, j, mine[2], 0, true), u"staff"_s);
    repo.saveSheet(roundSheet(e, othersOf(mine[1]).first(), mine[1], 0, false), u"staff"_s);
    if (!othersOf(mine[0]).isEmpty())
        repo.saveSheet(roundSheet(e, othersOf(mine[0]).first(), mine[0], 0, true), u"staff"_s);

    auto nextOf = [&](const Database &db) {
        const auto n = nextSubmission(db, a, e.trackId);
        return n ? n->submissionId : 0;
    };
    // #4 (no review, no draft), then #2 (another's draft), then #1 and #3 (one review each).
    QList<qint64> order;
    for (int step = 0; step < 4; ++step) {
        const qint64 n = nextOf(*staff);
        ASSERT_NE(n, 0);
        EXPECT_EQ(nextOf(asA), n) << "step " << step; // the judge's own connection counts the same
        order << n;
        // A starts a draft first: still the next one, marked as theirs.
        ScoreRepository(asA).saveSheet(roundSheet(e, a, n, 0, false), u"@a"_s);
        EXPECT_EQ(nextOf(asA), n);
        EXPECT_TRUE(nextSubmission(asA, a, e.trackId)->ownDraft);
        ScoreRepository(asA).saveSheet(roundSheet(e, a, n, 0, true), u"@a"_s);
    }
    EXPECT_EQ(order, (QList<qint64>{mine[3], mine[1], mine[0], mine[2]}));
    EXPECT_EQ(nextOf(asA), 0);
    EXPECT_EQ(nextOf(*staff), 0);

    // The command: on the judge's connection without --judge; staff name the judge.
    const CliRun own = runHackdesk({u"--db"_s, urlAs(url, roleB), u"scores"_s, u"next"_s, u"--json"_s});
    ASSERT_EQ(own.code, 0) << own.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(own.out.toUtf8()).object();
    EXPECT_EQ(o[u"judge"_s].toString(), u"judge-02"_s);
    EXPECT_EQ(o[u"submission"_s].toInteger(), nextSubmission(*staff, b, 0)->submissionId);
    const CliRun other =
        runHackdesk({u"--db"_s, urlAs(url, roleB), u"scores"_s, u"next"_s, u"--judge"_s, u"judge-01"_s});
    EXPECT_EQ(other.code, 1);
    const CliRun noJudge = runHackdesk({u"--db"_s, url, u"scores"_s, u"next"_s});
    EXPECT_EQ(noJudge.code, 2);
    EXPECT_TRUE(noJudge.err.contains(u"--judge"_s)) << noJudge.err.toStdString();
    const CliRun done = runHackdesk({u"--db"_s, url, u"scores"_s, u"next"_s, u"--judge"_s, u"judge-01"_s});
    EXPECT_EQ(done.code, 0);
    EXPECT_TRUE(done.out.contains(u"Nothing left for @judge-01"_s)) << done.out.toStdString();
}

TEST_F(JudgeRoles, AJudgeScoresFromTheCommandLineWithTheirOwnLogin)
{
    TempDir dir;
    const QString judgeUrl = urlAs(url, roleA);
    // Their template holds their rows only.
    const CliRun tpl = runHackdesk({u"--db"_s, judgeUrl, u"scores"_s, u"template"_s, u"--track"_s, u"fundable"_s});
    ASSERT_EQ(tpl.code, 0) << tpl.err.toStdString();
    const QStringList lines = tpl.out.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 1 + 4 * 3);
    for (const QString &l : lines.mid(1))
        EXPECT_TRUE(l.startsWith(u"judge-01,"_s)) << l.toStdString();
    // Filled in: imported as theirs.
    QStringList filled{lines.first()};
    for (const QString &l : lines.mid(1)) {
        QStringList f = l.split(u',');
        f[6] = u"7"_s;
        filled << f.join(u',');
    }
    writeAll(dir.path(u"mine.csv"_s), filled.join(u'\n').toUtf8() + '\n');
    const CliRun imported = runHackdesk({u"--db"_s, judgeUrl, u"scores"_s, u"import"_s, dir.path(u"mine.csv"_s)});
    EXPECT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_EQ(count(*staff, u"SELECT count(*) FROM score_sheet WHERE judge_id = %1 AND status = 'submitted'"_s.arg(a)),
              4);
    // Another judge's rows in the file: refused, nothing changes.
    const CliRun theirs = runHackdesk(
        {u"--db"_s, url, u"scores"_s, u"template"_s, u"--track"_s, u"fundable"_s, u"--judge"_s, u"judge-02"_s});
    writeAll(dir.path(u"theirs.csv"_s), theirs.out.toUtf8());
    const CliRun refused = runHackdesk({u"--db"_s, judgeUrl, u"scores"_s, u"import"_s, dir.path(u"theirs.csv"_s)});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(u"judge-02"_s)) << refused.err.toStdString();
    // Staff commands are not theirs.
    const CliRun summary = runHackdesk({u"--db"_s, judgeUrl, u"summary"_s});
    EXPECT_NE(summary.code, 0);
}

TEST(GrantJudge, TheCommandCreatesTheRoleNeverPrintsAPasswordAndIsRefusedOnSqlite)
{
    const QString url = freshPostgresDatabase();
    ASSERT_FALSE(url.isEmpty());
    {
        Database staff(url);
        buildJudgingEvent(staff, 2, 4, 2);
    }
    const QString role = roleFor(url, u"cli"_s);
    const CliRun granted = runHackdesk({u"--db"_s, url, u"grant-judge"_s, u"judge-01"_s, u"--role"_s, role});
    ASSERT_EQ(granted.code, 0) << granted.err.toStdString();
    EXPECT_TRUE(granted.out.contains(u"Created the role \"%1\""_s.arg(role))) << granted.out.toStdString();
    EXPECT_TRUE(granted.out.contains(u"\\password"_s)) << granted.out.toStdString();
    EXPECT_TRUE(granted.out.contains(urlAs(url, role).section(u'@', 0, 0))) << granted.out.toStdString();
    const CliRun again = runHackdesk({u"--db"_s, url, u"grant-judge"_s, u"judge-01"_s, u"--role"_s, role});
    EXPECT_EQ(again.code, 0);
    EXPECT_TRUE(again.out.contains(u"Gave the role"_s)) << again.out.toStdString();
    const CliRun unknown = runHackdesk({u"--db"_s, url, u"grant-judge"_s, u"someone"_s});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(u"There is no judge \"someone\""_s)) << unknown.err.toStdString();
    const CliRun revoked = runHackdesk({u"--db"_s, url, u"revoke-judge"_s, u"judge-01"_s});
    EXPECT_EQ(revoked.code, 0) << revoked.err.toStdString();
    EXPECT_TRUE(revoked.out.contains(role)) << revoked.out.toStdString();

    TempDir dir;
    const QString file = dir.path(u"e.sqlite"_s);
    {
        Database lite(file);
        buildJudgingEvent(lite, 2, 4, 2);
    }
    const CliRun onFile = runHackdesk({u"--db"_s, file, u"grant-judge"_s, u"judge-01"_s});
    EXPECT_EQ(onFile.code, 1);
    EXPECT_TRUE(onFile.err.contains(u"SQLite file"_s)) << onFile.err.toStdString();
}

namespace {

// What a run printed, the database's own name made neutral.
QString printedBy(const CliRun &r, const QString &db)
{
    return QString(r.out + u"\n--- stderr:\n"_s + r.err + u"\n--- exit "_s + QString::number(r.code))
        .replace(db, u"<db>"_s);
}

} // namespace

TEST(JudgingOnBothBackEnds, ScoringFinalisingAndResultsPrintTheSame)
{
    const QString pg = freshPostgresDatabase();
    ASSERT_FALSE(pg.isEmpty());
    TempDir dir;
    const QString lite = dir.path(u"e.sqlite"_s);
    auto both = [&](const QStringList &args) {
        const CliRun a = runHackdesk(QStringList{u"--db"_s, lite} + args);
        const CliRun b = runHackdesk(QStringList{u"--db"_s, pg} + args);
        EXPECT_EQ(printedBy(b, pg), printedBy(a, lite)) << "hackdesk " << args.join(u' ').toStdString();
        return a;
    };
    ASSERT_EQ(both({u"init"_s, u"--demo"_s}).code, 0);
    // Every assigned judge's sheet, filled in on paper: scores that differ by judge and submission.
    const CliRun tpl = both({u"scores"_s, u"template"_s, u"--track"_s, u"fundable"_s});
    ASSERT_EQ(tpl.code, 0);
    QStringList lines = tpl.out.trimmed().split(u'\n');
    ASSERT_GT(lines.size(), 10);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList f = lines[i].split(u',');
        ASSERT_EQ(f.size(), 8) << lines[i].toStdString();
        const int min = f[4].toInt(), max = f[5].toInt();
        f[6] = QString::number(min + int((i * 7 + f[1].toInt() * 3 + f[0].size()) % (max - min + 1)));
        lines[i] = f.join(u',');
    }
    const QString sheets = dir.path(u"sheets.csv"_s);
    writeAll(sheets, lines.join(u'\n').toUtf8() + '\n');
    EXPECT_EQ(both({u"scores"_s, u"import"_s, sheets}).code, 0);
    EXPECT_EQ(both({u"results"_s, u"--track"_s, u"fundable"_s, u"--format"_s, u"json"_s}).code, 0);
    EXPECT_EQ(both({u"scores"_s, u"export"_s, u"--track"_s, u"fundable"_s}).code, 0);
    // Final: a changed sheet is refused on both, with the same words; the results stand.
    EXPECT_EQ(both({u"scores"_s, u"lock"_s, u"--track"_s, u"fundable"_s}).code, 0);
    QStringList changed = lines;
    QStringList f = changed[1].split(u',');
    f[6] = f[6] == f[4] ? f[5] : f[4];
    changed[1] = f.join(u',');
    writeAll(sheets, changed.join(u'\n').toUtf8() + '\n');
    EXPECT_EQ(both({u"scores"_s, u"import"_s, sheets}).code, 1);
    const CliRun results = both({u"results"_s, u"--track"_s, u"fundable"_s, u"--format"_s, u"csv"_s});
    EXPECT_EQ(results.code, 0);
    EXPECT_TRUE(results.out.startsWith(u"rank,submission,title,judges,raw,normalised"_s)) << results.out.toStdString();
    EXPECT_EQ(both({u"scores"_s, u"unlock"_s, u"--track"_s, u"fundable"_s, u"--reason"_s, u"a typo on paper"_s}).code,
              0);
    EXPECT_EQ(both({u"scores"_s, u"import"_s, sheets}).code, 0);
    EXPECT_EQ(both({u"results"_s, u"--track"_s, u"fundable"_s, u"--format"_s, u"json"_s}).code, 0);
    EXPECT_EQ(both({u"scores"_s, u"next"_s, u"--judge"_s, u"liu-yang"_s, u"--json"_s}).code, 0);
}

// restore into a shared event: the backup's rows replace the event's in one transaction; a judge the
// backup still holds keeps their role, one it does not hold loses their access; a file that is no backup,
// or an old one, is handled as on a file.
TEST_F(JudgeRoles, ARestoreReplacesTheEventAndKeepsTheRolesOfTheJudgesItHolds)
{
    TempDir dir;
    const QString backup = dir.path(u"backup.sqlite"_s);
    staff->backupTo(backup);
    {
        // The backup knows judge-02 by another login; the event gains a participant after it.
        Database copy(backup);
        SqlQuery(copy, u"UPDATE judge SET login = 'judge-two' WHERE login = 'judge-02'"_s).exec();
    }
    SqlQuery(*staff, u"INSERT INTO participant (login, name) VALUES ('after-the-backup', 'Later')"_s).exec();
    const QString wanted = [&] {
        Database copy(backup);
        return dumpEventTables(copy);
    }();
    ASSERT_NE(dumpEventTables(*staff), wanted);

    // Without --yes it only shows the backup.
    CliRun r = runHackdesk({u"--db"_s, url, u"restore"_s, backup});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"--yes"_s)) << r.err.toStdString();
    EXPECT_EQ(count(*staff, u"SELECT count(*) FROM participant WHERE login = 'after-the-backup'"_s), 1);

    r = runHackdesk({u"--db"_s, url, u"restore"_s, u"--yes"_s, backup});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"The event as it was before is in "_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(roleB)) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(roleA)) << r.out.toStdString();
    EXPECT_EQ(dumpEventTables(*staff), wanted);
    expectSameCounts(ProgressRepository(*staff).summaryCounts(), summaryCountsFigureByFigure(*staff));
    EXPECT_EQ(JudgeAccess::connectedJudge(Database(urlAs(url, roleA))), a);
    EXPECT_THROW({ Database revoked(urlAs(url, roleB)); }, Error);
    EXPECT_EQ(count(*staff, u"SELECT count(*) FROM hackdesk_judge_role"_s), 1);

    // A file that is no backup: refused, nothing changes.
    writeAll(dir.path(u"junk.sqlite"_s), "junk");
    r = runHackdesk({u"--db"_s, url, u"restore"_s, u"--yes"_s, dir.path(u"junk.sqlite"_s)});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(dumpEventTables(*staff), wanted);

    // A backup of an older HackDesk is brought up to this schema on the way (the backup itself unchanged).
    const QString old = dir.path(u"old.sqlite"_s), upgraded = dir.path(u"upgraded.sqlite"_s);
    ASSERT_TRUE(QFile::copy(testData(u"schema-v8.sqlite"_s), old));
    ASSERT_TRUE(QFile::copy(old, upgraded));
    const QByteArray oldBytes = readAll(old);
    r = runHackdesk({u"--db"_s, url, u"restore"_s, u"--yes"_s, old});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(readAll(old), oldBytes);
    Database file(upgraded);
    EXPECT_EQ(dumpEventTables(*staff), dumpEventTables(file));
    expectSameCounts(ProgressRepository(*staff).summaryCounts(), summaryCountsFigureByFigure(*staff));
}
