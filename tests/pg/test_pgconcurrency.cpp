// Twenty judges and two staff members at once on one shared event: 20 judge clients, each connected with
// its own PostgreSQL role (row-level security), score their assigned submissions over and over, while two
// staff clients keep typing in the same paper judges' sheets. No save is lost, none is doubled, every
// clash between the two staff clients is reported as a conflict, and the event ends exactly as the same
// edits applied one by one leave it.

#include "storage/database.h"
#include "storage/judgeaccess.h"
#include "storage/judgingresultrepository.h"
#include "storage/scorerepository.h"
#include "storage/sqlquery.h"
#include "support/judgingevent.h"
#include "support/pgtest.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QMutex>

#include <atomic>
#include <iostream>
#include <random>
#include <thread>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int OnlineJudges = 20;
constexpr int PaperJudges = 2;
constexpr int Submissions = 40;
constexpr int PerJudge = 10;
constexpr int Rounds = 20;           // 20 rounds of 10 sheets: 200 saves per judge
constexpr int StaffEdits = 250;      // successful saves per staff client
constexpr int PaperSheetsShared = 6; // the paper sheets both staff clients type into

// A paper sheet's comment counts the saves made to it: "typed 17".
int typedCount(const std::optional<ScoreSheet> &s)
{
    return s ? s->comment.section(u' ', 1).toInt() : 0;
}

ScoreSheet typedSheet(const JudgingEvent &e, qint64 judge, qint64 submission, int count)
{
    ScoreSheet s = roundSheet(e, judge, submission, count, true);
    s.comment = u"typed %1"_s.arg(count);
    return s;
}

// Everything that the edits decide, in a form two databases can be compared in.
QStringList sheetLines(const Database &db, qint64 trackId)
{
    QStringList lines;
    for (const ScoreSheet &s : ScoreRepository(db).sheets(trackId)) {
        QStringList scores;
        for (auto it = s.scores.cbegin(); it != s.scores.cend(); ++it)
            scores << u"%1=%2"_s.arg(it.key()).arg(it.value());
        lines << u"%1/%2 %3 [%4] %5"_s.arg(s.judgeId)
                     .arg(s.submissionId)
                     .arg(sheetStatusKey(s.status), scores.join(u' '), s.comment);
    }
    return lines;
}

QStringList resultLines(const Database &db, qint64 trackId)
{
    QStringList lines;
    for (const SubmissionResult &r : JudgingResultRepository(db).results(trackId))
        lines << u"#%1 rank %2 judges %3 raw %4 normalised %5"_s.arg(r.submissionId)
                     .arg(r.rank)
                     .arg(r.judges)
                     .arg(r.raw, 0, 'f', 6)
                     .arg(r.normalised, 0, 'f', 6);
    return lines;
}

QStringList logCounts(const Database &db)
{
    QStringList lines;
    SqlQuery q(db, u"SELECT action, criterion, count(*) FROM judging_log WHERE actor <> 'setup' "
                   u"GROUP BY action, criterion ORDER BY action, criterion"_s);
    q.exec();
    while (q.next())
        lines << u"%1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString()).arg(q.value(2).toLongLong());
    return lines;
}

} // namespace

