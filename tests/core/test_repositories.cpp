#include "demo/demoevent.h"
#include "model/error.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"
#include "support/dbdump.h"
#include "support/backend.h"
#include "testutil.h"

#include <QSqlRecord>
#include <QTimeZone>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

QString dump(const Database &db)
{
    return dumpDatabase(db);
}

class Repositories : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(eventDb(dir, u"r.sqlite"_s));
        addDemoData(*db);
        trackId = EventRepository(*db).resolveTrack(u"tasks"_s).id;
    }

    // Runs `write`, expects an hd::Error mentioning `needle`, and the database unchanged.
    template <typename F> void expectRefused(F write, const QString &needle)
    {
        const QString before = dump(*db);
        try {
            Transaction tx(*db);
            write();
            tx.commit();
            FAIL() << "accepted a bad write";
        } catch (const Error &e) {
            EXPECT_TRUE(e.message().contains(needle, Qt::CaseInsensitive)) << e.message().toStdString();
        }
        EXPECT_EQ(dump(*db), before);
    }

    TempDir dir;
    std::unique_ptr<Database> db;
    qint64 trackId = 0;
};

Task newTask(qint64 track, int number)
{
    Task t;
    t.trackId = track;
    t.number = number;
    t.title = u"为 Paddle 新增 foo API"_s;
    t.stars = Stars::whole(1);
    return t;
}

} // namespace

TEST_F(Repositories, ADuplicateTaskNumberIsRefused)
{
    expectRefused([&] { TaskRepository(*db).insert(newTask(trackId, 8)); }, u"already has a task No.8"_s);
}

TEST_F(Repositories, TheSameNumberInAnotherTrackIsFine)
{
    const qint64 camp = EventRepository(*db).resolveTrack(u"camp"_s).id;
    EXPECT_GT(TaskRepository(*db).insert(newTask(camp, 55)), 0);
}

TEST_F(Repositories, NegativeStarsAreRefused)
{
    Task t = newTask(trackId, 900);
    t.stars = Stars::fromMilli(-500);
    expectRefused([&] { TaskRepository(*db).insert(t); }, u"negative stars"_s);
    Task cash = newTask(trackId, 901);
    cash.cashFen = -1;
    expectRefused([&] { TaskRepository(*db).insert(cash); }, u"negative amount"_s);
}

TEST_F(Repositories, ATaskInAnUnknownTrackIsRefused)
{
    expectRefused([&] { TaskRepository(*db).insert(newTask(999, 1)); }, u"track 999, which does not exist"_s);
}

TEST_F(Repositories, ATaskWithoutTitleOrNumberIsRefused)
{
    Task t = newTask(trackId, 902);
    t.title = u"  "_s;
    expectRefused([&] { TaskRepository(*db).insert(t); }, u"needs a title"_s);
    expectRefused([&] { TaskRepository(*db).insert(newTask(trackId, 0)); }, u"positive whole number"_s);
}

TEST_F(Repositories, ResolvesTracksByIdOrKind)
{
    EventRepository events(*db);
    EXPECT_EQ(events.resolveTrack(u"camp"_s).kind, TrackKind::Camp);
    EXPECT_EQ(events.resolveTrack(QString::number(trackId)).id, trackId);
    expectRefused([&] { events.resolveTrack(u"hardware"_s); }, u"no track \"hardware\""_s);
}

TEST_F(Repositories, LoginsAreUniqueWhateverTheirCase)
{
    ParticipantRepository people(*db);
    expectRefused([&] { people.insert({0, u"MEGEMINI"_s, {}, {}, {}}); }, u"already taken by @megemini"_s);
    expectRefused([&] { people.insert({0, u"@megemini"_s, {}, {}, {}}); }, u"already taken"_s);
    EXPECT_EQ(people.byLogin(u"@MegEmini")->login, u"megemini"_s);
}

TEST_F(Repositories, BadLoginsAndEmailsAreRefused)
{
    ParticipantRepository people(*db);
    for (const QString &bad : {u""_s, u"has space"_s, u"-dash"_s, u"a--b"_s, u"x"_s.repeated(40)})
        expectRefused([&] { people.insert({0, bad, {}, {}, {}}); }, u"not a GitHub login"_s);
    expectRefused([&] { people.insert({0, u"new-person"_s, {}, u"nobody"_s, {}}); }, u"not an e-mail"_s);
}

TEST_F(Repositories, DeletingAParticipantWithClaimsAsksFirst)
{
    ParticipantRepository people(*db);
    const qint64 id = SqlQuery::scalar(*db, uR"(SELECT p.id FROM participant p WHERE
            EXISTS (SELECT 1 FROM claim c WHERE c.participant_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM team t WHERE t.leader_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM task t WHERE t.finisher_id = p.id) LIMIT 1)"_s)
                          .toLongLong();
    const auto deps = people.dependents(id);
    ASSERT_GT(deps.claims, 0);
    expectRefused([&] { people.remove(id, false); }, u"claim"_s);
}

