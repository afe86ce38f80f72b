#include "demo/demoevent.h"
#include "model/error.h"
#include "services/csvexchange.h"
#include "services/manualclaims.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "support/dbdump.h"
#include "support/backend.h"
#include "testutil.h"

#include <QFile>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// A new event with tasks No.1-4 on its tasks track (No.4 removed) and one participant, @alice.
class ManualClaimsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(eventDb(dir, u"m.sqlite"_s));
        initEvent(*db);
        track = EventRepository(*db).resolveTrack(u"tasks"_s);
        for (int n = 1; n <= 4; ++n) {
            Task t;
            t.trackId = track.id;
            t.number = n;
            t.title = u"任务 %1"_s.arg(n);
            t.removed = n == 4;
            TaskRepository(*db).insert(t);
        }
        Participant alice;
        alice.login = u"alice"_s;
        ParticipantRepository(*db).insert(alice);
    }

    qint64 taskId(int number) const { return TaskRepository(*db).byNumber(track.id, number)->id; }
    Task task(int number) const { return *TaskRepository(*db).byNumber(track.id, number); }
    QString finisherOf(int number) const
    {
        const auto p = ParticipantRepository(*db).get(task(number).finisherId);
        return p ? p->login : QString();
    }
    std::optional<Claim> claimOf(int number, const QString &login) const
    {
        const auto p = ParticipantRepository(*db).byLogin(login);
        return p ? ClaimRepository(*db).find(taskId(number), p->id, 0) : std::nullopt;
    }
    ClaimEditResult save(int number, const QString &login, std::optional<ClaimStatus> status = std::nullopt,
                         FinisherChange finisher = FinisherChange::Auto)
    {
        ClaimEdit e;
        e.taskId = taskId(number);
        e.login = login;
        e.status = status;
        e.finisher = finisher;
        return ManualClaims(*db).save(e);
    }
    template <typename F> void expectRefused(F write, const QString &needle)
    {
        const QString before = dumpDatabase(*db);
        try {
            write();
            ADD_FAILURE() << "accepted";
        } catch (const Error &e) {
            EXPECT_TRUE(e.message().contains(needle)) << e.message().toStdString();
        }
        EXPECT_EQ(dumpDatabase(*db), before);
    }

    TempDir dir;
    std::unique_ptr<Database> db;
    Track track;
};

} // namespace

TEST(ManualClaimWords, TheCommandLineWordsTheCsvKeysAndTheBadges)
{
    EXPECT_EQ(claimStatusFromWord(u"claimed"), ClaimStatus::Registered);
    EXPECT_EQ(claimStatusFromWord(u"Submitted"), ClaimStatus::PrSubmitted);
    EXPECT_EQ(claimStatusFromWord(u"merged"), ClaimStatus::PartlyDone);
    EXPECT_EQ(claimStatusFromWord(u" completed "), ClaimStatus::Completed);
    EXPECT_EQ(claimStatusFromWord(u"rfc"), ClaimStatus::RfcSubmitted);
    EXPECT_EQ(claimStatusFromWord(u"完成设计文档"), ClaimStatus::DesignDone);
    EXPECT_FALSE(claimStatusFromWord(u"done"));
    EXPECT_FALSE(claimStatusFromWord(u""));
}

TEST_F(ManualClaimsTest, AnUnknownLoginBecomesAParticipantAndTheClaimIsMarkedManual)
{
    const ClaimEditResult r = save(1, u"@bob"_s);
    EXPECT_TRUE(r.created);
    EXPECT_TRUE(r.participantAdded);
    ASSERT_TRUE(claimOf(1, u"bob"_s));
    EXPECT_TRUE(claimOf(1, u"bob"_s)->manual);
    EXPECT_EQ(claimOf(1, u"bob"_s)->status, ClaimStatus::Registered);
    EXPECT_TRUE(finisherOf(1).isEmpty());

    // Known login in another case: the stored participant, no second one.
    const ClaimEditResult again = save(2, u"ALICE"_s, ClaimStatus::PrSubmitted);
    EXPECT_FALSE(again.participantAdded);
    EXPECT_EQ(claimOf(2, u"alice"_s)->status, ClaimStatus::PrSubmitted);
    EXPECT_EQ(SqlQuery::scalar(*db, u"SELECT count(*) FROM participant"_s).toInt(), 2);
}