TEST(SharedJudging, TwentyJudgesAndTwoStaffAtOnceLoseNothingAndMatchTheEditsOneByOne)
{
    const QString url = freshPostgresDatabase();
    ASSERT_FALSE(url.isEmpty());
    QElapsedTimer timer;
    timer.start();
    JudgingEvent e;
    {
        Database staff(url);
        e = buildJudgingEvent(staff, OnlineJudges + PaperJudges, Submissions, PerJudge);
        for (int j = 0; j < OnlineJudges; ++j)
            JudgeAccess::grant(staff, u"judge-%1"_s.arg(j + 1, 2, 10, QChar(u'0')),
                               roleFor(url, u"j%1"_s.arg(j + 1)));
    }
    // The paper sheets: the first submissions of the two paper judges.
    QList<std::pair<qint64, qint64>> paper;
    for (int p = 0; p < PaperJudges; ++p) {
        const qint64 judge = e.judges[OnlineJudges + p];
        for (int k = 0; k < PaperSheetsShared / PaperJudges; ++k)
            paper.append({judge, e.assigned[judge][k]});
    }

    std::atomic<int> judgeConflicts{0}, staffConflicts{0}, falseConflicts{0};
    QMutex failuresLock;
    QStringList failures;
    auto fail = [&](const QString &who, const QString &what) {
        QMutexLocker l(&failuresLock);
        failures << who + u": "_s + what;
    };
    // How many saves each staff client made to each paper sheet.
    std::vector<std::vector<int>> typed(2, std::vector<int>(size_t(paper.size()), 0));

    std::vector<std::thread> clients;
    for (int j = 0; j < OnlineJudges; ++j)
        clients.emplace_back([&, j] {
            const QString who = u"judge %1"_s.arg(j + 1);
            try {
                Database db(urlAs(url, roleFor(url, u"j%1"_s.arg(j + 1))));
                ScoreRepository repo(db);
                const qint64 me = e.judges[j];
                if (JudgeAccess::connectedJudge(db) != me)
                    return fail(who, u"not connected as its judge"_s);
                QHash<qint64, std::optional<ScoreSheet>> mine;
                for (int round = 0; round < Rounds; ++round)
                    for (const qint64 s : e.assigned[me]) {
                        const ScoreSheet next = roundSheet(e, me, s, round, round == Rounds - 1);
                        try {
                            repo.setSheetIfUnchanged(me, s, mine.value(s), next, u"@judge"_s);
                            mine[s] = next;
                        } catch (const SheetConflict &c) {
                            ++judgeConflicts; // nobody else writes a judge's own sheets
                            fail(who, c.message());
                        }
                    }
            } catch (const Error &x) {
                fail(who, x.message());
            }
        });
    for (int k = 0; k < 2; ++k)
        clients.emplace_back([&, k] {
            const QString who = u"staff %1"_s.arg(k + 1);
            try {
                Database db(url);
                ScoreRepository repo(db);
                std::mt19937 random(k + 1);
                for (int done = 0; done < StaffEdits;) {
                    const size_t i = size_t(random() % quint32(paper.size()));
                    const auto [judge, submission] = paper[qsizetype(i)];
                    const std::optional<ScoreSheet> read = repo.sheet(judge, submission);
                    try {
                        repo.setSheetIfUnchanged(judge, submission, read,
                                                 typedSheet(e, judge, submission, typedCount(read) + 1), who);
                        ++typed[k][i];
                        ++done;
                    } catch (const SheetConflict &c) {
                        ++staffConflicts;
                        // A conflict is real: the sheet is no longer what this client read.
                        if (bool(c.theirs()) == bool(read) && (!read || c.theirs()->sameContent(*read)))
                            ++falseConflicts;
                    }
                }
            } catch (const Error &x) {
                fail(who, x.message());
            }
        });
    for (std::thread &t : clients)
        t.join();
    const qint64 concurrentMs = timer.elapsed();
    EXPECT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
    EXPECT_EQ(judgeConflicts, 0);
    EXPECT_EQ(falseConflicts, 0);

    Database shared(url);
    ScoreRepository repo(shared);
    // No lost update: every paper sheet counts every save that succeeded on it, from both clients.
    int typedTotal = 0;
    for (size_t i = 0; i < size_t(paper.size()); ++i) {
        const int saves = typed[0][i] + typed[1][i];
        typedTotal += saves;
        const auto [judge, submission] = paper[qsizetype(i)];
        EXPECT_EQ(typedCount(repo.sheet(judge, submission)), saves) << "paper sheet " << judge << "/" << submission;
    }
    EXPECT_EQ(typedTotal, 2 * StaffEdits);
    // No duplicate: one sheet per judge and submission, one score per criterion, one log line per change.
    const int sheets = OnlineJudges * PerJudge + int(paper.size());
    EXPECT_EQ(SqlQuery::scalar(shared, u"SELECT count(*) FROM score_sheet"_s).toInt(), sheets);
    EXPECT_EQ(SqlQuery::scalar(shared, u"SELECT count(*) FROM score"_s).toInt(), sheets * 3);
    EXPECT_EQ(SqlQuery::scalar(shared, u"SELECT count(*) FROM judging_log WHERE action = 'comment' AND "
                                       u"new_value LIKE 'typed %'"_s)
                  .toInt(),
              2 * StaffEdits);

    // The same edits one by one, on an SQLite file: the judges' in order, then the staff's saves.
    TempDir dir;
    Database one(dir.path(u"one.sqlite"_s));
    const JudgingEvent same = buildJudgingEvent(one, OnlineJudges + PaperJudges, Submissions, PerJudge);
    ASSERT_EQ(same.judges, e.judges);
    ASSERT_EQ(same.submissions, e.submissions);
    ScoreRepository byOne(one);
    for (int j = 0; j < OnlineJudges; ++j)
        for (int round = 0; round < Rounds; ++round)
            for (const qint64 s : e.assigned[e.judges[j]])
                byOne.setSheet(e.judges[j], s, roundSheet(e, e.judges[j], s, round, round == Rounds - 1), u"@judge"_s);
    for (size_t i = 0; i < size_t(paper.size()); ++i) {
        const auto [judge, submission] = paper[qsizetype(i)];
        for (int n = 1; n <= typed[0][i] + typed[1][i]; ++n)
            byOne.setSheet(judge, submission, typedSheet(e, judge, submission, n), u"staff"_s);
    }

    EXPECT_EQ(sheetLines(shared, e.trackId), sheetLines(one, e.trackId));
    EXPECT_EQ(resultLines(shared, e.trackId), resultLines(one, e.trackId));
    EXPECT_EQ(logCounts(shared), logCounts(one));
    RecordProperty("concurrent_ms", int(concurrentMs));
    RecordProperty("staff_conflicts", staffConflicts.load());
    std::cout << "22 clients: " << OnlineJudges * Rounds * PerJudge + 2 * StaffEdits << " saves in " << concurrentMs
              << " ms, " << staffConflicts.load() << " conflicts between the staff clients reported" << std::endl;
}