TEST_F(Repositories, DeletingAParticipantWithClaimsLeavesNoOrphansAndUndoes)
{
    ParticipantRepository people(*db);
    // Someone with claims who neither leads a team nor finished a task.
    SqlQuery q(*db,
               uR"(SELECT p.id FROM participant p WHERE EXISTS (SELECT 1 FROM claim c WHERE c.participant_id = p.id)
                        AND NOT EXISTS (SELECT 1 FROM team t WHERE t.leader_id = p.id)
                        AND NOT EXISTS (SELECT 1 FROM task t WHERE t.finisher_id = p.id) LIMIT 1)"_s);
    q.exec();
    ASSERT_TRUE(q.next());
    const qint64 id = q.value(0).toLongLong();
    const QString before = dump(*db);
    const RowSnapshot snapshot = people.remove(id, true);
    EXPECT_FALSE(people.get(id));
    EXPECT_EQ(SqlQuery::scalar(*db, u"SELECT count(*) FROM claim WHERE participant_id = ?"_s, {id}).toInt(), 0);
    EXPECT_FALSE(hasOrphans(*db));
    snapshot.restore(*db);
    EXPECT_EQ(dump(*db), before);
}

TEST_F(Repositories, AFinisherOrTeamLeaderCannotBeDeleted)
{
    ParticipantRepository people(*db);
    const qint64 finisher =
        SqlQuery::scalar(*db, u"SELECT finisher_id FROM task WHERE finisher_id IS NOT NULL"_s).toLongLong();
    expectRefused([&] { people.remove(finisher, true); }, u"finished task"_s);
    const qint64 leader = TeamRepository(*db).all().first().leaderId;
    expectRefused([&] { people.remove(leader, true); }, u"leads the team"_s);
}

TEST_F(Repositories, TeamsValidateNamesMembersAndLeader)
{
    TeamRepository teams(*db);
    const QList<Participant> all = ParticipantRepository(*db).all();
    expectRefused([&] { teams.insert({0, u"飞桨小分队"_s, 0, {}}); }, u"already a team"_s);
    expectRefused([&] { teams.insert({0, u"New"_s, all[0].id, {all[1].id}}); }, u"leader must be one of its members"_s);
    expectRefused([&] { teams.insert({0, u"New"_s, 0, {123456}}); }, u"not a participant"_s);
    const qint64 id = teams.insert({0, u"New"_s, all[0].id, {all[0].id, all[1].id}});
    EXPECT_EQ(teams.get(id)->memberIds.size(), 2);
}

TEST_F(Repositories, DeletingATeamWithClaimsAsksFirstAndUndoes)
{
    TeamRepository teams(*db);
    const Team team =
        *teams.get(SqlQuery::scalar(*db, u"SELECT team_id FROM claim WHERE team_id IS NOT NULL"_s).toLongLong());
    ASSERT_GT(teams.claimCount(team.id), 0);
    expectRefused([&] { teams.remove(team.id, false); }, u"claim"_s);
    const QString before = dump(*db);
    const RowSnapshot s = teams.remove(team.id, true);
    EXPECT_FALSE(teams.get(team.id));
    s.restore(*db);
    EXPECT_EQ(dump(*db), before);
}

TEST_F(Repositories, ClaimsNeedExactlyOneClaimantAndNoDuplicates)
{
    ClaimRepository claims(*db);
    const ClaimRow existing = claims.rows(trackId).first();
    Claim dup = existing.claim;
    dup.id = 0;
    expectRefused([&] { claims.insert(dup); }, u"already claimed"_s);
    Claim both = dup;
    both.teamId = TeamRepository(*db).all().first().id;
    expectRefused([&] { claims.insert(both); }, u"either a participant or a team"_s);
    Claim none = dup;
    none.participantId = 0;
    expectRefused([&] { claims.insert(none); }, u"either a participant or a team"_s);
}

TEST_F(Repositories, TaskDeleteTakesClaimsAndRestoresExactly)
{
    TaskRepository tasks(*db);
    const Task t = *tasks.byNumber(trackId, 8);
    const QString before = dump(*db);
    const RowSnapshot s = tasks.remove(t.id);
    EXPECT_FALSE(tasks.get(t.id));
    EXPECT_EQ(SqlQuery::scalar(*db, u"SELECT count(*) FROM claim WHERE task_id = ?"_s, {t.id}).toInt(), 0);
    s.restore(*db);
    EXPECT_EQ(dump(*db), before);
}

TEST_F(Repositories, UpdatesRoundTrip)
{
    TaskRepository tasks(*db);
    Task t = *tasks.byNumber(trackId, 3);
    t.title = u"Changed"_s;
    t.stars = Stars::fromMilli(1500);
    t.cashFen = 150'000;
    t.rfcRequired = true;
    tasks.update(t);
    const Task back = *tasks.get(t.id);
    EXPECT_EQ(back.title, u"Changed"_s);
    EXPECT_EQ(back.stars, Stars::fromMilli(1500));
    EXPECT_EQ(back.cashFen, 150'000);
    EXPECT_TRUE(back.rfcRequired);
    EXPECT_EQ(back.url, t.url);
}

TEST_F(Repositories, PullRequestsUpsertByRepoAndNumber)
{
    ClaimRepository claims(*db);
    const int before = int(claims.pullRequests().size());
    PullRequest pr;
    pr.repo = u"PaddlePaddle/Paddle"_s;
    pr.number = 64881;
    pr.title = u"【Hackathon 6th No.8】Add FeatureAlphaDropout"_s;
    pr.authorLogin = u"megemini"_s;
    pr.taskIds = {TaskRepository(*db).byNumber(trackId, 8)->id};
    claims.upsertPullRequest(pr);
    pr.state = PullRequest::State::Merged;
    pr.mergedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    claims.upsertPullRequest(pr);
    EXPECT_EQ(claims.pullRequests().size(), before + 1);
}