TEST_F(ManualClaimsTest, AnExistingClaimKeepsItsStatusUnlessOneIsGivenAndMayBeLowered)
{
    save(1, u"alice"_s, ClaimStatus::PartlyDone);
    const ClaimEditResult kept = save(1, u"alice"_s);
    EXPECT_FALSE(kept.created);
    EXPECT_EQ(claimOf(1, u"alice"_s)->status, ClaimStatus::PartlyDone);
    save(1, u"alice"_s, ClaimStatus::Registered); // staff correct a wrong status
    EXPECT_EQ(claimOf(1, u"alice"_s)->status, ClaimStatus::Registered);
    EXPECT_EQ(SqlQuery::scalar(*db, u"SELECT count(*) FROM claim"_s).toInt(), 1);
}

TEST_F(ManualClaimsTest, TheFirstCompletionBecomesTheFinisherAndLocksTheTask)
{
    const ClaimEditResult first = save(1, u"alice"_s, ClaimStatus::Completed);
    EXPECT_TRUE(first.finisherSet);
    EXPECT_EQ(finisherOf(1), u"alice"_s);
    EXPECT_TRUE(task(1).locked);
    const ClaimEditResult second = save(1, u"bob"_s, ClaimStatus::Completed);
    EXPECT_FALSE(second.finisherSet);
    EXPECT_EQ(finisherOf(1), u"alice"_s);

    // The finisher's claim falls below 完成任务: the task has no finisher and takes claims again.
    const ClaimEditResult lowered = save(1, u"alice"_s, ClaimStatus::PrSubmitted);
    EXPECT_EQ(lowered.finisherCleared, QList<qint64>{taskId(1)});
    EXPECT_TRUE(finisherOf(1).isEmpty());
    EXPECT_FALSE(task(1).locked);

    // Named outright: the finisher changes and the claim is 完成任务.
    save(1, u"alice"_s, std::nullopt, FinisherChange::Set);
    EXPECT_EQ(finisherOf(1), u"alice"_s);
    EXPECT_EQ(claimOf(1, u"alice"_s)->status, ClaimStatus::Completed);
    save(1, u"bob"_s, std::nullopt, FinisherChange::Set);
    EXPECT_EQ(finisherOf(1), u"bob"_s);
    save(1, u"bob"_s, std::nullopt, FinisherChange::Clear);
    EXPECT_TRUE(finisherOf(1).isEmpty());
    EXPECT_EQ(claimOf(1, u"bob"_s)->status, ClaimStatus::Completed);
}

TEST_F(ManualClaimsTest, RemovingTheFinishersClaimTakesTheFinisherAway)
{
    save(1, u"alice"_s, ClaimStatus::Completed);
    save(1, u"bob"_s);
    ManualClaims(*db).remove(taskId(1), u"bob"_s);
    EXPECT_EQ(finisherOf(1), u"alice"_s);
    ManualClaims(*db).remove(taskId(1), u"@alice"_s);
    EXPECT_FALSE(claimOf(1, u"alice"_s));
    EXPECT_TRUE(finisherOf(1).isEmpty());
    EXPECT_FALSE(task(1).locked);
    expectRefused([&] { ManualClaims(*db).remove(taskId(1), u"alice"_s); }, u"@alice has no claim on task No.1"_s);
}

TEST_F(ManualClaimsTest, AClaimMovedToAnotherTaskTakesItsStatusAndLeavesItsFinisherBehind)
{
    const ClaimEditResult r = save(1, u"alice"_s, ClaimStatus::Completed);
    ClaimEdit move;
    move.claimId = r.claimId;
    move.taskId = taskId(2);
    move.login = u"alice"_s;
    ManualClaims(*db).save(move);
    EXPECT_FALSE(claimOf(1, u"alice"_s));
    EXPECT_TRUE(finisherOf(1).isEmpty());
    EXPECT_EQ(claimOf(2, u"alice"_s)->status, ClaimStatus::Completed);
    EXPECT_EQ(finisherOf(2), u"alice"_s);
}

TEST_F(ManualClaimsTest, BadInputIsRefusedNamingWhatAndChangesNothing)
{
    expectRefused([&] { ManualClaims(*db).requireTask(u"9"_s, 1); }, u"There is no track \"9\""_s);
    expectRefused([&] { ManualClaims(*db).requireTask(u"tasks"_s, 99); }, u"has no task No.99"_s);
    expectRefused([&] { save(1, u"two words"_s); }, u"\"two words\" is not a GitHub login"_s);
    expectRefused([&] { save(4, u"alice"_s); }, u"Task No.4 was removed"_s);
    EXPECT_EQ(ManualClaims(*db).requireTask(u"tasks"_s, 2).id, taskId(2));
}

TEST_F(ManualClaimsTest, RestoreUndoesAnEditExactly)
{
    save(1, u"alice"_s, ClaimStatus::Completed);
    const QString before = dumpDatabase(*db);
    ClaimEdit e;
    e.claimId = claimOf(1, u"alice"_s)->id;
    e.taskId = taskId(2);
    e.login = u"carol"_s;
    e.finisher = FinisherChange::Set;
    ManualClaims claims(*db);
    const ClaimUndoState state = claims.before(e);
    const ClaimEditResult r = claims.save(e);
    EXPECT_TRUE(r.participantAdded);
    EXPECT_EQ(finisherOf(2), u"carol"_s);
    claims.restore(state, {r.claimId}, r.participantId);
    EXPECT_EQ(dumpDatabase(*db), before);
}

TEST_F(ManualClaimsTest, ImportedClaimsAtCompletedCompleteTheirTasksTheFirstRowFinishing)
{
    const CsvImportResult r = CsvExchange(*db).importCsv(CsvKind::Claims, "track,task,login,status,claimed_at\n"
                                                                          "tasks,1,bob,完成任务,\n"
                                                                          "tasks,1,alice,completed,\n"
                                                                          "tasks,2,alice,pr,\n"_ba);
    EXPECT_EQ(r.completed, 1);
    EXPECT_EQ(finisherOf(1), u"bob"_s);
    EXPECT_TRUE(task(1).locked);
    EXPECT_TRUE(finisherOf(2).isEmpty());
    EXPECT_FALSE(claimOf(1, u"bob"_s)->manual); // imported, not made by hand
    EXPECT_EQ(SqlQuery::scalar(*db, u"SELECT count(*) FROM task WHERE finisher_id IS NOT NULL"_s).toInt(), 1);
    // Again: nothing more to complete.
    EXPECT_EQ(CsvExchange(*db)
                  .importCsv(CsvKind::Claims, "track,task,login,status,claimed_at\ntasks,1,bob,完成任务,\n"_ba)
                  .completed,
              0);
}

TEST(ManualClaimsMigration, AVersion5DatabaseUpgradesWithNoClaimMarkedManual)
{
    TempDir dir;
    const QString path = dir.path(u"v5.sqlite"_s);
    ASSERT_TRUE(QFile::copy(testData(u"schema-v5.sqlite"_s), path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Database db(path);
    EXPECT_EQ(db.schemaVersion(), Database::SchemaVersion);
    EXPECT_EQ(SqlQuery::scalar(db, u"SELECT count(*) FROM claim"_s).toInt(), 132);
    EXPECT_EQ(SqlQuery::scalar(db, u"SELECT count(*) FROM claim WHERE manual = 0"_s).toInt(), 132);
    // A claim saved by hand in the upgraded database is marked so.
    const QList<ClaimRow> rows = ClaimRepository(db).rows(EventRepository(db).resolveTrack(u"tasks"_s).id);
    ASSERT_FALSE(rows.isEmpty());
    const auto login = ParticipantRepository(db).get(rows.first().claim.participantId)->login;
    ClaimEdit e;
    e.taskId = rows.first().claim.taskId;
    e.login = login;
    ManualClaims(db).save(e);
    EXPECT_TRUE(ClaimRepository(db).get(rows.first().claim.id)->manual);
    EXPECT_EQ(SqlQuery::scalar(db, u"SELECT count(*) FROM claim WHERE manual = 1"_s).toInt(), 1);
}
